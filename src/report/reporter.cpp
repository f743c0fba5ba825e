// The one place an output format is chosen by name. Entry point:
// make_reporter().
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

}  // namespace factlint
