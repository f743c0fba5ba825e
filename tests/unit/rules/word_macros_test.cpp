// word_alternation(): lists become patterns that match their phrases as whole
// words, case-insensitively, with flexible spaces and apostrophes.
#include <catch2/catch.hpp>

#include <re2/re2.h>

#include "rules/word_macros.hpp"

using factlint::detail::word_alternation;

namespace {
bool finds(const std::string& pattern, const std::string& text, std::string* found = nullptr) {
  RE2 re("(" + pattern + ")");
  REQUIRE(re.ok());
  std::string match;
  const bool ok = RE2::PartialMatch(text, re, &match);
  if (found) *found = match;
  return ok;
}
}  // namespace

TEST_CASE("phrases match whole words, longest first, in any case") {
  const std::string p = word_alternation({"its", "the company", "the company's parent"});
  std::string found;
  CHECK(finds(p, "The Company's parent said", &found));
  CHECK(found == "The Company's parent");
  CHECK(finds(p, "said its  CEO"));
  CHECK_FALSE(finds(p, "bits and pieces"));  // "its" inside a word
}

TEST_CASE("spaces match any white space and apostrophes match both forms") {
  const std::string p = word_alternation({"driver's licence"});
  CHECK(finds(p, "their driver\u2019s licence"));
  CHECK(finds(p, "their driver's\nlicence"));
}

TEST_CASE("regex characters are literal, and phrases ending in punctuation still match") {
  CHECK(finds(word_alternation({"a.b"}), "x a.b y"));
  CHECK_FALSE(finds(word_alternation({"a.b"}), "x axb y"));
  CHECK(finds(word_alternation({"ex-"}), "the ex-CEO"));
  CHECK(finds(word_alternation({"(USIM) data"}), "identity module (USIM) data was"));
}

TEST_CASE("an empty list matches nothing") {
  CHECK_FALSE(finds(word_alternation({}), "anything at all"));
}
