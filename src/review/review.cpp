// Review decisions applied to a story: dismissed and resolved findings stop
// failing checks, and a resolved value becomes corrections per outlet. Entry
// point: apply_review().
#include <algorithm>
#include <map>

#include "factlint/review.hpp"
#include "text/text.hpp"

namespace factlint {

const Side* side_named(const Finding& finding, std::string_view value) {
  const std::string wanted = detail::fold(value);
  for (const Side& side : finding.sides) {
    if (detail::fold(side.value) == wanted || detail::fold(side.canonical) == wanted) return &side;
    // "November 29 / November 30": each form it joins names it too.
    const std::string& shown = side.value;
    for (std::size_t begin = 0; begin <= shown.size();) {
      std::size_t end = shown.find(" / ", begin);
      if (end == std::string::npos) end = shown.size();
      if (detail::fold(std::string_view(shown).substr(begin, end - begin)) == wanted) return &side;
      begin = end + 3;
    }
  }
  return nullptr;
}

void apply_review(StoryReport& story, const Review& review) {
  std::map<std::string, std::string> outlets;
  for (const DocumentRecord& d : story.documents) outlets[d.id] = d.outlet;
  for (Finding& f : story.findings) {
    const ReviewDecision* d = review.find(f.id);
    if (d == nullptr) continue;
    f.review = {d->status, d->value, d->note, d->by, d->at, ""};
    if (d->status == "confirmed") continue;
    if (f.severity != Severity::info) f.review.severity_was = std::string(to_string(f.severity));
    f.severity = Severity::info;
    if (d->status != "resolved") continue;
    const Side* verified_side = side_named(f, d->value);
    for (const Side& side : f.sides) {
      if (&side == verified_side) continue;
      for (const Evidence& e : side.evidence)
        story.corrections.push_back({e.source, outlets[e.source], f.id, f.slot, f.key, side.value, d->value, e});
    }
  }
  std::stable_sort(story.corrections.begin(), story.corrections.end(), [](const Correction& a, const Correction& b) {
    return std::tie(a.outlet, a.source, a.slot, a.key, a.evidence.span.begin) <
           std::tie(b.outlet, b.source, b.slot, b.key, b.evidence.span.begin);
  });
  // Findings stay sorted by slot, then severity (worst first), then id.
  // Findings keep the reconciler's order: slot, severity (worst first), key, id.
  std::stable_sort(story.findings.begin(), story.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.slot, b.severity, a.key, a.id) < std::tie(b.slot, a.severity, b.key, b.id);
  });
}

}  // namespace factlint
