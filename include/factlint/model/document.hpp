// Document: one article, its bytes exactly as read, and the indexes that map
// byte offsets back to what a person sees (line:column) and to sentences.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

// A half-open byte range [begin, end) in a Document's text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A place in a file as editors count it: 1-based line, 1-based column in
// characters (Unicode code points), so "é" is one column and a tab is one.
struct Position {
  int line = 0;
  int column = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

// A calendar day, as written in story.yaml (YYYY-MM-DD).
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// What story.yaml says about one article; every field is optional.
struct ArticleMeta {
  std::string outlet;
  std::optional<CivilDate> published;
  std::string language;
};

struct Document {
  std::string id;    // the file stem: "001_daily_planet"
  std::string path;  // the path as the user reaches it: "corpus/acme-2025/001_daily_planet.txt"
  std::string text;  // the file's bytes, unchanged: offsets into it are offsets into the file
  std::size_t content_begin = 0;          // 3 when the file starts with a UTF-8 byte-order mark, else 0
  std::vector<std::size_t> line_starts;   // byte offset of each line's first byte; LF, CRLF and lone CR end a line
  std::vector<Span> sentences;            // ICU sentence boundaries, trimmed of surrounding white space
  ArticleMeta meta;

  // Where byte `offset` is, as line:column. Offsets past the end map to the
  // end of the last line.
  Position position(std::size_t offset) const;

  std::string_view slice(Span span) const { return std::string_view(text).substr(span.begin, span.size()); }

  // The index of the sentence holding byte `offset`, or nullopt when it falls
  // between sentences (white space, an empty line).
  std::optional<std::size_t> sentence_at(std::size_t offset) const;
};

}  // namespace factlint
