// The one place an output format is chosen by name, and the JSON Lines form
// of claims. Entry points: make_reporter(), write_claim_lines().
#include <array>

#include "factlint/reporter.hpp"
#include "report/json_model.hpp"
#include "report/reporters.hpp"

namespace factlint {
namespace {

struct Format {
  std::string_view name;
  std::unique_ptr<Reporter> (*make)(const ReporterOptions&);
};

constexpr std::array<Format, 7> kFormats{{
    {"github", detail::make_github_reporter},
    {"html", detail::make_html_reporter},
    {"json", detail::make_json_reporter},
    {"junit", detail::make_junit_reporter},
    {"markdown", detail::make_markdown_reporter},
    {"sarif", detail::make_sarif_reporter},
    {"text", detail::make_text_reporter},
}};

}  // namespace

std::unique_ptr<Reporter> make_reporter(std::string_view format, const ReporterOptions& options) {
  for (const Format& f : kFormats)
    if (f.name == format) return f.make(options);
  return nullptr;
}

std::vector<std::string> reporter_formats() {
  std::vector<std::string> names;
  for (const Format& f : kFormats) names.emplace_back(f.name);
  return names;
}

void write_html_index(const Report& report, const std::vector<IndexEntry>& entries, std::ostream& out) {
  detail::write_html_index_page(report, entries, out);
}

void write_claim_lines(const StoryReport& story, std::ostream& out) {
  auto emit = [&](const detail::Json& line) {
    out << line.dump(-1, ' ', false, detail::Json::error_handler_t::replace) << '\n';
  };
  for (const DocumentRecord& doc : story.documents) {
    detail::Json line{{"record", "document"}, {"story", story.id}, {"id", doc.id}, {"path", doc.path},
                      {"status", doc.processed ? "processed" : "skipped"}};
    if (!doc.processed) line["error"] = doc.error;
    emit(line);
  }
  for (const Claim& claim : story.claims) {
    detail::Json line{{"record", "claim"}, {"story", story.id}, {"subject", story.subject}};
    line.update(detail::claim_json(claim));
    emit(line);
  }
}

void write_claim_lines(const Report& report, std::ostream& out) {
  for (const StoryReport& story : report.stories) write_claim_lines(story, out);
}

}  // namespace factlint
