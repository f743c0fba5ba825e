// detail: macros made from word lists ({SUBJECT_REFERENCE}, {HEDGE},
// {DATA_FIELD}, ...), so that a list written once in the pack is both data
// for the C++ and a piece of pattern.
#pragma once

#include <string>
#include <vector>

namespace factlint::detail {

// A case-insensitive RE2 alternation of `phrases`, longest first, each
// between word boundaries: spaces match any white space, an apostrophe
// matches ' and ’, other characters are literal. An empty list gives a
// pattern that matches nothing.
//   word_alternation({"its", "the company"})  // (?i:\b(?:the\s+company|its)\b)
std::string word_alternation(std::vector<std::string> phrases);

}  // namespace factlint::detail
