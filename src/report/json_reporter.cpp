// The JSON report: the whole Report as one JSON document (docs/output.md).
// Entry point: make_json_reporter().
#include "report/json_model.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

class JsonReporter final : public Reporter {
 public:
  // Story by story, so that the JSON tree of the whole corpus is never held
  // at once; the bytes are those of dumping report_json() with an indent of 2.
  void write(const Report& report, std::ostream& out) const override {
    auto dump = [](const Json& json) { return json.dump(2, ' ', false, Json::error_handler_t::replace); };
    const Json head{{"factlint", report.version}, {"summary", report_json_summary(report)}, {"stories", Json::array()}};
    std::string text = dump(head);  // ends with "\"stories\": []\n}"
    if (report.stories.empty()) {
      out << text << '\n';
      return;
    }
    text.resize(text.rfind("[]"));
    out << text << "[\n";
    for (std::size_t i = 0; i < report.stories.size(); ++i) {
      // A story is an element of "stories", two levels down: four spaces more
      // on each line (JSON strings hold no raw newline).
      const std::string story = dump(story_json(report.stories[i]));
      out << "    ";
      for (char c : story) {
        out << c;
        if (c == '\n') out << "    ";
      }
      out << (i + 1 < report.stories.size() ? ",\n" : "\n");
    }
    out << "  ]\n}\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions&) { return std::make_unique<JsonReporter>(); }

}  // namespace factlint::detail
