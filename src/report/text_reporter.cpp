// The text report, for people at a terminal: story by story, slot by slot,
// each finding like a compiler diagnostic, with every side's sources and the
// quoted words under a caret line. Entry point: make_text_reporter().
//
//   error[entity-mismatch]: resigned_ceo: sources disagree on ...: Jane Doe (3 sources) vs John Roe (1 source)
//     Jane Doe: 3 sources (01_planet, 02_sentinel, 03_herald)
//      --> corpus/acme-2025/01_planet.txt:2:3
//       |
//     2 | - Acme CEO Jane Doe resigned on Friday, two weeks after the hack…
//       |   ^^^^^^^^^^^^^^^^^^^^^^^^^^
//
// Every string that comes from the input (ids, titles, paths, article text,
// values) goes through visible(): a terminal or a CI log shows its control
// characters rather than acting on them.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/json_model.hpp"
#include "report/reporters.hpp"
#include "text/text.hpp"

namespace factlint::detail {
namespace {

// ANSI styles, all empty when colour is off.
struct Palette {
  std::string_view reset, bold, dim, red, yellow, blue, cyan, magenta, green;
  static Palette make(bool color) {
    if (!color) return {};
    return {"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;34m", "\x1b[36m", "\x1b[35m", "\x1b[32m"};
  }
  std::string_view severity(Severity s) const {
    switch (s) {
      case Severity::error: return red;
      case Severity::warning: return yellow;
      case Severity::info: return blue;
    }
    return reset;
  }
};

constexpr std::size_t kContextBytes = 60;  // context shown on each side of the quoted words

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// An excerpt of `sentence` around [begin, end): at most kContextBytes either
// side, cut at a space where one is near, with "…" where text was cut.
struct Excerpt {
  std::string before, match, after;
};

Excerpt excerpt(std::string_view sentence, std::size_t begin, std::size_t end) {
  begin = std::min(begin, sentence.size());
  end = std::clamp(end, begin, sentence.size());
  std::size_t from = begin > kContextBytes ? begin - kContextBytes : 0;
  std::size_t to = std::min(sentence.size(), end + kContextBytes);
  if (from > 0) {
    const std::size_t space = sentence.find(' ', from);
    from = space != std::string_view::npos && space < begin ? space + 1 : from;
    while (from < begin && is_continuation(sentence[from])) ++from;
  }
  if (to < sentence.size()) {
    const std::size_t space = sentence.rfind(' ', to);
    to = space != std::string_view::npos && space > end ? space : to;
    while (to > end && is_continuation(sentence[to])) --to;
  }
  Excerpt e;
  e.before = std::string(from > 0 ? "\u2026" : "") + visible(sentence.substr(from, begin - from));
  e.match = visible(sentence.substr(begin, end - begin));
  e.after = visible(sentence.substr(end, to - end)) + (to < sentence.size() ? "\u2026" : "");
  return e;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + visible(s);
  return out;
}

std::string count(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

class TextReporter final : public Reporter {
 public:
  explicit TextReporter(const ReporterOptions& options) : p_(Palette::make(options.color)) {}

  void write(const Report& report, std::ostream& out) const override {
    for (const StoryReport& story : report.stories) write_story(story, out);
    const Totals t = totals(report);
    auto tinted = [](std::string_view style, std::size_t n, std::string text) {
      return n > 0 && !style.empty() ? fmt::format("{}{}\x1b[0m", style, text) : text;
    };
    out << fmt::format("{}: {} ({}), {}: {}, {}, {}\n", count(t.stories, "story", "stories"),
                       count(t.documents, "document", "documents"),
                       tinted(p_.red, t.skipped, fmt::format("{} skipped", t.skipped)),
                       count(t.claims, "claim", "claims"), tinted(p_.red, t.errors, count(t.errors, "error", "errors")),
                       tinted(p_.yellow, t.warnings, count(t.warnings, "warning", "warnings")),
                       count(t.infos, "note", "notes"));
  }

 private:
  void write_story(const StoryReport& story, std::ostream& out) const {
    out << fmt::format("{}{}{}", p_.bold, visible(story.id), p_.reset);
    if (!story.title.empty()) out << " \u2014 " << visible(story.title);
    out << '\n';
    std::size_t processed = 0;
    for (const DocumentRecord& d : story.documents) processed += d.processed ? 1 : 0;
    std::size_t about_others = 0;
    for (const Claim& c : story.claims) about_others += c.about != story.subject ? 1 : 0;
    out << fmt::format("  subject: {}{}; {} read, {}{}\n", story.subject.empty() ? "(none found)" : visible(story.subject),
                       story.subject_inferred ? " (inferred: no story.yaml names it)" : "",
                       count(processed, "document", "documents"), count(story.claims.size(), "claim", "claims"),
                       about_others > 0 ? fmt::format(" ({} about other organisations)", about_others) : "");
    for (const DocumentRecord& d : story.documents) {
      if (!d.processed) out << fmt::format("  {}skipped{} {}: {}\n", p_.red, p_.reset, visible(d.path), visible(d.error));
      for (const Diagnostic& n : d.notes) {
        out << fmt::format("  {}note{} {}:{}:{}: {}\n", p_.blue, p_.reset, visible(d.path), n.line, n.column, visible(n.message));
      }
    }
    if (const std::size_t n = unplaced_dates(story); n > 0) {
      out << fmt::format("  {}note{} {} date claim{} {} no year to be placed in (no publication date, no story year), so "
                         "{} compared with nothing: give 'published' or 'year'\n",
                         p_.blue, p_.reset, n, n == 1 ? "" : "s", n == 1 ? "has" : "have", n == 1 ? "it is" : "they are");
    }
    if (story.findings.empty()) out << fmt::format("  {}no contradictions found{}\n", p_.green, p_.reset);
    for (const Finding& finding : story.findings) write_finding(finding, out);
    write_corrections(story, out);
    write_consensus(story, out);
    write_sources(story, out);
    out << '\n';
  }

  void write_finding(const Finding& f, std::ostream& out) const {
    // Notes (severity info) are labelled as compilers label them.
    const std::string_view label = f.severity == Severity::info ? "note" : to_string(f.severity);
    out << fmt::format("\n{}{}[{}]{}{}: {}: {}{}\n", p_.severity(f.severity), label, f.kind, p_.reset, p_.bold, f.slot,
                       visible(f.message), p_.reset);
    for (const Side& side : f.sides) {
      out << fmt::format("  {}{}{}: {} ({}){}{}\n", p_.bold, visible(side.value), p_.reset,
                         count(side.sources.size(), "source", "sources"), join(side.sources),
                         side.as_of.empty() ? "" : fmt::format(", as of {}", visible(side.as_of)),
                         side.outlier ? fmt::format(" {}outlier{}", p_.magenta, p_.reset) : "");
      if (f.severity == Severity::info) {
        // A note is context, not a problem: where each side is said, without the quotes.
        for (const Evidence& e : side.evidence) {
          out << fmt::format("     {}-->{} {}:{}:{}\n", p_.cyan, p_.reset, visible(e.path), e.position.line, e.position.column);
        }
        continue;
      }
      for (const Evidence& e : side.evidence) write_evidence(e, f.severity, gutter_width(f), out);
    }
    if (!f.review.status.empty()) out << fmt::format("  {}= review: {}{}\n", p_.dim, visible(review_line(f.review)), p_.reset);
    out << fmt::format("  {}= id: {}{}\n", p_.dim, f.id, p_.reset);
  }

  // "resolved: Jane Doe (by kim, 2026-11-23; was an error): checked the filing"
  static std::string review_line(const ReviewNote& r) {
    std::string line = r.status;
    if (!r.value.empty()) line += ": " + r.value;
    std::vector<std::string> about;
    if (!r.by.empty()) about.push_back("by " + r.by);
    if (!r.at.empty()) about.push_back(r.at);
    if (!r.severity_was.empty()) about.push_back("was " + std::string(r.severity_was == "error" ? "an " : "a ") + r.severity_was);
    if (!about.empty()) line += fmt::format(" ({})", fmt::join(about, ", "));
    if (!r.note.empty()) line += ": " + r.note;
    return line;
  }

  // What each outlet should correct, from resolved review decisions.
  void write_corrections(const StoryReport& story, std::ostream& out) const {
    if (story.corrections.empty()) return;
    out << fmt::format("\n{}corrections needed{} (values an editor verified):\n", p_.bold, p_.reset);
    std::string outlet = "\x01";
    for (const Correction& c : story.corrections) {
      const std::string name = c.outlet.empty() ? c.source : c.outlet + " (" + c.source + ")";
      if (name != outlet) out << fmt::format("  {}\n", visible(outlet = name));
      out << fmt::format("    {}{}: says \"{}\", verified \"{}\"  {}:{}:{}\n", c.slot, c.key.empty() ? "" : " " + visible(c.key),
                         visible(c.stated), visible(c.verified), visible(c.evidence.path), c.evidence.position.line,
                         c.evidence.position.column);
    }
  }

  // One line per fact; the facts every source agrees on, keyed by a field or
  // qualifier, share one line per slot.
  void write_consensus(const StoryReport& story, std::ostream& out) const {
    if (story.consensus.empty()) return;
    out << fmt::format("\n{}consensus{} (trust-weighted vote; the plain majority where it differs):\n", p_.bold, p_.reset);
    std::vector<std::pair<std::string, std::string>> rows;  // (fact, what the sources settle on)
    std::map<std::string, std::string> unanimous;           // slot -> "names exposed (5), ..."
    for (const Consensus& c : story.consensus) {
      if (c.value.empty()) continue;
      if (!c.key.empty() && c.support == c.of) {
        std::string& line = unanimous[c.slot];
        line += fmt::format("{}{} ({})", line.empty() ? "" : ", ", visible(c.value), c.support);
        continue;
      }
      std::string said = fmt::format("{}  {} of {}, confidence {:.2f}", visible(c.value), c.support, c.of, c.confidence);
      if (!c.decisive) said += ", not decisive";
      if (!c.majority_value.empty() && c.majority_value != c.value) {
        said += fmt::format("; majority: {} ({} of {})", visible(c.majority_value), c.majority_support, c.of);
      }
      rows.emplace_back(c.key.empty() ? c.slot : c.slot + " " + visible(c.key), std::move(said));
    }
    for (const auto& [slot, line] : unanimous) rows.emplace_back(slot + " (all agree)", line);
    std::sort(rows.begin(), rows.end());
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.first.size());
    // Long lines wrap at a comma, under their own column.
    constexpr std::size_t kWrapAt = 110;
    for (const auto& [fact, said] : rows) {
      std::string line = fmt::format("  {:<{}}  ", fact, width);
      const std::size_t indent = line.size();
      std::size_t from = 0;
      while (from < said.size()) {
        std::size_t to = said.size();
        if (indent + (to - from) > kWrapAt) {
          const std::size_t comma = said.rfind(", ", from + kWrapAt - indent);
          if (comma != std::string::npos && comma > from) to = comma + 1;
        }
        line += said.substr(from, to - from);
        from = to;
        while (from < said.size() && said[from] == ' ') ++from;
        out << line << '\n';
        line = std::string(indent, ' ');
      }
    }
  }

  void write_sources(const StoryReport& story, std::ostream& out) const {
    if (story.sources.empty()) return;
    out << fmt::format("\n{}sources{} (trust learned from agreement across facts):\n", p_.bold, p_.reset);
    std::size_t width = 0;
    for (const SourceTrust& s : story.sources) width = std::max(width, visible(s.id).size());
    for (const SourceTrust& s : story.sources) {
      std::string line = fmt::format("  {:<{}}  trust {:.2f}  {}", visible(s.id), width, s.trust, count(s.votes, "vote", "votes"));
      if (!s.against.empty()) {
        std::vector<std::string> where;  // the findings by what they are about, not by id
        for (const std::string& id : s.against) {
          for (const Finding& f : story.findings)
            if (f.id == id) where.push_back(f.key.empty() ? f.slot : f.slot + " " + f.key);  // join() escapes
        }
        // Findings hidden by --min-severity or a baseline are not named.
        if (!where.empty()) line += fmt::format("; outlier on {}", join(where));
      }
      if (!s.copies.empty()) {
        line += fmt::format("; copies {}{} (their agreement counts once)", join(s.copies),
                            s.copies_more > 0 ? fmt::format(" and {} more", s.copies_more) : "");
      }
      out << line << '\n';
    }
  }

  // Wide enough for the longest line number of the finding, so that every
  // quote of one finding lines up.
  static std::size_t gutter_width(const Finding& f) {
    std::size_t width = 1;
    for (const Side& side : f.sides)
      for (const Evidence& e : side.evidence) width = std::max(width, std::to_string(e.position.line).size());
    return width;
  }

  void write_evidence(const Evidence& e, Severity severity, std::size_t width, std::ostream& out) const {
    const std::string line = fmt::format("{:>{}}", e.position.line, width);
    const std::string gutter(width, ' ');
    const std::size_t begin = e.span.begin >= e.sentence_begin ? e.span.begin - e.sentence_begin : 0;
    const Excerpt x = excerpt(e.sentence, begin, begin + e.text.size());
    out << fmt::format("   {}{}-->{} {}:{}:{}\n", gutter, p_.cyan, p_.reset, visible(e.path), e.position.line, e.position.column);
    out << fmt::format("   {}{} |{}\n", gutter, p_.cyan, p_.reset);
    out << fmt::format("   {}{} |{} {}{}{}{}{}\n", p_.cyan, line, p_.reset, x.before, p_.bold, x.match, p_.reset, x.after);
    out << fmt::format("   {}{} |{} {}{}{}{}\n", gutter, p_.cyan, p_.reset, std::string(static_cast<std::size_t>(display_width(x.before)), ' '),
                       p_.severity(severity), std::string(static_cast<std::size_t>(std::max(1, display_width(x.match))), '^'), p_.reset);
  }

  Palette p_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(const ReporterOptions& options) {
  return std::make_unique<TextReporter>(options);
}

}  // namespace factlint::detail
