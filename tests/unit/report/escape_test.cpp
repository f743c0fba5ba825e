// Tests of src/report/escape.cpp: text made safe for HTML and XML, and for
// terminals and CI logs.
#include <catch2/catch.hpp>

#include "report/escape.hpp"

using factlint::detail::html_escape;
using factlint::detail::visible;

TEST_CASE("visible: control characters, bidirectional controls and bad bytes are written out") {
  CHECK(visible("plain text, caf\xC3\xA9") == "plain text, caf\xC3\xA9");
  CHECK(visible("a\nb\rc\td") == "a\\nb\\rc\\td");
  CHECK(visible("\x1b[2Jclear") == "\\x1b[2Jclear");
  CHECK(visible(std::string("nul\0byte", 8)) == "nul\\x00byte");
  CHECK(visible("del\x7f") == "del\\x7f");
  CHECK(visible("c1 \xC2\x9B" "31m") == "c1 \\u{9b}31m");                 // U+009B, an 8-bit CSI
  CHECK(visible("abc\xE2\x80\xAE" "fed") == "abc\\u{202e}fed");           // RIGHT-TO-LEFT OVERRIDE
  CHECK(visible("x\xE2\x81\xA6y\xE2\x80\x8F") == "x\\u{2066}y\\u{200f}");  // an isolate, an RTL mark
  CHECK(visible("line\xE2\x80\xA8sep") == "line\\u{2028}sep");
  CHECK(visible("caf\xE9") == "caf\\xe9");  // Latin-1, not UTF-8
  CHECK(visible("a\\b") == "a\\b");         // a backslash is left alone
}

TEST_CASE("visible: a leading \"::\" cannot start a GitHub workflow command") {
  CHECK(visible("::error file=a::x") == "\\x3a:error file=a::x");
  CHECK(visible("a::b") == "a::b");
  CHECK(visible("title\n::error::x") == "title\\n::error::x");  // one line: nothing starts with "::"
}

TEST_CASE("html_escape: markup, XML's forbidden characters and bad bytes") {
  CHECK(html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(html_escape("tab\tline\n") == "tab\tline\n");
  CHECK(html_escape("esc\x1b") == "esc\xEF\xBF\xBD");
  CHECK(html_escape("caf\xE9") == "caf\xEF\xBF\xBD");
  CHECK(html_escape("non\xEF\xBF\xBE" "char\xEF\xBF\xBF") == "non\xEF\xBF\xBD" "char\xEF\xBF\xBD");
  CHECK(html_escape("\xEC\x84\x9C\xEC\x9A\xB8") == "\xEC\x84\x9C\xEC\x9A\xB8");
}
