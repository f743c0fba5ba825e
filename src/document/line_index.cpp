// From byte offsets to what a person sees: line:column, and which sentence.
// Entry points: build_line_starts() (used by make_document()),
// Document::position(), Document::sentence_at().
#include <algorithm>

#include "document/line_index.hpp"
#include "factlint/model/document.hpp"

namespace factlint {
namespace detail {

std::vector<std::size_t> build_line_starts(std::string_view text, std::size_t content_begin) {
  std::vector<std::size_t> starts{content_begin};
  for (std::size_t i = content_begin; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one line end
      starts.push_back(i + 1);
    }
  }
  return starts;
}

}  // namespace detail

Position Document::position(std::size_t offset) const {
  if (line_starts.empty()) return {1, 1};
  offset = std::min(offset, text.size());
  // The last line starting at or before `offset`.
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts.begin());  // >= 1 unless offset < content_begin
  if (line == 0) return {1, 1};
  const std::size_t start = line_starts[line - 1];
  int column = 1;
  for (std::size_t i = start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count code points, not bytes
  return {static_cast<int>(line), column};
}

std::optional<std::size_t> Document::sentence_at(std::size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Span& s) { return o < s.begin; });
  if (it == sentences.begin()) return std::nullopt;
  --it;
  if (offset < it->end) return static_cast<std::size_t>(it - sentences.begin());
  return std::nullopt;
}

}  // namespace factlint
