// GitHub Actions workflow commands: one annotation per finding, shown on the
// article's line in a pull request. Entry point: make_github_reporter().
//
//   ::error file=corpus/acme/005.txt,line=3,col=1,title=resigned_ceo (entity-mismatch)::Sources name ...
//
// Errors are ::error, warnings ::warning, notes ::notice; a skipped document
// is an ::error, a read one a plain log line ("factlint: read PATH"). Values are escaped
// as the runner expects (%, CR, LF; and in properties also ':' and ','), so
// article text cannot end an annotation early or start a command of its own.
#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/primary_evidence.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

// Untrusted text in an annotation: control characters written out
// (visible()), so that only the line breaks factlint puts in remain.
std::string shown(std::string_view text) { return visible(text); }

std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string_view command(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "notice";
}

class GithubReporter final : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) const override {
    for (const StoryReport& story : report.stories) {
      // Every document: a plain log line when read (GitHub reads only lines
      // that start with "::" as commands), an error annotation when skipped.
      for (const DocumentRecord& d : story.documents) {
        if (d.processed) out << fmt::format("factlint: read {}\n", escape_data(shown(d.path)));
        else
          out << fmt::format("::error file={},title={}::{}\n", escape_property(shown(d.path)),
                             escape_property("factlint: document skipped"), escape_data(shown(d.error)));
      }
      for (const Finding& f : story.findings) {
        std::string message = shown(f.message);
        for (const Side& side : f.sides)
          for (const Evidence& e : side.evidence)
            message += fmt::format("\n{}:{}:{} ({}): \"{}\"", shown(e.path), e.position.line, e.position.column,
                                   shown(side.value), shown(e.text));
        message += fmt::format("\nfinding {}", f.id);
        const std::string title = fmt::format("{}{} ({})", f.slot, f.key.empty() ? "" : " " + shown(f.key), f.kind);
        const Evidence* at = primary_evidence(f);
        std::string where = at ? fmt::format("file={},line={},col={},", escape_property(shown(at->path)), at->position.line,
                                             at->position.column)
                               : "";
        out << fmt::format("::{} {}title={}::{}\n", command(f.severity), where, escape_property(title), escape_data(message));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(const ReporterOptions&) { return std::make_unique<GithubReporter>(); }

}  // namespace factlint::detail
