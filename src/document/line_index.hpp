// detail: the line index behind Document::position().
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlint::detail {

// The byte offset where each line starts, the first at `content_begin`. LF,
// CRLF and a lone CR each end a line.
std::vector<std::size_t> build_line_starts(std::string_view text, std::size_t content_begin);

}  // namespace factlint::detail
