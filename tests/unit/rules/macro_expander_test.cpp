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

TEST_CASE("a cycle names its macros; an expansion past 1 MB stops there, however deep it would go") {
  using Problem = factlint::detail::Expansion::Problem;
  const auto cycle = expand_macros("x{C}", {{"A", "x{B}"}, {"B", "{A}"}, {"C", "{A}"}});
  CHECK(cycle.problem == Problem::cycle);
  CHECK(cycle.cycle == std::vector<std::string>{"A", "B", "A"});  // C only leads to it
  std::map<std::string, std::string> doubling{{"D0", "ab"}};
  for (int i = 1; i <= 40; ++i) doubling["D" + std::to_string(i)] = "{D" + std::to_string(i - 1) + "}{D" + std::to_string(i - 1) + "}";
  const auto huge = expand_macros("{D40}", doubling);
  CHECK(huge.problem == Problem::too_long);
  CHECK(huge.pattern.empty());
  CHECK(huge.error.rfind("the pattern is more than 1024 KB once its macros are expanded", 0) == 0);
  CHECK(expand_macros("{D10}", doubling).problem == Problem::none);  // 10 levels: 6 KB
  CHECK(factlint::detail::macros_named("a{B}\\{C} \\p{Lu}{D_2}{2,3}") == std::vector<std::string>{"B", "D_2"});
}
