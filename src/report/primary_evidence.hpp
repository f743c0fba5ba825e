// detail: where a finding points first, for formats that have one place per
// finding (SARIF's primary location, a GitHub annotation). Entry point:
// primary_evidence().
#pragma once

#include "factlint/model/finding.hpp"

namespace factlint::detail {

// The evidence an editor should open first: the first outlier side's first
// quote; without an outlier (no decisive consensus), the last side's, which
// has the least support; nullptr when the finding quotes nothing.
const Evidence* primary_evidence(const Finding& finding);

// The finding's sides in one line: "Jane Doe (4 sources) vs John Roe (1 source, outlier)".
std::string sides_summary(const Finding& finding);

}  // namespace factlint::detail
