#!/usr/bin/env python3
"""Builds a large corpus for benchmarks, deterministically, from the stories
factlint ships (corpus/, tests/corpus/, tests/kinds/).

Each generated story is a copy of one template story with the company's name
(the first word of the subject and its aliases), the outlets and the file names changed, the same way
in every article of the story. Numbers, dates and people are kept, so each
template's findings stay its answer key: a generated story must give the same
findings (slot, kind, severity) as its template. `bench/check_corpus.py` checks
that at scale; the templates' contradictions are the planted ones.

usage: generate_corpus.py --size 100MB --out DIR [--seed 1] [--source .]
Writes DIR/<story>/ folders and DIR/manifest.json ({story: template}).
"""
import argparse
import json
import os
import random
import re
import shutil
import sys

SYLLABLES = ["vel", "mor", "tra", "qui", "nex", "lum", "dar", "sol", "ber", "kan", "tor", "fin", "gal", "ros",
             "pel", "zan", "cor", "ith", "ova", "ric", "sen", "tal", "wyn", "bra"]
OUTLET_WORDS = ["Herald", "Courier", "Gazette", "Ledger", "Wire", "Times", "Post", "Bulletin", "Observer", "Tribune",
                "Chronicle", "Dispatch", "Digest", "Monitor", "Journal"]
TOWNS = ["Northfield", "Eastbrook", "Harlow", "Marston", "Kelby", "Ardmore", "Wexton", "Dunmore", "Carlisle", "Penrith"]


def parse_size(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMG]?B)?", text.strip().upper())
    if not m:
        sys.exit(f"generate_corpus: --size {text!r} is not a size; write 10MB, 100MB or 1GB")
    return int(float(m.group(1)) * {"B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, None: 1}[m.group(2)])


def word(rng, parts=2):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def simple_yaml_value(text, key):
    """The scalar value of a top-level `key:` in story.yaml text, unquoted."""
    m = re.search(rf"^{key}:\s*(.+)$", text, re.M)
    return m.group(1).strip().strip("'\"") if m else ""


def templates(source):
    found = []
    for root in ("corpus", "tests/corpus", "tests/kinds"):
        base = os.path.join(source, root)
        for name in sorted(os.listdir(base)):
            story = os.path.join(base, name)
            if os.path.isdir(story) and any(f.endswith(".txt") for f in os.listdir(story)):
                found.append(story)
    return found


def load(story):
    files = {}
    for name in sorted(os.listdir(story)):
        if name.endswith(".txt") or name == "story.yaml":
            with open(os.path.join(story, name), encoding="utf-8") as f:
                files[name] = f.read()
    return files


def names_of(story_yaml):
    subject = simple_yaml_value(story_yaml, "subject")
    aliases = re.search(r"^aliases:\s*\[(.*)\]", story_yaml, re.M)
    names = [subject] if subject else []
    if aliases:
        names += [a.strip().strip("'\"") for a in aliases.group(1).split(",") if a.strip()]
    return sorted({n for n in names if n}, key=len, reverse=True)  # longest first: "Acme Corp" before "Acme"


def generate(story_files, rng):
    """A renamed copy of one template: {file name: text}."""
    yaml_text = story_files.get("story.yaml", "")
    # The company's own word ("Acme" in "Acme Corp", "Acme Inc.") becomes a
    # new one everywhere; "Corp", "Bank" and the like stay, so the story reads
    # the same.
    stem = word(rng, rng.choice([2, 3]))
    mapping = {name.split()[0]: stem for name in names_of(yaml_text)}
    pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in mapping)) if mapping else None
    rename = (lambda t: pattern.sub(lambda m: mapping[m.group(0)], t)) if pattern else (lambda t: t)

    out, file_names = {}, {}
    for i, name in enumerate(n for n in story_files if n.endswith(".txt")):
        outlet = f"{rng.choice(TOWNS)} {rng.choice(OUTLET_WORDS)}"
        new_name = f"{i:02d}_{outlet.lower().replace(' ', '_')}_{rng.randrange(16**6):06x}.txt"
        file_names[name] = (new_name, outlet)
        out[new_name] = rename(story_files[name])
    if yaml_text:
        text = rename(yaml_text)
        for old, (new, outlet) in file_names.items():
            text = re.sub(rf"(file:\s*){re.escape(old)}\b", rf"\g<1>{new}", text)
            # Outlets named in the template give way to generated ones, in file order.
            text = re.sub(rf"(file:\s*{re.escape(new)}\s*\n\s*outlet:\s*)[^\n]*", rf"\g<1>{outlet}", text)
        out["story.yaml"] = text
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="10MB", help="total size of the articles: 10MB, 100MB, 1GB")
    parser.add_argument("--out", required=True, help="the corpus folder to write (replaced)")
    parser.add_argument("--seed", type=int, default=1, help="the random seed: same seed and size, same bytes")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), ".."), help="factlint's source tree")
    args = parser.parse_args()
    target = parse_size(args.size)
    rng = random.Random(args.seed)
    pool = [(story, load(story)) for story in templates(args.source)]
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    manifest, written, n = {}, 0, 0
    while written < target:
        template, files = pool[n % len(pool)] if n < len(pool) else rng.choice(pool)
        story_id = f"gen-{n:06d}"
        folder = os.path.join(args.out, story_id)
        os.makedirs(folder)
        for name, text in generate(files, rng).items():
            data = text.encode("utf-8")
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
            if name.endswith(".txt"):
                written += len(data)
        manifest[story_id] = os.path.relpath(template, args.source)
        n += 1
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
    print(f"generate_corpus: {n} stories, {written / 1e6:.1f} MB of articles in {args.out} (seed {args.seed})")


if __name__ == "__main__":
    main()
