// From a file's bytes to a Document. Entry point: make_document().
#include <fmt/format.h>

#include "document/line_index.hpp"
#include "document/sentence_splitter.hpp"
#include "factlint/documents.hpp"

namespace factlint {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

Result<Document> make_document(std::string id, std::string path, std::string bytes, ArticleMeta meta) {
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    return Diagnostic{path, 1, 1, "the file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8",
                      fmt::format("convert it: iconv -f UTF-16 -t UTF-8 '{}' > converted.txt", path)};
  }
  Document doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.text = std::move(bytes);
  doc.meta = std::move(meta);
  doc.content_begin = starts_with(doc.text, "\xEF\xBB\xBF") ? 3 : 0;
  doc.line_starts = detail::build_line_starts(doc.text, doc.content_begin);
  // A NUL byte is valid UTF-8 but never in an article: the file is binary
  // (or text in some other encoding), as grep and ripgrep judge it too.
  if (const std::size_t nul = doc.text.find('\0'); nul != std::string::npos) {
    const Position at = doc.position(nul);
    return Diagnostic{doc.path, at.line, at.column,
                      fmt::format("a NUL byte at byte offset {}: the file is binary, not a text article", nul),
                      "give factlint plain-text articles (UTF-8 .txt files); convert the document to text first"};
  }
  if (auto bad = find_invalid_utf8(doc.text)) {
    const Position at = doc.position(*bad);
    return Diagnostic{doc.path, at.line, at.column,
                      fmt::format("invalid UTF-8: byte 0x{:02X} at byte offset {} does not start a valid sequence",
                                  static_cast<unsigned char>(doc.text[*bad]), *bad),
                      "save the article as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts most legacy files)"};
  }
  doc.sentences = detail::split_sentences(doc.text, doc.content_begin);
  return doc;
}

}  // namespace factlint
