// Turning an article's bytes into a Document: UTF-8 validation, the line
// index and ICU sentence boundaries. Entry point: make_document().
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "factlint/model/diagnostic.hpp"
#include "factlint/model/document.hpp"

namespace factlint {

// The longest sentence extraction sees, in bytes; see make_document().
inline constexpr std::size_t kLongestSentence = 4096;

// The first ill-formed UTF-8 sequence in `bytes` (an overlong form, a
// surrogate, a truncated sequence, a stray continuation byte, a byte that is
// never UTF-8), as a byte offset; nullopt when all of `bytes` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// Builds a Document from a file's bytes, which are kept unchanged: every
// offset the pipeline reports is an offset into the file. A leading UTF-8
// byte-order mark is skipped (content_begin = 3); CRLF, LF and lone CR all end
// a line.
//
// Fails, with a Diagnostic naming `path`, line:column and byte offset, when
// the bytes are not UTF-8 (including UTF-16 files, recognised by their BOM),
// or hold a NUL byte (a binary file). A "sentence" longer than
// kLongestSentence bytes (a page with no full stops) is cut at spaces, so
// that no pattern ever runs over more than that.
//
//   Result<Document> doc = make_document("a", "story/a.txt", "CEO Jane Doe resigned.\n");
//   doc->position(4);   // {1, 5}
//   doc->sentences;     // one Span: [0, 22)
Result<Document> make_document(std::string id, std::string path, std::string bytes, ArticleMeta meta = {});

}  // namespace factlint
