#!/usr/bin/python3
"""The Dask example (examples/dask/factlint_dask.py) on a generated corpus:
it starts a scheduler and two workers on 127.0.0.1, maps extraction over
shards, shuffles claim lines by story, reconciles per partition, merges, and
stops its cluster. Its report must equal the one `factlint check` writes in
one process (parsed: the example writes JSON with Python), and no process of
its cluster may be left running.

usage: dask_test.py FACTLINT SOURCE_DIR [--size 300KB]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def fail(message):
    sys.exit(f"FAIL: {message}")


def cluster_processes(scratch_prefix):
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [l for l in out.splitlines() if scratch_prefix in l and "dask" in l]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("factlint")
    parser.add_argument("source")
    parser.add_argument("--size", default="300KB")
    args = parser.parse_args()
    factlint = os.path.abspath(args.factlint)

    with tempfile.TemporaryDirectory(prefix="factlint-dask-test-") as tmp:
        corpus = os.path.join(tmp, "corpus")
        subprocess.run([sys.executable, os.path.join(args.source, "bench", "generate_corpus.py"), "--size", args.size,
                        "--out", corpus, "--source", args.source], check=True, capture_output=True)
        single = os.path.join(tmp, "single.json")
        subprocess.run([factlint, "check", corpus, "-f", "json", "-o", single, "--fail-on", "never"], check=True)

        distributed = os.path.join(tmp, "dask.json")
        started = time.monotonic()
        done = subprocess.run([sys.executable, os.path.join(args.source, "examples", "dask", "factlint_dask.py"),
                               "--factlint", factlint, "--shards", "6", "--partitions", "3", "--workers", "2",
                               "-o", distributed, corpus], capture_output=True, text=True, timeout=240)
        took = time.monotonic() - started
        print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "(no output)")
        if done.returncode != 0:
            fail(f"factlint_dask.py exited {done.returncode}:\n{done.stdout}\n{done.stderr[-3000:]}")

        expected = json.load(open(single, encoding="utf-8"))
        actual = json.load(open(distributed, encoding="utf-8"))
        ids = [f["id"] for s in expected["stories"] for f in s["findings"]]
        if len(ids) < 50:
            fail(f"too few findings to tell: {len(ids)}")
        if actual["summary"] != expected["summary"]:
            fail(f"summary {actual['summary']} != {expected['summary']}")
        for a, e in zip(actual["stories"], expected["stories"]):
            if a != e:
                fail(f"story {e['id']} differs")
        if actual != expected:
            fail("the reports differ")
        left = cluster_processes("factlint-dask-")
        if left:
            fail("the cluster was not stopped:\n" + "\n".join(left))
        print(f"dask: {expected['summary']['stories']} stories, {len(ids)} findings, the same report as check "
              f"({took:.1f} s with the cluster's start and stop)")


if __name__ == "__main__":
    main()
