#!/usr/bin/env python3
"""Correctness at scale: every story of a generated corpus must give the same
findings (slot, kind, severity) as the template it was made from.

usage: check_corpus.py FACTLINT CORPUS [--source .] [--jobs N]
Prints how many stories match their template, and the first mismatches.
"""
import argparse
import collections
import json
import os
import subprocess
import sys


def findings(factlint, paths, source, extra):
    run = subprocess.run([factlint, "check", *paths, "-f", "json", "--fail-on", "never", *extra], cwd=source,
                         capture_output=True, text=True)
    if run.returncode not in (0, 2):
        sys.exit(f"check_corpus: factlint exited {run.returncode}: {run.stderr[:500]}")
    report = json.loads(run.stdout)
    return {s["path"]: collections.Counter((f["slot"], f["kind"], f["severity"]) for f in s["findings"])
            for s in report["stories"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("factlint")
    parser.add_argument("corpus")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    parser.add_argument("--jobs", default=None)
    args = parser.parse_args()
    extra = ["--jobs", args.jobs] if args.jobs else []
    with open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    templates = sorted(set(manifest.values()))
    expected = findings(args.factlint, templates, args.source, extra)
    actual = findings(args.factlint, [os.path.abspath(args.corpus)], args.source, extra)
    by_id = {os.path.basename(path): counts for path, counts in actual.items()}
    planted = sum(sum(expected[os.path.normpath(t)].values()) for t in manifest.values())
    mismatches = []
    for story, template in sorted(manifest.items()):
        want, got = expected[os.path.normpath(template)], by_id.get(story)
        if got != want:
            mismatches.append((story, template, want, got))
    print(f"check_corpus: {len(manifest) - len(mismatches)} of {len(manifest)} stories give their template's findings "
          f"({planted} findings expected in all)")
    for story, template, want, got in mismatches[:10]:
        print(f"  {story} (from {template}): expected {dict(want)}, got {dict(got or {})}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
