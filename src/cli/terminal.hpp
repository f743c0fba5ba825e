// The terminal: whether to colour output. Entry point: use_color().
#pragma once

#include <cstdio>
#include <string_view>

namespace factlint::cli {

// "always" -> true, "never" -> false, "auto" -> true only when `stream` is a
// terminal, NO_COLOR is unset and TERM is not "dumb" (https://no-color.org).
bool use_color(std::string_view mode, std::FILE* stream);

}  // namespace factlint::cli
