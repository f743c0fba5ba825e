// Where a finding points first. Entry point: primary_evidence().
#include "report/primary_evidence.hpp"

#include <fmt/format.h>

namespace factlint::detail {

const Evidence* primary_evidence(const Finding& finding) {
  for (const Side& side : finding.sides)
    if (side.outlier && !side.evidence.empty()) return &side.evidence.front();
  for (auto side = finding.sides.rbegin(); side != finding.sides.rend(); ++side)
    if (!side->evidence.empty()) return &side->evidence.front();
  return nullptr;
}

std::string sides_summary(const Finding& finding) {
  std::string out;
  for (const Side& side : finding.sides) {
    if (!out.empty()) out += finding.severity == Severity::info ? ", " : " vs ";
    out += fmt::format("{} ({} source{}{})", side.value, side.sources.size(), side.sources.size() == 1 ? "" : "s",
                       side.outlier ? ", outlier" : "");
  }
  return out;
}

}  // namespace factlint::detail
