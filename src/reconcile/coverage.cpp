// Coverage: data fields that only some of the articles listing fields name.
// Never an error, never a warning: leaving a field out is not saying it was
// safe. Entry point: coverage_findings().
//
// For each field-set slot, the sources that list any field exposed are the
// ones that could have named a field. A field that at most half of them name
// exposed (itself or a narrower field), and that no source says was safe
// (that is a polarity question), becomes one side of the slot's coverage
// note.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "reconcile/facts.hpp"

namespace factlint::detail {

std::vector<Finding> coverage_findings(std::string_view story_id, const std::vector<Fact>& facts, const RuleSet& rules) {
  std::vector<Finding> findings;
  for (std::size_t begin = 0; begin < facts.size();) {
    const Slot* slot = facts[begin].slot;
    std::size_t end = begin;
    while (end < facts.size() && facts[end].slot == slot) ++end;
    if (slot->type != ValueType::field_set) {
      begin = end;
      continue;
    }
    std::set<std::string> listing;  // sources that name any field exposed
    for (std::size_t f = begin; f < end; ++f)
      for (const Statement& s : facts[f].statements)
        if (std::get<FieldSet>(s.value).items.front().exposed) listing.insert(s.claim->source);

    Finding finding;
    finding.slot = slot->name;
    finding.kind = "coverage";
    finding.severity = Severity::info;
    std::string named;
    for (std::size_t f = begin; f < end; ++f) {
      const Fact& fact = facts[f];
      std::vector<std::size_t> exposed;  // statements naming this field exposed
      bool said_safe = false;
      for (std::size_t i = 0; i < fact.statements.size(); ++i) {
        const FieldItem& item = std::get<FieldSet>(fact.statements[i].value).items.front();
        said_safe = said_safe || !item.exposed;
        if (item.exposed) exposed.push_back(i);
      }
      if (said_safe || exposed.empty()) continue;
      // Sources that name it, or a narrower field: naming phone numbers is
      // naming part of the contact information.
      std::set<std::string> naming;
      for (std::size_t g = begin; g < end; ++g) {
        if (!field_covers(rules, fact.key, facts[g].key)) continue;
        for (const Statement& s : facts[g].statements)
          if (std::get<FieldSet>(s.value).items.front().exposed) naming.insert(s.claim->source);
      }
      const std::vector<std::string> by(naming.begin(), naming.end());
      if (2 * by.size() > listing.size() || listing.size() < 3) continue;
      Side side = make_side(fact, exposed);
      side.value = fact.key;
      named += fmt::format("{}{} in {}", named.empty() ? "" : ", ", fact.key, by.size());
      finding.sides.push_back(std::move(side));
    }
    if (!finding.sides.empty()) {
      finding.id = kind_finding_id(story_id, finding);
      finding.message = fmt::format(
          "sources name different fields: {}, of the {} sources that list fields; leaving a field out is not saying "
          "it was safe",
          named, listing.size());
      findings.push_back(std::move(finding));
    }
    begin = end;
  }
  return findings;
}

}  // namespace factlint::detail
