// find_invalid_utf8(): every kind of ill-formed sequence is caught at its
// first byte; well-formed text of every length passes.
#include <catch2/catch.hpp>

#include "factlint/documents.hpp"

using factlint::find_invalid_utf8;

TEST_CASE("well-formed UTF-8 of 1 to 4 bytes passes") {
  CHECK_FALSE(find_invalid_utf8("plain ASCII").has_value());
  CHECK_FALSE(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80").has_value());  // é ’ 😀
  CHECK_FALSE(find_invalid_utf8("").has_value());
}

TEST_CASE("ill-formed sequences are reported at their first byte") {
  CHECK(find_invalid_utf8("ab\xFF").value() == 2);                 // never UTF-8
  CHECK(find_invalid_utf8("ab\xC0\xAF").value() == 2);             // overlong "/"
  CHECK(find_invalid_utf8("x\xE0\x80\xAF").value() == 1);          // overlong, 3 bytes
  CHECK(find_invalid_utf8("x\xED\xA0\x80y").value() == 1);         // a surrogate (U+D800)
  CHECK(find_invalid_utf8("abc\xE2\x82").value() == 3);            // truncated at the end
  CHECK(find_invalid_utf8("a\xE2\x82z").value() == 1);             // truncated in the middle
  CHECK(find_invalid_utf8("\x80").value() == 0);                   // a stray continuation byte
  CHECK(find_invalid_utf8("ok \xF4\x90\x80\x80").value() == 3);    // past U+10FFFF
}
