// Reconciliation: from the claims of one story to findings. Entry point:
// reconcile().
#pragma once

#include <string_view>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/finding.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// Groups `claims` by slot and compares their values. For a single-valued slot
// whose claims name more than one value (compared by type: for persons,
// same_person()), returns one finding with a side per value:
//   - severity error when at least two sides are each backed by a strong claim;
//   - severity warning otherwise (a weak rule's guess is not worth an error).
// Findings are sorted by slot, severity (worst first), then id. Claims of
// slots not in `slots` are ignored.
std::vector<Finding> reconcile(std::string_view story_id, const std::vector<Claim>& claims,
                               const std::vector<Slot>& slots);

// A finding's stable id: a hex hash of story, slot and the sorted canonical
// values; line numbers play no part, so edits elsewhere keep it.
std::string finding_id(std::string_view story_id, std::string_view slot, std::vector<std::string> canonical_values);

}  // namespace factlint
