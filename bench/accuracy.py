#!/usr/bin/env python3
"""Claims recalled and claims matching no keyed claim, per story, in one table.

Runs `factlint check -f json` on the seed story and on every open dev story
of a shared data folder (answer keys read by a second reader), scores each
report with that folder's own scorer (tools/score.py), and scores CASIE dev
with tools/casie_score.py. The data stays outside the project: pass its
folder. Blind stories are left out unless named with --story.

usage: bench/accuracy.py [SHARED] [--factlint BIN] [--story ID ...] [--per-slot]
       SHARED: the shared data folder (default: ../shared beside the project)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

BLIND = {"lotte-card-2025", "air-india-2021", "vastaamo-2020", "derna-2023"}


def score(scorer, report, key):
    out = subprocess.run([sys.executable, scorer, report, key], capture_output=True, text=True).stdout
    last = re.search(r"findings (\d+)/(\d+) found, (\d+) false errors, claims (\d+)/(\d+) recalled", out)
    unmatched = re.search(r"claims reported in keyed slots: (\d+), of which (\d+) match no keyed claim", out)
    slots = re.search(r"claims recalled per slot: (.*)", out)
    return last, unmatched, slots.group(1) if slots else ""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    project = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=os.path.join(project, "..", "shared"))
    parser.add_argument("--factlint", default=os.path.join(project, "build", "factlint"))
    parser.add_argument("--story", action="append", default=[], help="score this story too (a blind one, once)")
    parser.add_argument("--per-slot", action="store_true", help="also print each story's recall per slot")
    args = parser.parse_args()
    shared = os.path.abspath(args.shared)
    scorer = os.path.join(shared, "tools", "score.py")
    if not os.path.exists(scorer):
        sys.exit(f"accuracy: no scorer at {scorer}; pass the shared data folder")
    stories = [("seed", os.path.join(project, "corpus", "coupang-2025"), os.path.join(shared, "seeds", "answer-key.json"))]
    for group in ("devset", "devset-disasters"):
        folder = os.path.join(shared, group)
        for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            key = os.path.join(folder, name, "answer-key.json")
            if os.path.exists(key) and (name not in BLIND or name in args.story):
                stories.append((name, os.path.join(folder, name), key))
    print(f"{'story':<18} {'recalled':>12} {'unmatched':>12} {'errors found':>13} {'false errors':>13}")
    totals = [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, key in stories:
            report = os.path.join(tmp, name + ".json")
            with open(report, "w") as out:
                subprocess.run([args.factlint, "check", path, "-f", "json", "--fail-on", "never"], stdout=out,
                               stderr=subprocess.DEVNULL)
            last, unmatched, slots = score(scorer, report, key)
            if not last:
                print(f"{name:<18} (no score)")
                continue
            found, expected, false_errors, recalled, keyed = map(int, last.groups())
            reported, unmatched_n = map(int, unmatched.groups()) if unmatched else (0, 0)
            totals = [totals[0] + recalled, totals[1] + keyed, totals[2] + reported, totals[3] + unmatched_n]
            print(f"{name:<18} {recalled:>4}/{keyed:<3} {100 * recalled / max(keyed, 1):3.0f}% "
                  f"{unmatched_n:>4}/{reported:<3} {100 * unmatched_n / max(reported, 1):2.0f}% "
                  f"{found:>6}/{expected:<6} {false_errors:>13}")
            if args.per_slot:
                print(f"    {slots}")
        print(f"{'all':<18} {totals[0]:>4}/{totals[1]:<3} {100 * totals[0] / max(totals[1], 1):3.0f}% "
              f"{totals[3]:>4}/{totals[2]:<3} {100 * totals[3] / max(totals[2], 1):2.0f}%")
        casie = os.path.join(shared, "external", "casie")
        if os.path.isdir(os.path.join(casie, "dev")):
            report = os.path.join(tmp, "casie.json")
            with open(report, "w") as out:
                subprocess.run([args.factlint, "check", os.path.join(casie, "dev"), "-f", "json", "--fail-on", "never"],
                               stdout=out, stderr=subprocess.DEVNULL)
            lines = subprocess.run([sys.executable, os.path.join(shared, "tools", "casie_score.py"), report,
                                    os.path.join(casie, "dev-annotation")], capture_output=True, text=True).stdout
            print(lines.strip().splitlines()[-1] if lines.strip() else "casie: no score")


if __name__ == "__main__":
    main()
