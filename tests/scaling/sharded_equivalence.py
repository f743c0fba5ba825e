#!/usr/bin/env python3
"""Equivalence: a generated corpus (the seed and test stories, perturbed and
replicated into hundreds of stories), extracted in N shards by parallel
`factlint extract` processes and reconciled by one `factlint reconcile` over
the shards in another order, gives the bytes `factlint check` gives in one
process: the same findings, ids, consensus and trust, in JSON and in text.
The same again from article JSON Lines, with stories split across shards and
one shard read from standard input.

usage: sharded_equivalence.py FACTLINT SOURCE_DIR [--size 600KB] [--shards 4]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib


def fail(message):
    sys.exit(f"FAIL: {message}")


def run(command, **kwargs):
    done = subprocess.run(command, capture_output=True, **kwargs)
    if done.returncode != 0:
        fail(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}")
    return done


def first_difference(a, b):
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"byte {at}: {a[max(0, at - 200):at + 200]!r}\n  vs\n{b[max(0, at - 200):at + 200]!r}"


def same_bytes(what, expected_path, actual_path):
    expected, actual = open(expected_path, "rb").read(), open(actual_path, "rb").read()
    if expected != actual:
        fail(f"{what}: the sharded report differs from check's at {first_difference(expected, actual)}")


def extract_in_parallel(factlint, shards, out_dir, stdin_shard=None):
    """One `factlint extract` process per shard, all at once; shard k is
    read from standard input when it is `stdin_shard` (JSON Lines text)."""
    processes = []
    for k, paths in enumerate(shards):
        out = os.path.join(out_dir, f"claims-{k}.jsonl")
        if k == stdin_shard:
            p = subprocess.Popen([factlint, "extract", "-j", "1", "-", "-o", out], stdin=subprocess.PIPE,
                                 stderr=subprocess.PIPE)
            p.stdin.write(paths.encode("utf-8"))
            p.stdin.close()
        else:
            p = subprocess.Popen([factlint, "extract", "-j", "1", *paths, "-o", out], stderr=subprocess.PIPE)
        processes.append((p, out))
    for p, out in processes:
        err = p.stderr.read().decode(errors="replace")
        if p.wait() != 0:
            fail(f"extract into {out} exited {p.returncode}: {err[-2000:]}")
    return [out for _, out in processes]


def findings_in(path):
    report = json.load(open(path, encoding="utf-8"))
    return [f["id"] for s in report["stories"] for f in s["findings"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("factlint")
    parser.add_argument("source")
    parser.add_argument("--size", default="600KB")
    parser.add_argument("--shards", type=int, default=4)
    args = parser.parse_args()
    factlint = os.path.abspath(args.factlint)

    with tempfile.TemporaryDirectory(prefix="factlint-shards-") as tmp:
        corpus = os.path.join(tmp, "corpus")
        run([sys.executable, os.path.join(args.source, "bench", "generate_corpus.py"), "--size", args.size, "--out", corpus,
             "--source", args.source])
        stories = sorted(os.path.join(corpus, d) for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))

        # One process: the reference.
        single = os.path.join(tmp, "single.json")
        run([factlint, "check", corpus, "-f", "json", "-o", single, "-o", f"text={single}.txt", "--fail-on", "never"])
        ids = findings_in(single)
        if len(ids) < 100 or len(stories) < 100:
            fail(f"the generated corpus is too small to tell: {len(stories)} stories, {len(ids)} findings")

        # N processes, stories sharded by a hash of their name.
        shards = [[] for _ in range(args.shards)]
        for story in stories:
            shards[zlib.crc32(os.path.basename(story).encode()) % args.shards].append(story)
        claims = extract_in_parallel(factlint, shards, tmp)
        sharded = os.path.join(tmp, "sharded.json")
        run([factlint, "reconcile", *reversed(claims), "-f", "json", "-o", sharded, "-o", f"text={sharded}.txt",
             "--fail-on", "never"])
        same_bytes("JSON", single, sharded)
        same_bytes("text", single + ".txt", sharded + ".txt")
        print(f"folders: {len(stories)} stories in {args.shards} shards "
              f"({', '.join(str(len(s)) for s in shards)}), {len(ids)} findings: the same bytes as check")

        # Article JSON Lines, each article to a shard by a hash of its id, so
        # that stories are split between shards; the last shard on stdin.
        lines = []
        for story in stories:
            meta = open(os.path.join(story, "story.yaml"), encoding="utf-8").read() \
                if os.path.exists(os.path.join(story, "story.yaml")) else ""
            subject = re.search(r"^subject:\s*(.+)$", meta, re.M)
            for name in sorted(f for f in os.listdir(story) if f.endswith(".txt")):
                article = {"story": os.path.basename(story), "id": name[:-4],
                           "text": open(os.path.join(story, name), encoding="utf-8").read()}
                if subject:
                    article["subject"] = subject.group(1).strip().strip("'\"")
                lines.append(json.dumps(article, ensure_ascii=False))
        articles = os.path.join(tmp, "articles.jsonl")
        with open(articles, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        single_lines = os.path.join(tmp, "single-lines.json")
        run([factlint, "check", articles, "-f", "json", "-o", single_lines, "--fail-on", "never"])
        line_shards = [[] for _ in range(args.shards)]
        for line in lines:
            line_shards[zlib.crc32(line.encode()) % args.shards].append(line)
        files = []
        for k, shard in enumerate(line_shards[:-1]):
            files.append([os.path.join(tmp, f"articles-{k}.jsonl")])
            with open(files[-1][0], "w", encoding="utf-8") as f:
                f.write("\n".join(shard) + "\n")
        files.append("\n".join(line_shards[-1]) + "\n")
        claims = extract_in_parallel(factlint, files, tmp, stdin_shard=len(files) - 1)
        shards_of_story = {}
        for line in lines:
            shards_of_story.setdefault(json.loads(line)["story"], set()).add(zlib.crc32(line.encode()) % args.shards)
        split = sum(1 for shards_used in shards_of_story.values() if len(shards_used) > 1)
        if split == 0:
            fail("no story was split between shards: the test would not test merging")
        sharded_lines = os.path.join(tmp, "sharded-lines.json")
        run([factlint, "reconcile", *claims[1:], claims[0], "-f", "json", "-o", sharded_lines, "--fail-on", "never"])
        same_bytes("JSON Lines articles", single_lines, sharded_lines)
        print(f"article lines: {len(lines)} articles in {args.shards} shards, {split} stories split between shards, "
              f"{len(findings_in(single_lines))} findings: the same bytes as check")


if __name__ == "__main__":
    main()
