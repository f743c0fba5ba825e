// Rule self-tests: every rule's examples must yield their value and its
// counter-examples nothing. Entry point: run_rule_tests().
#pragma once

#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/rules.hpp"

namespace factlint {

struct RuleTestSummary {
  int rules = 0;     // rules run
  int cases = 0;     // examples and counter-examples run
  std::vector<Diagnostic> failures;  // one per failed case, at the example's file:line, with expected and actual
};

RuleTestSummary run_rule_tests(const RuleSet& rules);

}  // namespace factlint
