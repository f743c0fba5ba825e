// Reconciliation, first cut: single-valued slots whose claims name different
// values become findings. Entry points: reconcile(), finding_id().
//
// Claims are grouped into sides by the value type's own comparison (for
// persons, same_person(), so "Lee Ji hoon" and "Lee Ji-hoon" are one side).
// Grouping is transitive: a claim joins every side it matches, merging them.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include <fmt/format.h>

#include "factlint/person_name.hpp"
#include "factlint/reconcile.hpp"

namespace factlint {
namespace {

bool same_value(const Claim& a, const Claim& b) {
  if (a.type == ValueType::person) return same_person(a.canonical, b.canonical);
  return a.canonical == b.canonical;
}

// 64-bit FNV-1a: small, stable across platforms and releases.
std::uint64_t fnv1a(std::string_view data, std::uint64_t hash = 1469598103934665603ULL) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

// Indices of `claims` partitioned into groups of one value.
std::vector<std::vector<std::size_t>> group_by_value(const std::vector<const Claim*>& claims) {
  std::vector<std::size_t> parent(claims.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (std::size_t i = 0; i < claims.size(); ++i)
    for (std::size_t j = i + 1; j < claims.size(); ++j)
      if (same_value(*claims[i], *claims[j])) parent[find(j)] = find(i);
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < claims.size(); ++i) groups[find(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [root, members] : groups) out.push_back(std::move(members));
  return out;
}

Side make_side(const std::vector<const Claim*>& claims, const std::vector<std::size_t>& members) {
  Side side;
  std::map<std::string, int> written;  // how often each written form occurs
  std::set<std::string> sources;
  std::vector<const Claim*> ordered;
  for (std::size_t i : members) ordered.push_back(claims[i]);
  std::sort(ordered.begin(), ordered.end(), [](const Claim* a, const Claim* b) {
    return std::tie(a->source, a->span.begin) < std::tie(b->source, b->span.begin);
  });
  for (const Claim* c : ordered) {
    ++written[c->value];
    sources.insert(c->source);
    side.evidence.push_back({c->id, c->source, c->path, c->position, c->text, c->sentence, c->span, c->sentence_begin});
  }
  // The most common written form names the side; ties go to the longest (it
  // says the most, "Jane Q. Public" over "Jane Public"), then the first.
  int best = 0;
  for (const Claim* c : ordered) {
    const int n = written[c->value];
    if (n > best || (n == best && c->value.size() > side.value.size())) {
      best = n;
      side.value = c->value;
      side.canonical = c->canonical;
    }
  }
  side.sources.assign(sources.begin(), sources.end());
  return side;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string finding_id(std::string_view story_id, std::string_view slot, std::vector<std::string> canonical_values) {
  std::sort(canonical_values.begin(), canonical_values.end());
  std::uint64_t h = fnv1a(story_id);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(slot, h);
  for (const std::string& v : canonical_values) {
    h = fnv1a(std::string_view("\x1e", 1), h);
    h = fnv1a(v, h);
  }
  return fmt::format("{:016x}", h);
}

std::vector<Finding> reconcile(std::string_view story_id, const std::vector<Claim>& claims,
                               const std::vector<Slot>& slots) {
  std::vector<Finding> findings;
  for (const Slot& slot : slots) {
    if (slot.cardinality != Cardinality::one) continue;
    // Only values with a typed comparison are compared: raw words of numbers
    // or dates ("nearly 5 million" and "4.8 million") would make false
    // contradictions. Other types join as their comparisons are written.
    if (slot.type != ValueType::person) continue;
    std::vector<const Claim*> of_slot;
    for (const Claim& c : claims)
      if (c.slot == slot.name) of_slot.push_back(&c);
    if (of_slot.size() < 2) continue;
    const auto groups = group_by_value(of_slot);
    if (groups.size() < 2) continue;

    Finding finding;
    finding.slot = slot.name;
    finding.kind = "entity-mismatch";
    int strong_sides = 0;
    for (const auto& members : groups) {
      finding.sides.push_back(make_side(of_slot, members));
      const bool strong = std::any_of(members.begin(), members.end(),
                                      [&](std::size_t i) { return of_slot[i]->strength == Strength::strong; });
      strong_sides += strong ? 1 : 0;
    }
    std::sort(finding.sides.begin(), finding.sides.end(), [](const Side& a, const Side& b) {
      if (a.sources.size() != b.sources.size()) return a.sources.size() > b.sources.size();
      return a.canonical < b.canonical;
    });
    const std::size_t most = finding.sides.front().sources.size();
    const bool clear_majority = finding.sides.size() > 1 && finding.sides[1].sources.size() < most;
    for (Side& side : finding.sides) side.outlier = clear_majority && side.sources.size() < most;
    finding.severity = strong_sides >= 2 ? Severity::error : Severity::warning;

    std::vector<std::string> canonicals;
    std::string values;
    for (const Side& side : finding.sides) {
      canonicals.push_back(side.canonical);
      values += fmt::format("{}{} ({})", values.empty() ? "" : " vs ", side.value,
                            plural(side.sources.size(), "source", "sources"));
    }
    finding.id = finding_id(story_id, slot.name, canonicals);
    const std::string what = slot.description.empty() ? slot.name : slot.description;
    finding.message = fmt::format("sources disagree on {}: {}", what, values);
    if (finding.severity != Severity::error) {
      finding.message += " (a warning: at most one side is stated outright, the others are inferred from context)";
    }
    findings.push_back(std::move(finding));
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.slot != b.slot) return a.slot < b.slot;
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.id < b.id;
  });
  return findings;
}

}  // namespace factlint
