// detail: one constructor per format, for the factory in reporter.cpp.
#pragma once

#include <memory>

#include "factlint/reporter.hpp"

namespace factlint::detail {

std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_text_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_markdown_reporter(const ReporterOptions& options);

}  // namespace factlint::detail
