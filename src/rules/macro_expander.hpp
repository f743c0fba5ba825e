// detail: macros in rule patterns. "{PERSON}" in a pattern stands for the
// PERSON macro's pattern, wrapped in a non-capturing group; macros may use
// other macros. RE2's own braces ("{2,3}") never clash: a macro name is
// upper-case letters, digits and underscores, starting with a letter.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::detail {

// The longest a pattern may become once its macros are expanded: about a
// hundred times the longest of the default pack (11 KB), and far short of
// what would take the machine (a macro that doubles itself 40 levels deep
// would be a terabyte).
constexpr std::size_t kLongestExpansion = 1u << 20;

struct Expansion {
  enum class Problem { none, unknown_macro, cycle, too_long };
  std::string pattern;  // fully expanded; meaningful only when error is empty
  std::string error;    // "unknown macro {NAME}", "macro {A} uses itself (A -> B -> A)", "... more than 1 MB ..."
  Problem problem = Problem::none;
  std::vector<std::string> cycle;  // for a cycle: the macros on it, in order, the first repeated at the end
};

// `pattern` with its macros expanded; on a problem, `error` says what it is
// and expansion stops (a cycle, or past kLongestExpansion bytes).
Expansion expand_macros(std::string_view pattern, const std::map<std::string, std::string>& macros);

// The macros `pattern` names directly ("{A}{B}" -> A, B), known or not.
std::vector<std::string> macros_named(std::string_view pattern);

// Whether `name` is a valid macro name.
bool is_macro_name(std::string_view name);

}  // namespace factlint::detail
