// The HTML review page, for editors: one self-contained file (no network, no
// external scripts, fonts or images). Entry points: make_html_reporter(), and
// write_html_index() for the batch report's index page.
//
// Per story: a source x fact matrix coloured by agree / outlier / conflict /
// not stated; each finding with its sides side by side, the quoted sentences
// with the matched words highlighted and path:line:col links; number lines
// and timelines (inline SVG) for quantities, money, durations and dates; the
// consensus and the source trust tables.
//
// Article text, titles, outlets, file names and rule messages are untrusted:
// every one goes through html_escape(), links are percent-encoded relative
// paths (never a scheme), and the Content-Security-Policy allows only the one
// script below (by its hash), so even a missed escape could not run code.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "factlint/values.hpp"
#include "report/escape.hpp"
#include "report/json_model.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

// The page's one script: marks the page as ready (the browser test reads it)
// and sorts tables of class "sortable" when a header is clicked. Its SHA-256
// is in kScriptHash; tests/browser checks that a browser runs it under the CSP.
constexpr std::string_view kScript =
    R"js(document.body.setAttribute('data-factlint-ready', '1');
for (const table of document.querySelectorAll('table.sortable')) {
  const heads = table.tHead.rows[0].cells;
  for (let i = 0; i < heads.length; i++) {
    heads[i].tabIndex = 0;
    const sort = () => {
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      const dir = heads[i].getAttribute('aria-sort') === 'descending' ? 1 : -1;
      for (const h of heads) h.removeAttribute('aria-sort');
      heads[i].setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const key = (r) => r.cells[i].dataset.sort ?? r.cells[i].textContent;
      rows.sort((a, b) => {
        const x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
        return dir * (!isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y));
      });
      for (const r of rows) body.appendChild(r);
    };
    heads[i].addEventListener('click', sort);
    heads[i].addEventListener('keydown', (e) => { if (e.key === 'Enter') sort(); });
  }
}
)js";
constexpr std::string_view kScriptHash = "sha256-o4UhnMAbS07LobGDSI7TuISakzY9+DcucNpfCkMLIJM=";

constexpr std::string_view kStyle = R"css(
:root { --agree: #2e7d32; --outlier: #c62828; --conflict: #ef6c00; --other: #5c6bc0; --silent: #eceff1;
        --ink: #1b1f24; --muted: #5f6b76; --line: #d7dde2; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1200px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); }
h3 { margin-top: 1.75rem; } code { font: .9em/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
.muted { color: var(--muted); } .summary { font-size: 1.05rem; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { border: 1px solid var(--line); padding: .3rem .5rem;
        text-align: left; vertical-align: top; } th { background: #f5f7f9; }
table.sortable th { cursor: pointer; } th[aria-sort="descending"]::after { content: " \25BE"; }
th[aria-sort="ascending"]::after { content: " \25B4"; }
.matrix td { min-width: 7rem; font-size: .9rem; } .matrix td.agree { background: #e8f5e9; }
.matrix td.outlier { background: #ffebee; font-weight: 600; } .matrix td.conflict { background: #fff3e0; }
.matrix td.other { background: #e8eaf6; } .matrix td.silent { background: var(--silent); color: var(--muted); }
.legend span { display: inline-block; padding: 0 .5rem; margin-right: .4rem; border: 1px solid var(--line); }
.badge { display: inline-block; border-radius: 3px; padding: 0 .45rem; color: #fff; font-size: .8rem;
         text-transform: uppercase; letter-spacing: .03em; }
.badge.error { background: var(--outlier); } .badge.warning { background: var(--conflict); }
.badge.info { background: var(--muted); }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 4px; padding: .75rem 1rem;
           margin: 1rem 0; } .finding.error { border-left-color: var(--outlier); }
.finding.warning { border-left-color: var(--conflict); }
.finding h4 { margin: 0 0 .4rem; font-size: 1.05rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: .75rem; }
.side { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .75rem; background: #fafbfc; }
.side.outlier { border-color: var(--outlier); background: #fff8f8; } .side .value { font-weight: 600; font-size: 1.05rem; }
blockquote { margin: .4rem 0; padding: .2rem .6rem; border-left: 3px solid var(--line); }
mark { background: #fff59d; padding: 0 .1em; } .where { font-size: .85rem; }
svg { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
svg text { font: 12px "DejaVu Sans", sans-serif; fill: var(--ink); }
.skipped { color: var(--outlier); } .review { margin: .2rem 0 .5rem; }
)css";

std::string esc(std::string_view text) { return html_escape(text); }

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string_view label(Severity s) { return s == Severity::info ? "note" : to_string(s); }

std::string fact_name(const std::string& slot, const std::string& key) { return key.empty() ? slot : slot + ": " + key; }

void page_start(std::ostream& out, std::string_view title) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out << fmt::format(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src '{}'; base-uri 'none'; form-action 'none'\">\n",
      kScriptHash);
  out << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out << "<meta name=\"generator\" content=\"factlint\">\n";
  out << fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", esc(title), kStyle);
}

void page_end(std::ostream& out) { out << "<script>" << kScript << "</script>\n</body>\n</html>\n"; }

// An interval on an axis: a row of a number line or a timeline.
struct Bar {
  std::string label;           // "02_wire: John Roe"
  std::optional<double> lo, hi;  // open ends run to the edge of the axis
  std::string css;             // agree | outlier | conflict | other
};

std::string colour(std::string_view css) {
  if (css == "agree") return "#2e7d32";
  if (css == "outlier") return "#c62828";
  if (css == "conflict") return "#ef6c00";
  return "#5c6bc0";
}

// A compact number for an axis tick: 4200000 -> "4.2M".
std::string compact(double x) {
  const double a = std::abs(x);
  auto trim = [](std::string s) {
    if (s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
    return s;
  };
  if (a >= 1e12) return trim(fmt::format("{:.2f}", x / 1e12)) + "T";
  if (a >= 1e9) return trim(fmt::format("{:.2f}", x / 1e9)) + "B";
  if (a >= 1e6) return trim(fmt::format("{:.2f}", x / 1e6)) + "M";
  if (a >= 1e3) return trim(fmt::format("{:.2f}", x / 1e3)) + "K";
  return trim(fmt::format("{:.2f}", x));
}

std::string day_label(double day) {
  const CivilDate d = civil_date(static_cast<long>(std::lround(day)));
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

// Round values for an axis's ticks, about four of them: 1, 2, 2.5 or 5 times
// a power of ten (33M, 34M, 35M); for dates, whole days, weeks or months.
std::vector<double> ticks(double lo, double hi, bool dates) {
  const double raw = (hi - lo) / (dates ? 6 : 4);  // dates need more ticks: a week is a short label
  double step = 0;
  if (dates) {
    step = 365;
    for (double days : {1.0, 2.0, 3.0, 7.0, 14.0, 30.0, 61.0, 91.0, 182.0, 365.0})
      if (days >= raw) {
        step = days;
        break;
      }
    if (raw > 365) step = 365 * std::ceil(raw / 365);
  } else {
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0})
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
  }
  std::vector<double> out;
  for (double v = std::ceil(lo / step) * step; v <= hi && out.size() < 12; v += step) out.push_back(v);
  return out;
}

// Bars on one axis, as inline SVG. `dates`: the axis counts days.
std::string intervals_svg(const std::vector<Bar>& bars, bool dates, std::string_view caption) {
  double lo = INFINITY, hi = -INFINITY;
  for (const Bar& b : bars) {
    for (const auto& v : {b.lo, b.hi}) {
      if (v) lo = std::min(lo, *v), hi = std::max(hi, *v);
    }
  }
  if (!std::isfinite(lo) || !std::isfinite(hi)) return "";
  if (hi - lo < (dates ? 2.0 : std::abs(hi) * 1e-3 + 1e-9)) {
    const double pad = dates ? 3.0 : std::max(std::abs(hi) * 0.05, 1.0);
    lo -= pad, hi += pad;
  }
  const double margin = (hi - lo) * 0.06;
  lo -= margin, hi += margin;
  constexpr int kLabel = 300, kPlot = 560, kRow = 24, kTop = 8;
  const int height = kTop + static_cast<int>(bars.size()) * kRow + 34;
  auto x = [&](double v) { return kLabel + (v - lo) / (hi - lo) * kPlot; };
  std::string svg = fmt::format(
      "<svg class=\"intervals\" role=\"img\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\">"
      "<title>{}</title>\n",
      kLabel + kPlot + 20, height, kLabel + kPlot + 20, height, esc(caption));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int y = kTop + static_cast<int>(i) * kRow;
    std::string text = b.label;
    if (text.size() > 44) {
      std::size_t cut = 41;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
      text = text.substr(0, cut) + "…";
    }
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", kLabel - 8, y + 16, esc(text));
    const double x0 = b.lo ? x(*b.lo) : kLabel, x1 = b.hi ? x(*b.hi) : kLabel + kPlot;
    const std::string fill = colour(b.css);
    if (b.lo && b.hi && x1 - x0 < 3) {
      svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{}\" r=\"5\" fill=\"{}\"/>", (x0 + x1) / 2, y + 12, fill);
    } else {
      svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"12\" rx=\"3\" fill=\"{}\" "
                         "fill-opacity=\"0.75\"/>",
                         x0, y + 6, std::max(x1 - x0, 3.0), fill);
      // An open end fades into an arrow: "more than 4 million" has no top.
      if (!b.lo) svg += fmt::format("<text x=\"{}\" y=\"{}\">◀</text>", kLabel - 2, y + 17);
      if (!b.hi) svg += fmt::format("<text x=\"{}\" y=\"{}\">▶</text>", kLabel + kPlot - 8, y + 17);
    }
    svg += "\n";
  }
  const int axis = kTop + static_cast<int>(bars.size()) * kRow + 6;
  svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#5f6b76\"/>", kLabel, axis, kLabel + kPlot, axis);
  for (const double v : ticks(lo, hi, dates)) {
    const double tx = x(v);
    svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#5f6b76\"/>", tx, axis, axis + 5);
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>", tx, axis + 18,
                       dates ? day_label(v) : compact(v));
  }
  svg += "\n</svg>\n";
  return svg;
}

// The interval a claim's typed value covers on a number line or a timeline,
// with the axis it belongs on ("quantity people", "money USD", "date").
struct Placed {
  std::string axis;
  std::optional<double> lo, hi;
};

std::optional<Placed> place(const TypedValue& value) {
  if (const auto* q = std::get_if<Quantity>(&value)) return Placed{"quantity " + q->unit, q->range.lo, q->range.hi};
  if (const auto* m = std::get_if<Money>(&value)) return Placed{"money " + m->currency, m->range.lo, m->range.hi};
  if (const auto* d = std::get_if<Duration>(&value)) return Placed{"days", d->days.lo, d->days.hi};
  if (const auto* d = std::get_if<DateValue>(&value)) {
    if (!d->resolved()) return std::nullopt;
    return Placed{"date", static_cast<double>(day_number(*d->lo)), static_cast<double>(day_number(*d->hi))};
  }
  return std::nullopt;
}

// A chart of claims: one bar per claim, grouped by axis (units and
// currencies are never drawn on one axis). `css_of` colours a claim.
template <typename CssOf>
std::string claims_chart(const std::vector<const Claim*>& claims, CssOf css_of, std::string_view caption) {
  std::map<std::string, std::vector<Bar>> axes;
  for (const Claim* c : claims) {
    const std::optional<Placed> p = place(c->typed);
    if (!p || (!p->lo && !p->hi)) continue;
    axes[p->axis].push_back(Bar{fmt::format("{}: {}", c->source, c->value), p->lo, p->hi, css_of(*c)});
  }
  std::string out;
  for (const auto& [axis, bars] : axes) {
    const bool dates = axis == "date";
    std::string unit = axis.substr(axis.find(' ') == std::string::npos ? axis.size() : axis.find(' ') + 1);
    if (axis == "days") unit = "days";
    out += fmt::format("<figure><figcaption class=\"muted\">{}{}</figcaption>\n{}</figure>\n", esc(caption),
                       unit.empty() ? "" : " (" + esc(unit) + ")", intervals_svg(bars, dates, caption));
  }
  return out;
}

struct StoryView {
  const StoryReport& story;
  std::map<std::string, const Claim*> claims;     // by id
  std::map<std::string, std::string> outlets;     // source -> outlet
  std::map<std::string, const DocumentRecord*> documents;

  explicit StoryView(const StoryReport& s) : story(s) {
    for (const Claim& c : s.claims) claims[c.id] = &c;
    for (const DocumentRecord& d : s.documents) {
      outlets[d.id] = d.outlet;
      documents[d.id] = &d;
    }
  }

  // How a source stands on a fact, for the matrix and the charts.
  std::string css(const Consensus& fact, const std::string& source) const {
    for (const Finding& f : story.findings) {
      if (f.slot != fact.slot || f.key != fact.key || f.severity == Severity::info) continue;
      for (const Side& side : f.sides) {
        if (std::find(side.sources.begin(), side.sources.end(), source) == side.sources.end()) continue;
        if (side.outlier) return "outlier";
        if (std::find(fact.sources.begin(), fact.sources.end(), source) == fact.sources.end()) return "conflict";
      }
    }
    for (const Stance& s : fact.stances)
      if (s.source == source) return s.backs_consensus ? "agree" : "other";
    return "silent";
  }

  const Consensus* fact(const std::string& slot, const std::string& key) const {
    for (const Consensus& c : story.consensus)
      if (c.slot == slot && c.key == key) return &c;
    return nullptr;
  }
};

std::string source_label(const StoryView& view, const std::string& source) {
  auto it = view.outlets.find(source);
  const std::string outlet = it == view.outlets.end() ? "" : it->second;
  return outlet.empty() ? esc(source) : fmt::format("{} <span class=\"muted\">{}</span>", esc(source), esc(outlet));
}

class HtmlReporter final : public Reporter {
 public:
  explicit HtmlReporter(const ReporterOptions& options) : link_prefix_(options.link_prefix) {}

  void write(const Report& report, std::ostream& out) const override {
    const Totals t = totals(report);
    page_start(out, report.stories.size() == 1 ? "factlint: " + report.stories.front().id : "factlint report");
    out << "<header>\n<h1>factlint report</h1>\n";
    out << fmt::format(
        "<p class=\"summary\">{}, {} ({} skipped), {}: <strong>{}</strong>, {}, {}.</p>\n",
        plural(t.stories, "story", "stories"), plural(t.documents, "document", "documents"), t.skipped,
        plural(t.claims, "claim", "claims"), plural(t.errors, "error", "errors"),
        plural(t.warnings, "warning", "warnings"), plural(t.infos, "note", "notes"));
    out << fmt::format("<p class=\"muted\">factlint {}</p>\n", esc(report.version));
    if (report.stories.size() > 1) {
      out << "<nav><table class=\"sortable\"><thead><tr><th>story</th><th>errors</th><th>warnings</th><th>notes</th>"
             "</tr></thead><tbody>\n";
      for (const StoryReport& s : report.stories) {
        std::size_t e = 0, w = 0, n = 0;
        for (const Finding& f : s.findings) (f.severity == Severity::error ? e : f.severity == Severity::warning ? w : n)++;
        out << fmt::format("<tr><td><a href=\"#story-{0}\">{0}</a></td><td>{1}</td><td>{2}</td><td>{3}</td></tr>\n",
                           esc(s.id), e, w, n);
      }
      out << "</tbody></table></nav>\n";
    }
    out << "</header>\n";
    for (const StoryReport& story : report.stories) write_story(StoryView(story), out);
    page_end(out);
  }

 private:
  std::string link(const Evidence& e) const {
    return fmt::format("<a class=\"where\" href=\"{}{}\"><code>{}:{}:{}</code></a>", esc(link_prefix_),
                       esc(uri_path(e.path)), esc(e.path), e.position.line, e.position.column);
  }

  void write_story(const StoryView& view, std::ostream& out) const {
    const StoryReport& story = view.story;
    out << fmt::format("<section class=\"story\" id=\"story-{}\">\n<h2>{}{}</h2>\n", esc(story.id), esc(story.id),
                       story.title.empty() ? "" : " — " + esc(story.title));
    out << fmt::format("<p>About <strong>{}</strong>{}. {}, {}.</p>\n", esc(story.subject),
                       story.subject_inferred ? " <span class=\"muted\">(inferred: no story.yaml names it)</span>" : "",
                       plural(story.documents.size(), "document", "documents"), plural(story.claims.size(), "claim", "claims"));
    for (const DocumentRecord& d : story.documents) {
      if (!d.processed)
        out << fmt::format("<p class=\"skipped\">Skipped <code>{}</code>: {}</p>\n", esc(d.path), esc(d.error));
    }
    write_matrix(view, out);
    out << "<h3>Findings</h3>\n";
    if (story.findings.empty()) out << "<p>No contradictions found.</p>\n";
    for (const Finding& f : story.findings) write_finding(view, f, out);
    write_corrections(view, out);
    write_other_figures(view, out);
    write_consensus(view, out);
    write_sources(view, out);
    out << "</section>\n";
  }

  static void write_matrix(const StoryView& view, std::ostream& out) {
    const StoryReport& story = view.story;
    if (story.consensus.empty()) return;
    out << "<h3>Sources and facts</h3>\n<p class=\"legend\"><span class=\"agree\" style=\"background:#e8f5e9\">agrees"
           "</span><span style=\"background:#ffebee\">outlier</span><span style=\"background:#fff3e0\">conflict, no "
           "clear consensus</span><span style=\"background:#e8eaf6\">differs</span><span style=\"background:#eceff1\">"
           "not stated</span></p>\n";
    out << "<div style=\"overflow-x:auto\"><table class=\"matrix\"><thead><tr><th>source</th>";
    for (const Consensus& c : story.consensus) out << "<th>" << esc(fact_name(c.slot, c.key)) << "</th>";
    out << "</tr></thead><tbody>\n";
    for (const SourceTrust& source : story.sources) {
      out << "<tr><th>" << source_label(view, source.id) << "</th>";
      for (const Consensus& c : story.consensus) {
        std::string said;
        for (const Stance& s : c.stances)
          if (s.source == source.id) said += (said.empty() ? "" : "; ") + s.value;
        const std::string css = view.css(c, source.id);
        out << fmt::format("<td class=\"{}\" title=\"{}\">{}</td>", css, css == "silent" ? "not stated" : css,
                           said.empty() ? "—" : esc(said));
      }
      out << "</tr>\n";
    }
    out << "</tbody></table></div>\n";
  }

  void write_finding(const StoryView& view, const Finding& f, std::ostream& out) const {
    out << fmt::format("<article class=\"finding {}\" id=\"finding-{}\" data-slot=\"{}\" data-kind=\"{}\">\n",
                       to_string(f.severity), esc(f.id), esc(f.slot), esc(f.kind));
    out << fmt::format("<h4><span class=\"badge {}\">{}</span> {} <span class=\"muted\">{} · <code>{}</code></span></h4>\n",
                       to_string(f.severity), label(f.severity), esc(fact_name(f.slot, f.key)), esc(f.kind), esc(f.id));
    out << "<p>" << esc(f.message) << "</p>\n";
    if (!f.review.status.empty()) {
      const ReviewNote& r = f.review;
      out << fmt::format("<p class=\"review\">Review: <strong>{}</strong>{}{}{}{}</p>\n", esc(r.status),
                         r.value.empty() ? "" : " — " + esc(r.value), r.by.empty() ? "" : " by " + esc(r.by),
                         r.at.empty() ? "" : " on " + esc(r.at),
                         r.severity_was.empty() ? "" : " (was " + esc(r.severity_was) + ")");
      if (!r.note.empty()) out << "<p class=\"review muted\">" << esc(r.note) << "</p>\n";
    }
    out << "<div class=\"sides\">\n";
    std::vector<const Claim*> charted;
    std::map<const Claim*, std::string> css;
    const bool has_outlier = std::any_of(f.sides.begin(), f.sides.end(), [](const Side& s) { return s.outlier; });
    for (const Side& side : f.sides) {
      out << fmt::format("<div class=\"side{}\"><div class=\"value\">{}</div><div class=\"muted\">{}{}</div>\n",
                         side.outlier ? " outlier" : "", esc(side.value),
                         plural(side.sources.size(), "source", "sources"), side.outlier ? ", outlier" : "");
      for (const Evidence& e : side.evidence) {
        out << "<blockquote>" << highlighted(e) << "<br>" << source_label(view, e.source) << " " << link(e)
            << "</blockquote>\n";
        auto c = view.claims.find(e.claim);
        if (c != view.claims.end() && !css.count(c->second)) {
          charted.push_back(c->second);
          css[c->second] = f.severity == Severity::info ? "other" : side.outlier ? "outlier" : has_outlier ? "agree" : "conflict";
        }
      }
      out << "</div>\n";
    }
    out << "</div>\n";
    out << claims_chart(charted, [&](const Claim& c) { return css[&c]; }, fact_name(f.slot, f.key));
    out << "</article>\n";
  }

  // Facts of numbers and dates that have no finding still get their picture:
  // an editor sees overlapping ranges agree.
  static void write_other_figures(const StoryView& view, std::ostream& out) {
    std::string charts;
    for (const Consensus& c : view.story.consensus) {
      bool has_finding = false;
      for (const Finding& f : view.story.findings) has_finding |= f.slot == c.slot && f.key == c.key;
      if (has_finding || c.stances.size() < 2) continue;
      std::vector<const Claim*> claims;
      std::map<const Claim*, std::string> css;
      for (const Stance& s : c.stances)
        for (const std::string& id : s.claims) {
          auto it = view.claims.find(id);
          if (it == view.claims.end()) continue;
          claims.push_back(it->second);
          css[it->second] = s.backs_consensus ? "agree" : "other";
        }
      charts += claims_chart(claims, [&](const Claim& cl) { return css[&cl]; }, fact_name(c.slot, c.key));
    }
    if (!charts.empty()) out << "<h3>Numbers and dates without findings</h3>\n" << charts;
  }

  // What each outlet should correct, from resolved review decisions.
  void write_corrections(const StoryView& view, std::ostream& out) const {
    if (view.story.corrections.empty()) return;
    out << "<h3>Corrections needed</h3>\n<table class=\"sortable corrections\"><thead><tr><th>outlet</th><th>fact</th>"
           "<th>says</th><th>verified</th><th>where</th></tr></thead><tbody>\n";
    for (const Correction& c : view.story.corrections) {
      out << fmt::format("<tr><td>{}</td><td><a href=\"#finding-{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                         source_label(view, c.source), esc(c.finding), esc(fact_name(c.slot, c.key)), esc(c.stated),
                         esc(c.verified), link(c.evidence));
    }
    out << "</tbody></table>\n";
  }

  static void write_consensus(const StoryView& view, std::ostream& out) {
    if (view.story.consensus.empty()) return;
    out << "<h3>Consensus</h3>\n<table class=\"sortable consensus\"><thead><tr><th>fact</th><th>value</th>"
           "<th>confidence</th><th>support</th><th>decisive</th><th>majority</th></tr></thead><tbody>\n";
    for (const Consensus& c : view.story.consensus) {
      out << fmt::format("<tr><td>{}</td><td>{}</td><td>{:.3f}</td><td data-sort=\"{}\">{} of {}</td><td>{}</td><td>{}</td></tr>\n",
                         esc(fact_name(c.slot, c.key)), c.value.empty() ? "<span class=\"muted\">none</span>" : esc(c.value),
                         c.confidence, c.support, c.support, c.of, c.decisive ? "yes" : "no",
                         c.majority_value.empty() ? "<span class=\"muted\">tie</span>"
                                                  : esc(fmt::format("{} ({})", c.majority_value, c.majority_support)));
    }
    out << "</tbody></table>\n";
  }

  static void write_sources(const StoryView& view, std::ostream& out) {
    if (view.story.sources.empty()) return;
    out << "<h3>Sources</h3>\n<table class=\"sortable sources\"><thead><tr><th>source</th><th>outlet</th>"
           "<th>published</th><th>trust</th><th>statements</th><th>outlier in</th><th>copies</th></tr></thead><tbody>\n";
    for (const SourceTrust& s : view.story.sources) {
      const auto doc = view.documents.find(s.id);
      const DocumentRecord* d = doc == view.documents.end() ? nullptr : doc->second;
      std::string against;
      for (const std::string& id : s.against)
        against += fmt::format("{}<a href=\"#finding-{}\"><code>{}</code></a>", against.empty() ? "" : " ", esc(id), esc(id));
      out << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{:.3f}</td><td>{}</td><td data-sort=\"{}\">{}</td>"
                         "<td>{}</td></tr>\n",
                         esc(s.id), d ? esc(d->outlet) : "", d ? esc(d->published) : "", s.trust, s.votes,
                         s.against.size(), against, esc(fmt::format("{}{}", fmt::join(s.copies, ", "),
                                         s.copies_more > 0 ? fmt::format(" and {} more", s.copies_more) : "")));
    }
    out << "</tbody></table>\n";
  }

  // The sentence with the matched words in <mark>.
  static std::string highlighted(const Evidence& e) {
    const std::string_view sentence = e.sentence;
    const std::size_t at = std::min(e.span.begin >= e.sentence_begin ? e.span.begin - e.sentence_begin : 0, sentence.size());
    const std::size_t end = std::min(at + e.text.size(), sentence.size());
    return esc(sentence.substr(0, at)) + "<mark>" + esc(sentence.substr(at, end - at)) + "</mark>" +
           esc(sentence.substr(end));
  }

  std::string link_prefix_;
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter(const ReporterOptions& options) {
  return std::make_unique<HtmlReporter>(options);
}

void write_html_index_page(const Report& report, const std::vector<IndexEntry>& entries, std::ostream& out) {
  const Totals t = totals(report);
  page_start(out, "factlint: batch report");
  out << "<header>\n<h1>factlint batch report</h1>\n";
  out << fmt::format("<p class=\"summary\">{}, {} ({} skipped), {}: <strong>{}</strong>, {}, {}.</p>\n",
                     plural(t.stories, "story", "stories"), plural(t.documents, "document", "documents"), t.skipped,
                     plural(t.claims, "claim", "claims"), plural(t.errors, "error", "errors"),
                     plural(t.warnings, "warning", "warnings"), plural(t.infos, "note", "notes"));
  out << "<p class=\"muted\">Click a column to sort. Also here: <a href=\"report.json\">report.json</a>, "
         "<a href=\"report.md\">report.md</a>.</p>\n</header>\n";
  out << "<table class=\"sortable index\"><thead><tr><th>story</th><th>title</th><th>documents</th><th>skipped</th>"
         "<th>claims</th><th aria-sort=\"descending\">errors</th><th>warnings</th><th>notes</th><th>problems</th>"
         "</tr></thead><tbody>\n";
  for (const IndexEntry& entry : entries) {
    const StoryReport& s = *entry.story;
    std::size_t e = 0, w = 0, n = 0, skipped = 0;
    for (const Finding& f : s.findings) (f.severity == Severity::error ? e : f.severity == Severity::warning ? w : n)++;
    for (const DocumentRecord& d : s.documents) skipped += d.processed ? 0 : 1;
    std::string problems;
    for (const std::string& p : entry.problems) problems += "<div class=\"skipped\">" + esc(p) + "</div>";
    out << fmt::format("<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                       "<td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       esc(uri_path(entry.page)), esc(s.id), esc(s.title), s.documents.size(), skipped, s.claims.size(),
                       e, w, n, problems);
  }
  out << "</tbody></table>\n";
  page_end(out);
}

}  // namespace factlint::detail
