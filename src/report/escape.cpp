// Text made safe for HTML, XML, URIs and terminals. Entry points:
// html_escape(), uri_path(), visible().
#include "report/escape.hpp"

#include <fmt/format.h>

#include "text/text.hpp"

namespace factlint::detail {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Characters that change how the text around them is shown: they reorder it
// (bidirectional controls, as in "Trojan Source") or break its line.
bool reorders_or_breaks(int32_t c) {
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 ||
         c == 0x2029;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t at = 0; at < text.size();) {
    const char c = text[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      std::size_t length = 1;
      const int32_t code = code_point_at(text, at, &length);
      if (code < 0 || code == 0xFFFE || code == 0xFFFF) out += kReplacement;
      else out.append(text.substr(at, length));
      at += length;
      continue;
    }
    ++at;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t': case '\n': case '\r': out += c; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += kReplacement;
        else out += c;
    }
  }
  return out;
}

std::string visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  if (text.substr(0, 2) == "::") {
    out += "\\x3a";
    text.remove_prefix(1);
  }
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      ++at;
      switch (byte) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (byte < 0x20 || byte == 0x7f) out += fmt::format("\\x{:02x}", byte);
          else out += static_cast<char>(byte);
      }
      continue;
    }
    std::size_t length = 1;
    const int32_t code = code_point_at(text, at, &length);
    if (code < 0) {
      out += fmt::format("\\x{:02x}", byte);
      at += 1;
      continue;
    }
    if ((code >= 0x80 && code <= 0x9F) || reorders_or_breaks(code)) out += fmt::format("\\u{{{:x}}}", code);
    else out.append(text.substr(at, length));
    at += length;
  }
  return out;
}

std::string uri_path(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

}  // namespace factlint::detail
