// detail: text made safe for the markup formats that share it. Entry points:
// html_escape(), uri_path().
#pragma once

#include <string>
#include <string_view>

namespace factlint::detail {

// Text as HTML or XML character data and as a double- or single-quoted
// attribute value: & < > " ' become character references. Control characters
// XML forbids become U+FFFD.
std::string html_escape(std::string_view text);

// A file path as a relative URI reference: bytes outside RFC 3986's
// unreserved set and '/' are percent-encoded ("a b.txt" -> "a%20b.txt"), so a
// path cannot carry a scheme such as "javascript:" (':' is encoded).
std::string uri_path(std::string_view path);

}  // namespace factlint::detail
