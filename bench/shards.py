#!/usr/bin/env python3
"""Sharded runs on one machine: `factlint extract` in 1, 2 and 4 parallel
processes (one job each, stories sharded by a hash of their name), then one
`factlint reconcile` over the shards, against the peer in the same run: one
`factlint check` process with one job, and with as many jobs as cores. Checks
that every sharded report is byte-identical to check's, and prints wall time,
MB/s, peak memory of the largest process, and ratios (docs/scaling.md).

usage: bench/shards.py [--size 10MB] [--factlint build/factlint] [--shards 1,2,4] [--repeat 3]
The corpus is bench/generate_corpus.py's, kept in build/bench/corpus-SIZE.
Each step runs --repeat times and its fastest run is kept (a busy machine only
ever makes a run slower); the spread of the wall times is printed too.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def timed(commands, repeat):
    """Runs the commands at once, `repeat` times; (the fastest wall seconds,
    the largest peak RSS in MiB, the slowest wall seconds)."""
    runs = [timed_once(commands) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), max(r[0] for r in runs)


def timed_once(commands):
    started = time.monotonic()
    processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in commands]
    peak = 0
    for p in processes:
        _, status, usage = os.wait4(p.pid, 0)
        err = p.stderr.read().decode(errors="replace")
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"shards: {' '.join(commands[processes.index(p)][:3])}... exited {code}: {err[-1000:]}")
        peak = max(peak, usage.ru_maxrss / 1024)
    return time.monotonic() - started, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="10MB")
    parser.add_argument("--factlint", default=os.path.join(ROOT, "build", "factlint"))
    parser.add_argument("--shards", default="1,2,4")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    factlint = os.path.abspath(args.factlint)
    corpus = os.path.join(ROOT, "build", "bench", f"corpus-{args.size}")
    if not os.path.exists(os.path.join(corpus, "manifest.json")):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_corpus.py"), "--size", args.size,
                        "--out", corpus, "--seed", "1"], check=True)
    stories = sorted(os.path.join(corpus, d) for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
    mb = sum(os.path.getsize(os.path.join(s, f)) for s in stories for f in os.listdir(s) if f.endswith(".txt")) / 1e6
    cores = os.cpu_count()
    print(f"shards: {len(stories)} stories, {mb:.1f} MB of articles, {cores} cores")

    with tempfile.TemporaryDirectory(prefix="factlint-bench-shards-") as tmp:
        reference = os.path.join(tmp, "check.json")
        rows = []
        for jobs in (1, cores):
            seconds, peak, slowest = timed([[factlint, "check", corpus, "-f", "json", "-o", reference, "-j", str(jobs),
                                             "--fail-on", "never"]], args.repeat)
            rows.append((f"check -j{jobs} (peer)", seconds, None, None, peak, slowest))
        expected = open(reference, "rb").read()
        base = rows[0][1]
        for n in [int(x) for x in args.shards.split(",")]:
            shards = [[] for _ in range(n)]
            for story in stories:
                shards[zlib.crc32(os.path.basename(story).encode()) % n].append(story)
            outs = [os.path.join(tmp, f"shard-{n}-{k}.jsonl") for k in range(n)]
            extract_s, extract_peak, extract_slowest = timed([[factlint, "extract", "-j", "1", *shard, "-o", out]
                                                              for shard, out in zip(shards, outs)], args.repeat)
            report = os.path.join(tmp, f"sharded-{n}.json")
            reconcile_s, reconcile_peak, reconcile_slowest = timed(
                [[factlint, "reconcile", *outs, "-f", "json", "-o", report, "-j", "1", "--fail-on", "never"]], args.repeat)
            if open(report, "rb").read() != expected:
                sys.exit(f"shards: the report from {n} shards differs from check's")
            claims_mb = sum(os.path.getsize(o) for o in outs) / 1e6
            rows.append((f"{n} shard{'s' if n > 1 else ''} + reconcile", extract_s + reconcile_s, extract_s, reconcile_s,
                         max(extract_peak, reconcile_peak), extract_slowest + reconcile_slowest, claims_mb))
        print(f"fastest of {args.repeat} runs a step:")
        print(f"{'run':<26}{'wall s':>8}{'slowest':>9}{'MB/s':>7}{'vs check -j1':>14}{'extract s':>11}{'reconcile s':>13}"
              f"{'peak MiB':>10}{'claims MB':>11}")
        for row in rows:
            name, seconds, extract_s, reconcile_s, peak, slowest = row[:6]
            claims_mb = f"{row[6]:.1f}" if len(row) > 6 else "-"
            print(f"{name:<26}{seconds:>8.2f}{slowest:>9.2f}{mb / seconds:>7.2f}{base / seconds:>13.2f}x"
                  f"{extract_s if extract_s is not None else float('nan'):>11.2f}"
                  f"{reconcile_s if reconcile_s is not None else float('nan'):>13.2f}{peak:>10.0f}{claims_mb:>11}")
        print("shards: every sharded report is byte-identical to check's")


if __name__ == "__main__":
    main()
