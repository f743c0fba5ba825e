// expand_macros(): names expand (recursively) into groups; RE2's own braces
// and escapes are left alone; unknown and self-using macros are errors.
#include <catch2/catch.hpp>

#include "rules/macro_expander.hpp"

using factlint::detail::expand_macros;

TEST_CASE("macros expand recursively into non-capturing groups") {
  const std::map<std::string, std::string> macros{{"WORD", "\\p{Lu}\\p{Ll}+"}, {"NAME", "{WORD} {WORD}"}};
  const auto e = expand_macros("CEO {NAME}", macros);
  CHECK(e.error.empty());
  CHECK(e.pattern == "CEO (?:(?:\\p{Lu}\\p{Ll}+) (?:\\p{Lu}\\p{Ll}+))");
}

TEST_CASE("RE2 braces and escapes are not macros") {
  const auto e = expand_macros("a{2,3} \\{NAME\\} \\p{L} \\x{2019}", {});
  CHECK(e.error.empty());
  CHECK(e.pattern == "a{2,3} \\{NAME\\} \\p{L} \\x{2019}");
}

TEST_CASE("unknown and self-using macros are errors") {
  CHECK(expand_macros("{MISSING}", {}).error == "unknown macro {MISSING}");
  const auto cycle = expand_macros("{A}", {{"A", "x{B}"}, {"B", "{A}"}});
  CHECK(cycle.error == "macro {A} uses itself (A -> B -> A)");
}
