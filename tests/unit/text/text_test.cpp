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
