// Rule self-tests: every rule's examples must yield their value and its
// counter-examples nothing about the subject, and every rule must have at
// least two examples and one counter-example. Entry point: run_rule_tests().
#pragma once

#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/model/report.hpp"
#include "factlint/rules.hpp"

namespace factlint {

struct RuleTestSummary {
  int rules = 0;     // rules run
  int cases = 0;     // examples and counter-examples run
  int failed_cases = 0;
  int incomplete_rules = 0;  // rules with fewer than two examples or no counter-example
  std::vector<Diagnostic> failures;  // one per failed case, at the example's file:line, with expected and
                                     // actual; one per rule with too few cases, at the rule
};

RuleTestSummary run_rule_tests(const RuleSet& rules);

// How many claims each rule of `rules` made in `report` (claims about other
// organisations count too: the rule fired), in the pack's rule order. Rules
// with 0 never fire on that corpus.
std::vector<std::pair<const Rule*, int>> rule_coverage(const RuleSet& rules, const Report& report);

}  // namespace factlint
