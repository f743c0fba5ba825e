// detail: one constructor per format, for the factory in reporter.cpp.
#pragma once

#include <memory>

#include "factlint/reporter.hpp"

namespace factlint::detail {

std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_text_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_markdown_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_sarif_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_junit_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_github_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_html_reporter(const ReporterOptions& options);
void write_html_index_page(const Report& report, const std::vector<IndexEntry>& entries, std::ostream& out);

}  // namespace factlint::detail
