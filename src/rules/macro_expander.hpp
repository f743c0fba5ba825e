// detail: macros in rule patterns. "{PERSON}" in a pattern stands for the
// PERSON macro's pattern, wrapped in a non-capturing group; macros may use
// other macros. RE2's own braces ("{2,3}") never clash: a macro name is
// upper-case letters, digits and underscores, starting with a letter.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace factlint::detail {

struct Expansion {
  std::string pattern;  // fully expanded; meaningful only when error is empty
  std::string error;    // "unknown macro {NAME}", "macro {A} uses itself (A -> B -> A)"
};

Expansion expand_macros(std::string_view pattern, const std::map<std::string, std::string>& macros);

// Whether `name` is a valid macro name.
bool is_macro_name(std::string_view name);

}  // namespace factlint::detail
