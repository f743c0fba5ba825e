#!/usr/bin/env python3
"""The HTML report in a real browser (headless Chromium).

Writes the seed story's review page and the page of a story full of markup
(tests/browser/attack-2024), loads each in Chromium, and reads the DOM the
browser built after running the page:
  - the page's own script ran (so the Content-Security-Policy hash is right),
  - the seed page shows the three errors (C1-C3) and the source x fact matrix,
  - on the attack page no script, image, frame or javascript: link came from
    article text, the title, an outlet or a file name, and none of their
    scripts ran; their markup is there as text.
Saves screenshots under OUT (the build folder).

usage: html_report_test.py FACTLINT SOURCE_DIR OUT_DIR
"""
import html.parser
import os
import shutil
import subprocess
import sys


class Dom(html.parser.HTMLParser):
    """Elements as (tag, attributes), and the page's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def browse(browser, out, args, url):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--user-data-dir=" + os.path.join(out, "chromium-profile")] + args + [url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def load(browser, out, page):
    run = browse(browser, out, ["--dump-dom"], "file://" + page)
    dom = Dom()
    dom.feed(run.stdout)
    return dom


def main():
    factlint, source, out = sys.argv[1:4]
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    browser = chromium()
    if browser is None:
        print("FAIL chromium is not installed: run scripts/install-deps.sh")
        return 1

    pages = {}
    for name, story in (("seed", "corpus/coupang-2025"), ("attack", "tests/browser/attack-2024")):
        pages[name] = os.path.join(out, name + "-report.html")
        run = subprocess.run([factlint, "report", story, "-o", pages[name]], cwd=source, capture_output=True, text=True)
        check(run.returncode == 0, f"factlint report {story} exits 0 ({run.returncode}: {run.stderr.strip()})")

    # The seed story.
    dom = load(browser, out, pages["seed"])
    body = [a for t, a in dom.elements if t == "body"]
    check(body and body[0].get("data-factlint-ready") == "1", "seed: the page's own script ran under its CSP")
    errors = sorted(a.get("data-slot") for t, a in dom.elements
                    if t == "article" and "finding error" in a.get("class", ""))
    check(errors == ["disclosure_date", "exposed_data", "resigned_ceo"],
          f"seed: the three errors C1-C3 are on the page ({errors})")
    matrix = [a for t, a in dom.elements if t == "table" and a.get("class") == "matrix"]
    check(len(matrix) == 1, "seed: the source x fact matrix is on the page")
    outliers = [a for t, a in dom.elements if t == "td" and a.get("class") == "outlier"]
    check(len(outliers) >= 3, f"seed: the matrix marks the outlier cells ({len(outliers)})")
    charts = [a for t, a in dom.elements if t == "svg"]
    check(len(charts) >= 2, f"seed: number lines and timelines are drawn ({len(charts)})")
    text = "".join(dom.text)
    check("Kang Han-seung" in text and "Park Dae-jun" in text, "seed: both CEO names are quoted side by side")
    links = [a for t, a in dom.elements if t == "a" and a.get("class") == "where"]
    check(len(links) > 10 and all(a["href"].startswith("../") or a["href"].startswith("corpus/") or "/" in a["href"]
                                  for a in links), f"seed: every quote links to path:line ({len(links)})")

    # The attack story.
    dom = load(browser, out, pages["attack"])
    body = [a for t, a in dom.elements if t == "body"]
    check(body and body[0].get("data-factlint-ready") == "1", "attack: the page's own script ran")
    pwned = [(t, a) for t, a in dom.elements if "data-pwned" in a]
    check(not pwned, f"attack: no script from the story ran ({pwned})")
    scripts = [a for t, a in dom.elements if t == "script"]
    check(len(scripts) == 1, f"attack: the page's own script is its only script ({len(scripts)})")
    for tag in ("img", "iframe", "object", "embed", "b", "i"):
        check(not [a for t, a in dom.elements if t == tag], f"attack: no <{tag}> came from the story")
    check(not [a for t, a in dom.elements if any(k.startswith("on") for k in a)], "attack: no element has an on* handler")
    check(not [a for t, a in dom.elements if a.get("href", "").lower().startswith("javascript:")],
          "attack: no javascript: link")
    check(all(a.get("class") == "intervals" for t, a in dom.elements if t == "svg"), "attack: the only SVGs are factlint's charts")
    styles = [a for t, a in dom.elements if t == "style"]
    check(len(styles) == 1, "attack: '</style>' in the story did not end the style sheet")
    text = "".join(dom.text)
    for shown in ("<script>document.body.dataset.pwned='article'</script>",
                  "<img src=x onerror=\"document.body.dataset.pwned='outlet'\">Alpha News",
                  "</style><script>document.body.dataset.pwned='breakout'</script>",
                  "04_<b onclick=alert(1)>delta"):
        check(shown in text, f"attack: {shown!r} is shown as text")

    # The batch index: every story, most errors first, its script running.
    site = os.path.join(out, "site") + "/"
    run = subprocess.run([factlint, "report", "corpus", "tests/corpus", "-o", site], cwd=source, capture_output=True,
                         text=True)
    check(run.returncode == 0, f"factlint report corpus tests/corpus -o site/ exits 0 ({run.returncode})")
    dom = load(browser, out, os.path.join(site, "index.html"))
    body = [a for t, a in dom.elements if t == "body"]
    check(body and body[0].get("data-factlint-ready") == "1", "index: the page's script ran (the columns sort)")
    rows = [a.get("href") for t, a in dom.elements if t == "a" and a.get("href", "").startswith("stories/")]
    check(rows[:1] == ["stories/coupang-2025.html"] and len(rows) == 3,
          f"index: three stories, the one with most errors first ({rows})")

    # Screenshots, for people (the README's is docs/images/report.png).
    for name in pages:
        png = os.path.join(out, name + "-report.png")
        browse(browser, out, ["--window-size=1280,2400", "--screenshot=" + png], "file://" + pages[name])
        check(os.path.exists(png) and os.path.getsize(png) > 10000, f"screenshot saved: {png}")

    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
