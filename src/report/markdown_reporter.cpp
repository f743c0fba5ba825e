// The Markdown report, for pull-request comments and wikis: a summary line,
// then per story a table of findings and, for each finding, its sides with
// the quoted words in bold. Entry point: make_markdown_reporter().
//
// Article text is untrusted: every character Markdown or the HTML it allows
// could read as markup is escaped, so an article cannot inject a link, an
// image or a tag into a comment.
#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/json_model.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

// Text as Markdown reads it literally: control characters written out
// (visible(): "\x1b", "\n"), HTML's three special characters as entities,
// Markdown's punctuation behind a backslash.
std::string escaped(std::string_view raw) {
  const std::string text = visible(raw);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']': case '(': case ')':
      case '#': case '+': case '-': case '!': case '|': case '~': case ':':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

// Text for inside a code span, where backslashes are literal: control
// characters written out (visible()), and a backtick, which could end the
// span, as a quote mark.
std::string code(std::string_view text) {
  std::string out = visible(text);
  for (char& c : out)
    if (c == '`') c = '\'';
  return "`" + out + "`";
}

std::string_view label(Severity s) { return s == Severity::info ? "note" : to_string(s); }

std::string count(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The quoted sentence with the matched words in bold; cut to the sentence.
std::string quote(const Evidence& e) {
  const std::size_t begin = e.span.begin >= e.sentence_begin ? e.span.begin - e.sentence_begin : 0;
  const std::string_view sentence = e.sentence;
  const std::size_t at = std::min(begin, sentence.size());
  const std::size_t end = std::min(at + e.text.size(), sentence.size());
  return escaped(sentence.substr(0, at)) + "**" + escaped(sentence.substr(at, end - at)) + "**" +
         escaped(sentence.substr(end));
}

class MarkdownReporter final : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) const override {
    const Totals t = totals(report);
    out << "# factlint report\n\n";
    out << fmt::format("**{}: {} ({} skipped), {}: {}, {}, {}**\n", count(t.stories, "story", "stories"),
                       count(t.documents, "document", "documents"), t.skipped, count(t.claims, "claim", "claims"),
                       count(t.errors, "error", "errors"), count(t.warnings, "warning", "warnings"),
                       count(t.infos, "note", "notes"));
    for (const StoryReport& story : report.stories) write_story(story, out);
  }

 private:
  static void write_story(const StoryReport& story, std::ostream& out) {
    out << fmt::format("\n## {}{}\n\n", escaped(story.id), story.title.empty() ? "" : " — " + escaped(story.title));
    // Every document, read or skipped: nothing is lost.
    for (const DocumentRecord& d : story.documents) {
      if (d.processed) out << fmt::format("- read {}\n", code(d.path));
      else out << fmt::format("- skipped {}: {}\n", code(d.path), escaped(d.error));
      for (const Diagnostic& n : d.notes) {
        out << fmt::format("  - note {}: {}\n", code(fmt::format("{}:{}:{}", d.path, n.line, n.column)), escaped(n.message));
      }
    }
    if (const std::size_t n = unplaced_dates(story); n > 0) {
      out << fmt::format("- note: {} date claim{} no year to be placed in (no publication date, no story year), so "
                         "compared with nothing\n",
                         n, n == 1 ? " has" : "s have");
    }
    out << "\n";
    if (story.findings.empty()) {
      out << "No contradictions found.\n";
      return;
    }
    out << "| severity | kind | slot | values | id |\n|---|---|---|---|---|\n";
    for (const Finding& f : story.findings) {
      std::string values;
      for (const Side& side : f.sides) {
        const std::string v = fmt::format("{} ({})", escaped(side.value), side.sources.size());
        // Contradictions set sides against each other; a note only lists them.
        values += (values.empty() ? "" : f.severity == Severity::info ? ", " : " vs ") + (side.outlier ? "**" + v + "**" : v);
      }
      const std::string slot = f.key.empty() ? f.slot : f.slot + " " + f.key;
      out << fmt::format("| {} | {} | {} | {} | {} |\n", label(f.severity), f.kind, escaped(slot), values, code(f.id));
    }
    for (const Finding& f : story.findings) {
      out << fmt::format("\n### {}: {} ({})\n\n{}\n\n", label(f.severity), escaped(f.key.empty() ? f.slot : f.slot + " " + f.key), f.kind, escaped(f.message));
      if (!f.review.status.empty()) {
        out << fmt::format("Review: **{}**{}{}{}\n\n", escaped(f.review.status),
                           f.review.value.empty() ? "" : " — " + escaped(f.review.value),
                           f.review.by.empty() ? "" : " by " + escaped(f.review.by) + (f.review.at.empty() ? "" : " on " + escaped(f.review.at)),
                           f.review.note.empty() ? "" : ": " + escaped(f.review.note));
      }
      for (const Side& side : f.sides) {
        out << fmt::format("- **{}**: {}{}\n", escaped(side.value), count(side.sources.size(), "source", "sources"),
                           side.outlier ? ", outlier" : "");
        for (const Evidence& e : side.evidence) {
          out << fmt::format("  - {}: {}\n", code(fmt::format("{}:{}:{}", e.path, e.position.line, e.position.column)),
                             quote(e));
        }
      }
    }
    if (story.corrections.empty()) return;
    out << "\n### Corrections needed\n\n| outlet | fact | says | verified | where |\n|---|---|---|---|---|\n";
    for (const Correction& c : story.corrections) {
      out << fmt::format("| {} | {} | {} | {} | {} |\n", escaped(c.outlet.empty() ? c.source : c.outlet + " (" + c.source + ")"),
                         escaped(c.key.empty() ? c.slot : c.slot + " " + c.key), escaped(c.stated), escaped(c.verified),
                         code(fmt::format("{}:{}:{}", c.evidence.path, c.evidence.position.line, c.evidence.position.column)));
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_markdown_reporter(const ReporterOptions&) { return std::make_unique<MarkdownReporter>(); }

}  // namespace factlint::detail
