// The JSON report: the whole Report as one JSON document (docs/output.md).
// Entry point: make_json_reporter().
#include <algorithm>

#include "report/json_model.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

std::string dump(const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace); }

// `text` (a dump, lines relative to its own start) with every line after the
// first indented by `pad`.
void write_indented(std::string_view text, std::string_view pad, std::ostream& out) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t newline = text.find('\n', at);
    if (newline == std::string_view::npos) {
      out << text.substr(at);
      break;
    }
    out << text.substr(at, newline + 1 - at) << pad;
    at = newline + 1;
  }
}

// A story, as dumping story_json() at nesting `depth` would write it (its
// first line not indented), with each list's elements made and written one
// at a time: a story of 250,000 claims never holds its JSON tree at once.
void write_story(const StoryReport& s, std::size_t depth, std::ostream& out) {
  const std::string pad(2 * depth, ' ');
  const Json head = story_json_head(s);
  out << "{\n";
  for (const auto& [key, value] : head.items()) out << pad << "  " << dump(Json(key)) << ": " << dump(value) << ",\n";
  const std::string element_pad = pad + "    ";
  auto list = [&](std::string_view name, std::size_t size, auto&& element, bool last) {
    out << pad << "  \"" << name << "\": ";
    if (size == 0) {
      out << "[]";
    } else {
      out << "[\n";
      for (std::size_t i = 0; i < size; ++i) {
        out << element_pad;
        write_indented(dump(element(i)), element_pad, out);
        out << (i + 1 < size ? ",\n" : "\n");
      }
      out << pad << "  ]";
    }
    out << (last ? "\n" : ",\n");
  };
  list("documents", s.documents.size(), [&](std::size_t i) { return document_json(s.documents[i]); }, false);
  list("claims", s.claims.size(), [&](std::size_t i) { return claim_json(s.claims[i]); }, false);
  list("findings", s.findings.size(), [&](std::size_t i) { return finding_json(s.findings[i]); }, false);
  list("consensus", s.consensus.size(), [&](std::size_t i) { return consensus_json(s.consensus[i]); }, false);
  list("sources", s.sources.size(), [&](std::size_t i) { return source_json(s.sources[i]); }, false);
  list("corrections", s.corrections.size(), [&](std::size_t i) { return correction_json(s.corrections[i]); }, true);
  out << pad << "}";
}

class JsonReporter final : public Reporter {
 public:
  // Story by story, and within a story element by element, so that the JSON
  // tree of the corpus, or of one big story, is never held at once; the
  // bytes are those of dumping report_json() with an indent of 2.
  void write(const Report& report, std::ostream& out) const override {
    const Json head{{"factlint_report", kReportVersion},
                    {"factlint", report.version},
                    {"summary", report_json_summary(report)},
                    {"stories", Json::array()}};
    std::string text = dump(head);  // ends with "\"stories\": []\n}"
    if (report.stories.empty()) {
      out << text << '\n';
      return;
    }
    text.resize(text.rfind("[]"));
    out << text << "[\n";
    for (std::size_t i = 0; i < report.stories.size(); ++i) {
      out << "    ";
      write_story(report.stories[i], 2, out);
      out << (i + 1 < report.stories.size() ? ",\n" : "\n");
    }
    out << "  ]\n}\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions&) { return std::make_unique<JsonReporter>(); }

}  // namespace factlint::detail
