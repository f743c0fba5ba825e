// Tests of src/text/text.cpp: the helpers that make names safe.
#include <catch2/catch.hpp>

#include "text/text.hpp"

using factlint::detail::file_name_safe;

TEST_CASE("file_name_safe: separators, dots, controls and spaces never reach a file name") {
  CHECK(file_name_safe("acme-2024") == "acme-2024");
  CHECK(file_name_safe("../../../escaped") == "escaped");
  CHECK(file_name_safe("..") == "");
  CHECK(file_name_safe(".hidden") == "hidden");
  CHECK(file_name_safe("a/b\\c") == "a-b-c");
  CHECK(file_name_safe("line\nbreak\x1b[2J") == "line-break-2J");
  CHECK(file_name_safe("two  words") == "two-words");
  CHECK(file_name_safe("v1.2_final") == "v1.2_final");
  // Letters of any script stay; ill-formed bytes and format characters do not.
  CHECK(file_name_safe("서울-2025") == "서울-2025");
  CHECK(file_name_safe("caf\xE9") == "caf-");
  CHECK(file_name_safe("a\xE2\x80\x8B" "b") == "a-b");  // a zero-width space
  // Cut on a character boundary.
  CHECK(file_name_safe("서울서울", 7) == "서울");
  CHECK(file_name_safe(std::string(200, 'x')).size() == 80);
}

TEST_CASE("fold_for_matching: what hides a word or a number from patterns is folded, and each byte knows its origin") {
  std::vector<std::uint32_t> origin;
  CHECK(factlint::detail::fold_for_matching("plain text, caf\xC3\xA9", &origin).empty());  // nothing to fold
  CHECK(origin.empty());
  // A zero-width space inside a number, a no-break space, fullwidth digits and letters, an RTL mark.
  const std::string text = "1\xE2\x80\x8B" "000\xC2\xA0people \xEF\xBC\x93 \xEF\xBC\xA1\xE2\x80\x8F" "x";
  const std::string folded = factlint::detail::fold_for_matching(text, &origin);
  CHECK(folded == "1000 people 3 Ax");
  REQUIRE(origin.size() == folded.size() + 1);
  CHECK(origin[0] == 0);
  CHECK(origin[1] == 4);   // "000" comes after the 3-byte zero-width space
  CHECK(origin[4] == 7);   // the no-break space
  CHECK(origin[12] == 16); // the fullwidth 3
  CHECK(origin[14] == 20); // the fullwidth A
  CHECK(origin[15] == 26); // "x", after the RTL mark
  CHECK(origin.back() == text.size());
  // Digits of other scripts are digits.
  CHECK(factlint::detail::fold_for_matching("\xD9\xA3\xD9\xA0", &origin) == "30");  // Arabic-Indic ٣٠
}
