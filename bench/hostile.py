#!/usr/bin/env python3
"""Hostile sizes: time and peak memory of `factlint check` on inputs made to be
expensive, printed as a table (docs/performance.md, "Bounded work").

Cases, each a fictional story generated into --out:
  - one fact stated N times (N = 1,000 / 10,000 / 100,000): N one-sentence
    articles naming the chief executive who resigned, in four spellings;
  - one article of 20,000 claim sentences (2.3 MB, three claims each);
  - one 20 MB "word" with no space (sentence cutting).

Each case runs `factlint check STORY -f json -o /dev/null` with no story
limits (--story-time-limit 0, --max-story-claims 10000000), so that what is
measured is the work itself. With --before BINARY, an older factlint runs on
the same inputs in the same run, each case ended after --timeout seconds.

usage: bench/hostile.py [--factlint build/factlint] [--before OLD] [--out DIR] [--timeout 600] [--largest 100000]
                        [--memory 8]   (GiB of address space a run may take, as on an 8 GB machine)
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import time

NAMES = ["Jane Doe", "John Roe", "Mary Major", "Richard Miles"]
HEAD = "title: Acme breach (fictional)\nsubject: Acme Corp\nyear: 2024\n"


def one_fact(folder, n):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "story.yaml"), "w") as f:
        f.write(HEAD)
    for i in range(n):
        name = NAMES[i % 4] if i % 10 == 0 else NAMES[0]
        with open(os.path.join(folder, f"a{i:06d}.txt"), "w") as f:
            f.write(f"Acme Corp chief executive {name} resigned.\n")


def one_article(folder, sentences):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "story.yaml"), "w") as f:
        f.write(HEAD)
    with open(os.path.join(folder, "one.txt"), "w") as f:
        for i in range(sentences):
            f.write(f"Acme Corp chief executive {NAMES[i % 4]} resigned on March {1 + i % 28}, 2024. "
                    f"Acme Corp said {3 + i % 5} million customers were affected.\n")


def one_word(folder, megabytes):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "word.txt"), "w") as f:
        f.write("x" * (megabytes << 20))
        f.write(" Acme Corp chief executive Jane Doe resigned.\n")


def run(binary, story, timeout, memory_limit):
    """(seconds, peak MiB, outcome) of one check, in at most `memory_limit` bytes of address space."""
    args = [binary, "check", story, "-f", "json", "-o", "/dev/null", "--fail-on", "never"]
    if "--story-time-limit" in subprocess.run([binary, "check", "--help"], capture_output=True, text=True).stdout:
        args += ["--story-time-limit", "0", "--max-story-claims", "10000000"]
    start = time.monotonic()
    limit = lambda: resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limit)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid != 0:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            return time.monotonic() - start, usage.ru_maxrss / 1024, f"killed after {timeout} s"
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    outcome = "ok" if code in (0, 1) else (f"signal {-code}" if code < 0 else f"exit {code}")
    if "bad_alloc" in err or "cannot check this story" in err:
        outcome = "story lost (out of memory)" if "bad_alloc" in err else "story lost"
    return elapsed, usage.ru_maxrss / 1024, outcome


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", default="build/factlint")
    parser.add_argument("--before", help="an older factlint to measure on the same inputs")
    parser.add_argument("--out", default="build/bench/hostile")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--largest", type=int, default=100000, help="the largest count of one fact")
    parser.add_argument("--memory", type=float, default=8, help="GiB of address space each run may take (a run past it "
                        "fails as it would on a machine of that size)")
    args = parser.parse_args()

    shutil.rmtree(args.out, ignore_errors=True)
    cases = []
    for n in [1000, 10000, 100000]:
        if n > args.largest:
            continue
        folder = os.path.join(args.out, f"one-fact-{n}")
        one_fact(folder, n)
        cases.append((f"one fact, {n:,} claims ({n:,} articles)", folder))
    folder = os.path.join(args.out, "one-article")
    one_article(folder, 20000)
    cases.append(("one article, 20,000 claim sentences (2.3 MB)", folder))
    folder = os.path.join(args.out, "one-word")
    one_word(folder, 20)
    cases.append(("one 20 MB word, no space", folder))

    binaries = [("factlint", args.factlint)] + ([("before", args.before)] if args.before else [])
    print(f"{'case':<48} " + "  ".join(f"{name + ' s':>10} {name + ' MiB':>12} {'':<22}" for name, _ in binaries))
    for label, story in cases:
        cells = []
        for name, binary in binaries:
            seconds, mib, outcome = run(binary, story, args.timeout, int(args.memory * (1 << 30)))
            cells.append(f"{seconds:>10.2f} {mib:>12.0f} {outcome:<22}")
        print(f"{label:<48} " + "  ".join(cells), flush=True)


if __name__ == "__main__":
    sys.exit(main())
