// Writing an output file so that it is never seen half-written. Entry point:
// write_file_atomically().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "factlint/model/diagnostic.hpp"

namespace factlint::cli {

// Writes `content` to a temporary file next to `path`, flushes it to disk,
// then renames it over `path`. On failure returns why, and leaves `path` as it
// was (and no temporary file behind).
std::optional<Diagnostic> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace factlint::cli
