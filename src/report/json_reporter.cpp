// The JSON report: the whole Report as one JSON document (docs/output.md).
// Entry point: make_json_reporter().
#include <algorithm>

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
      std::string indented = "    ";
      indented.reserve(story.size() + story.size() / 8);
      for (std::size_t at = 0; at < story.size();) {
        const std::size_t newline = std::min(story.find('\n', at), story.size() - 1);
        indented.append(story, at, newline + 1 - at);
        if (story[newline] == '\n') indented += "    ";
        at = newline + 1;
      }
      indented += i + 1 < report.stories.size() ? ",\n" : "\n";
      out << indented;
    }
    out << "  ]\n}\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions&) { return std::make_unique<JsonReporter>(); }

}  // namespace factlint::detail
