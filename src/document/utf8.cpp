// UTF-8 validation with ICU's strict decoder. Entry point: find_invalid_utf8().
//
// ICU's U8_NEXT (ICU >= 60, behind detail::code_point_at) rejects exactly what
// Unicode calls ill-formed: overlong forms, surrogates, code points past
// U+10FFFF, truncated sequences and stray continuation bytes, so no
// hand-written table is needed.
#include "factlint/documents.hpp"
#include "text/text.hpp"

namespace factlint {

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {  // ASCII fast path
      ++i;
      continue;
    }
    std::size_t length = 0;
    if (detail::code_point_at(bytes, i, &length) < 0) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace factlint
