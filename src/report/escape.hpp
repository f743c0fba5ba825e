// detail: text made safe for the formats that print it. Entry points:
// html_escape(), uri_path(), visible(). Tested by
// tests/unit/report/escape_test.cpp.
#pragma once

#include <string>
#include <string_view>

namespace factlint::detail {

// Text as HTML or XML character data and as a double- or single-quoted
// attribute value: & < > " ' become character references. What XML 1.0
// forbids (control characters but tab and line ends, U+FFFE, U+FFFF) and bytes
// that are not UTF-8 (a file name in Latin-1) become U+FFFD, so the document
// stays well formed whatever the names.
std::string html_escape(std::string_view text);

// Untrusted text (titles, file names, article text) for a terminal or a CI
// log, shown rather than acted on: control characters are written out as
// escapes ("\n", "\r", "\t", "\x1b", "\x7f"; C1 controls as "\u{9b}"), so
// are the characters that reorder or break what is shown (bidirectional
// controls U+200E, U+200F, U+202A-U+202E, U+2066-U+2069, and U+2028, U+2029),
// and bytes that are not UTF-8 ("\xe9"). A leading "::" becomes "\x3a:",
// because GitHub Actions reads a log line that starts with "::" (after spaces)
// as a workflow command. A backslash stays as it is.
//
//   visible("Acme\x1b[2J\n::error::x") == "Acme\\x1b[2J\\n::error::x"
std::string visible(std::string_view text);

// A file path as a relative URI reference: bytes outside RFC 3986's
// unreserved set and '/' are percent-encoded ("a b.txt" -> "a%20b.txt"), so a
// path cannot carry a scheme such as "javascript:" (':' is encoded).
std::string uri_path(std::string_view path);

}  // namespace factlint::detail
