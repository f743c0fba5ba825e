// detail: small text helpers shared by the stages: case and accent folding,
// splitting into words, and whole-word search, all UTF-8 aware (ICU).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::detail {

// Case- and accent-folded (NFKD, combining marks removed, case-folded):
// "Café" -> "cafe". Everything else is kept.
std::string fold(std::string_view text);

// Words separated by white space (ASCII white space and U+00A0).
std::vector<std::string> split_words(std::string_view text);

// Whether the code points on both sides of text[begin, end) are not letters
// or digits, so that the range is a whole word (or words).
bool is_whole_word(std::string_view text, std::size_t begin, std::size_t end);

// Offsets of whole-word occurrences of `needle` in `text`.
std::vector<std::size_t> find_whole_words(std::string_view text, std::string_view needle);

// The code point starting at byte `at`, and its length in bytes (at least 1);
// a negative value for an ill-formed sequence or `at` past the end.
int32_t code_point_at(std::string_view text, std::size_t at, std::size_t* length);

// The code point ending just before byte `at`, and where it starts; a
// negative value at the start of `text`.
int32_t code_point_before(std::string_view text, std::size_t at, std::size_t* start);

// `text` as patterns should see it: characters that hide a word or a number
// from them are folded. Removed: default-ignorable code points (zero-width
// space, joiners, soft hyphens, byte-order marks, bidirectional marks and
// overrides, variation selectors). Made a plain space: every other space
// separator (no-break, thin, ideographic). Made ASCII: decimal digits of any
// script (fullwidth, Arabic-Indic, Devanagari) and fullwidth forms of ASCII
// letters and punctuation. Everything else is kept, byte for byte.
// `origin[i]` is the offset in `text` of the character folded byte i comes
// from; origin has one more entry, text.size(). Returns "" (and leaves
// `origin` empty) when nothing needs folding, which is the common case.
//
//   fold_for_matching("1​000 Ｆｏｏ", &origin) == "1000 Foo"
std::string fold_for_matching(std::string_view text, std::vector<std::uint32_t>* origin);

// The largest offset <= `at` (and <= text.size()) that does not fall inside a
// UTF-8 sequence: where `text` may be cut.
inline std::size_t utf8_floor(std::string_view text, std::size_t at) {
  at = at < text.size() ? at : text.size();
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// `text` with ASCII letters lower-cased.
std::string ascii_lower(std::string_view text);

// 64-bit FNV-1a of `data`, continuing from `hash`: small, and stable across
// machines, runs and releases (which std::hash is not required to be), so it
// may name things in outputs.
constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ull;
inline std::uint64_t fnv1a(std::string_view data, std::uint64_t hash = kFnvOffset) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

// `text` made safe as one file name on any system: letters and digits (of any
// script), '-', '_' and '.' are kept, every other run of characters (path
// separators, spaces, control and format characters, ill-formed bytes) becomes
// one '-'; leading dots and dashes are dropped (no "..", no hidden file), and
// it is cut to at most `longest` bytes on a character boundary. "" when
// nothing is left. "../../x y" -> "x-y".
std::string file_name_safe(std::string_view text, std::size_t longest = 80);

// The 1-based column, in code points as editors count them, of byte `offset`
// of one line of UTF-8 (an offset past the end counts to the end).
int column_of(std::string_view line, std::size_t offset);

}  // namespace factlint::detail

namespace factlint::detail {

// How many terminal columns `text` takes: East Asian wide and full-width
// characters take two, combining marks none, everything else one.
int display_width(std::string_view text);

}  // namespace factlint::detail
