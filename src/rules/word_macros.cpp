// Macros made from word lists. Entry point: word_alternation().
#include "rules/word_macros.hpp"

#include <algorithm>

#include <re2/re2.h>

namespace factlint::detail {
namespace {

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

std::string phrase_pattern(const std::string& phrase) {
  std::string out;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if (c == ' ') {
      while (i + 1 < phrase.size() && phrase[i + 1] == ' ') ++i;
      out += "\\s+";
    } else if (c == '\'' || phrase.compare(i, 3, "\u2019") == 0) {
      out += "['\u2019]";
      if (c != '\'') i += 2;
    } else {
      out += RE2::QuoteMeta(std::string(1, c));
    }
  }
  // \b only where the phrase starts or ends with a word character: "ex-" ends with '-'.
  const bool word_start = !phrase.empty() && is_word_byte(phrase.front());
  const bool word_end = !phrase.empty() && is_word_byte(phrase.back());
  return (word_start ? "\\b" : "") + out + (word_end ? "\\b" : "");
}

}  // namespace

std::string word_alternation(std::vector<std::string> phrases) {
  phrases.erase(std::remove(phrases.begin(), phrases.end(), std::string()), phrases.end());
  if (phrases.empty()) return "[^\\x00-\\x{10FFFF}]";  // matches nothing
  std::sort(phrases.begin(), phrases.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
  std::string out = "(?i:";
  for (std::size_t i = 0; i < phrases.size(); ++i) out += (i ? "|" : "") + phrase_pattern(phrases[i]);
  return out + ")";
}

}  // namespace factlint::detail
