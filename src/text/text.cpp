// Text helpers shared by the stages. Entry points: fold(), split_words(),
// is_whole_word(), find_whole_words().
#include "text/text.hpp"

#include <algorithm>
#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace factlint::detail {

std::string fold(std::string_view text) {
  // ASCII, most of an English article: NFKD leaves it as it is, it has no
  // combining marks, and folding its case is lower-casing it.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) s = nfkd->normalize(s, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
  }
  kept.foldCase();
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || nbsp) {
      if (nbsp) ++i;
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

int32_t code_point_at(std::string_view text, std::size_t at, std::size_t* length) {
  *length = 1;
  if (at >= text.size()) return -1;
  // A window of at most 4 bytes keeps ICU's 32-bit indexes valid in any text.
  const auto* s = reinterpret_cast<const uint8_t*>(text.data() + at);
  const int32_t window = static_cast<int32_t>(text.size() - at < 4 ? text.size() - at : 4);
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, window, c);
  *length = static_cast<std::size_t>(i);
  return c;
}

int32_t code_point_before(std::string_view text, std::size_t at, std::size_t* start) {
  std::size_t i = std::min(at, text.size());
  if (i == 0) {
    *start = 0;
    return -1;
  }
  const std::size_t floor = i > 4 ? i - 4 : 0;
  do --i;
  while (i > floor && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
  *start = i;
  std::size_t length = 0;
  const int32_t c = code_point_at(text, i, &length);
  return i + length == std::min(at, text.size()) ? c : -1;
}

bool is_whole_word(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t unused = 0;
  const int32_t before = code_point_before(text, begin, &unused);
  const int32_t after = code_point_at(text, end, &unused);
  return !(before >= 0 && u_isalnum(before)) && !(after >= 0 && u_isalnum(after));
}

std::vector<std::size_t> find_whole_words(std::string_view text, std::string_view needle) {
  std::vector<std::size_t> found;
  if (needle.empty()) return found;
  for (std::size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1))
    if (is_whole_word(text, at, at + needle.size())) found.push_back(at);
  return found;
}

std::string file_name_safe(std::string_view text, std::size_t longest) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = 1;
    const int32_t c = code_point_at(text, at, &length);
    const bool keep = c == '-' || c == '_' || c == '.' || (c >= 0 && c < 0x80 ? std::isalnum(c) != 0 : c > 0 && u_isalnum(c));
    if (keep) {
      if (out.size() + length > longest) break;
      out.append(text.substr(at, length));
    } else if (!out.empty() && out.back() != '-') {
      if (out.size() + 1 > longest) break;
      out += '-';
    }
    at += length;
  }
  const std::size_t first = out.find_first_not_of(".-");
  return first == std::string::npos ? "" : out.substr(first);
}

namespace {

// What a code point becomes for matching: -1 removed, 0 kept, else the ASCII
// character it is folded to.
int folded_form(int32_t c) {
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return -1;
  if (u_charType(c) == U_SPACE_SEPARATOR) return ' ';
  if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
    const int32_t digit = u_charDigitValue(c);
    if (digit >= 0 && digit <= 9) return '0' + digit;
  }
  if (c >= 0xFF01 && c <= 0xFF5E) return static_cast<int>(c - 0xFEE0);  // fullwidth ASCII
  return 0;
}

}  // namespace

std::string fold_for_matching(std::string_view text, std::vector<std::uint32_t>* origin) {
  origin->clear();
  if (text.size() >= 0xFFFFFFFFu) return "";  // offsets are kept in 32 bits; such an article is read as it is
  // A first pass finds whether anything folds: most articles are left as they are.
  std::size_t first = text.size();
  for (std::size_t at = 0; at < text.size();) {
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      ++at;
      continue;
    }
    std::size_t length = 1;
    const int32_t c = code_point_at(text, at, &length);
    if (c >= 0 && folded_form(c) != 0) {
      first = at;
      break;
    }
    at += length;
  }
  if (first == text.size()) return "";
  std::string out(text.substr(0, first));
  origin->reserve(text.size() + 1);
  for (std::size_t i = 0; i < first; ++i) origin->push_back(static_cast<std::uint32_t>(i));
  for (std::size_t at = first; at < text.size();) {
    std::size_t length = 1;
    const int32_t c = static_cast<unsigned char>(text[at]) < 0x80 ? text[at] : code_point_at(text, at, &length);
    const int form = c >= 0x80 ? folded_form(c) : 0;
    if (form > 0) {
      out += static_cast<char>(form);
      origin->push_back(static_cast<std::uint32_t>(at));
    } else if (form == 0) {
      out.append(text.substr(at, length));
      for (std::size_t k = 0; k < length; ++k) origin->push_back(static_cast<std::uint32_t>(at));
    }
    at += length;
  }
  origin->push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace factlint::detail

namespace factlint::detail {

int column_of(std::string_view line, std::size_t offset) {
  offset = std::min(offset, line.size());
  int column = 1;
  for (std::size_t i = 0; i < offset; ++i) column += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  return column;
}

int display_width(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int width = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      ++width;
      continue;
    }
    const auto category = u_charType(c);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || c == 0x200B) continue;
    const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

}  // namespace factlint::detail
