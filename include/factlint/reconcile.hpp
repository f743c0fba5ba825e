// Reconciliation: from the claims of one story to findings. Entry point:
// reconcile().
#pragma once

#include <string_view>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/finding.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// Groups `claims` by slot and compares their typed values (values.hpp,
// compare()). For each single-valued slot of `rules`:
//   - values that conflict make a finding with a side per group of agreeing
//     claims: severity error when a conflicting pair of claims are both
//     strong, else warning; kind entity-mismatch (persons, categories),
//     date-mismatch or numeric-mismatch (quantities, money, durations);
//   - with no conflict, values only a tolerance apart (dates a day apart) make
//     a minor-difference warning.
// Values that cannot be placed (an unresolved date, a share of an unknown
// population, money in no known currency) take no part. Findings are sorted
// by slot, severity (worst first), then id.
std::vector<Finding> reconcile(std::string_view story_id, const std::vector<Claim>& claims, const RuleSet& rules);

// A finding's stable id: a hex hash of story, slot and the sorted canonical
// values; line numbers play no part, so edits elsewhere keep it.
std::string finding_id(std::string_view story_id, std::string_view slot, std::vector<std::string> canonical_values);

}  // namespace factlint
