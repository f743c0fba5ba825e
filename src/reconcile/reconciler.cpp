// Reconciliation: the claims of each single-valued slot, compared by their
// typed values, become findings. Entry points: reconcile(), finding_id().
//
// Claims are grouped into sides, narrowest values first: a claim joins the
// first side it agrees with (or overlaps, or nearly matches) in every member,
// so a broad value ("late November") cannot merge two precise values that
// conflict ("March 3" and "March 14"). Sides with a conflicting pair of
// claims make a finding; values only a tolerance apart (one day) make a
// minor-difference warning.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include <fmt/format.h>

#include "factlint/reconcile.hpp"
#include "factlint/values.hpp"

namespace factlint {
namespace {

// 64-bit FNV-1a: small, stable across platforms and releases.
std::uint64_t fnv1a(std::string_view data, std::uint64_t hash = 1469598103934665603ULL) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

// Whether a value can be compared at all: a resolved date, a quantity with a
// range, money with a currency.
bool placeable(const TypedValue& v) {
  if (const auto* d = std::get_if<DateValue>(&v)) return d->resolved();
  if (const auto* q = std::get_if<Quantity>(&v)) return q->range.lo || q->range.hi;
  if (const auto* m = std::get_if<Money>(&v)) return !m->currency.empty();
  return !std::holds_alternative<std::monostate>(v);
}

// How wide a value is, to order claims narrowest first.
double width(const TypedValue& v) {
  constexpr double kInfinite = std::numeric_limits<double>::infinity();
  auto range_width = [&](const NumberRange& r) { return r.lo && r.hi ? *r.hi - *r.lo : kInfinite; };
  if (const auto* q = std::get_if<Quantity>(&v)) return range_width(q->range);
  if (const auto* m = std::get_if<Money>(&v)) return range_width(m->range);
  if (const auto* d = std::get_if<Duration>(&v)) return range_width(d->days);
  if (const auto* d = std::get_if<DateValue>(&v)) {
    if (!d->resolved()) return kInfinite;
    const auto days = [](const CivilDate& c) { return c.year * 372.0 + c.month * 31.0 + c.day; };
    return days(*d->hi) - days(*d->lo);
  }
  if (const auto* c = std::get_if<Category>(&v)) return static_cast<double>(c->ids.size());
  return 0;
}

std::string_view kind_of(ValueType type) {
  switch (type) {
    case ValueType::person: return "entity-mismatch";
    case ValueType::category: return "category-mismatch";
    case ValueType::date: return "date-mismatch";
    case ValueType::quantity:
    case ValueType::money:
    case ValueType::duration: return "numeric-mismatch";
    case ValueType::field_set: return "polarity";
  }
  return "mismatch";
}

bool joins(Relation r) { return r == Relation::agree || r == Relation::compatible || r == Relation::minor; }

Side make_side(const std::vector<const Claim*>& claims, const std::vector<std::size_t>& members) {
  Side side;
  std::map<std::string, int> written;  // how often each written form occurs
  std::set<std::string> sources;
  std::vector<const Claim*> ordered;
  for (std::size_t i : members) ordered.push_back(claims[i]);
  // The side's canonical value is its narrowest claim's (members come narrowest first).
  side.canonical = ordered.front()->canonical;
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
  // Values that differ (dates a day apart) are all named: "March 14 /
  // March 15".
  std::map<std::string, std::string> by_canonical;  // canonical -> its most common written form
  std::map<std::string, int> best;
  for (const Claim* c : ordered) {
    const int n = written[c->value];
    int& b = best[c->canonical];
    std::string& v = by_canonical[c->canonical];
    if (n > b || (n == b && c->value.size() > v.size())) b = n, v = c->value;
  }
  for (const auto& [canonical, value] : by_canonical) side.value += (side.value.empty() ? "" : " / ") + value;
  side.sources.assign(sources.begin(), sources.end());
  return side;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The sides of one finding, most sources first, with outliers marked.
void order_sides(Finding& finding) {
  std::sort(finding.sides.begin(), finding.sides.end(), [](const Side& a, const Side& b) {
    if (a.sources.size() != b.sources.size()) return a.sources.size() > b.sources.size();
    return a.canonical < b.canonical;
  });
  const std::size_t most = finding.sides.front().sources.size();
  const bool clear_majority = finding.sides.size() > 1 && finding.sides[1].sources.size() < most;
  for (Side& side : finding.sides) side.outlier = clear_majority && side.sources.size() < most;
}

std::string values_of(const Finding& finding) {
  std::string values;
  for (const Side& side : finding.sides) {
    values += fmt::format("{}{} ({})", values.empty() ? "" : " vs ", side.value,
                          plural(side.sources.size(), "source", "sources"));
  }
  return values;
}

std::vector<std::string> canonicals_of(const Finding& finding) {
  std::vector<std::string> out;
  for (const Side& side : finding.sides) out.push_back(side.canonical);
  return out;
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

std::vector<Finding> reconcile(std::string_view story_id, const std::vector<Claim>& claims, const RuleSet& rules) {
  std::vector<Finding> findings;
  for (const Slot& slot : rules.slots) {
    if (slot.cardinality != Cardinality::one) continue;
    std::vector<const Claim*> of_slot;
    for (const Claim& c : claims)
      if (c.slot == slot.name && placeable(c.typed)) of_slot.push_back(&c);
    if (of_slot.size() < 2) continue;
    std::stable_sort(of_slot.begin(), of_slot.end(), [](const Claim* a, const Claim* b) {
      const double wa = width(a->typed), wb = width(b->typed);
      if (wa != wb) return wa < wb;
      return std::tie(a->source, a->span.begin) < std::tie(b->source, b->span.begin);
    });

    // Every pair compared once.
    const std::size_t n = of_slot.size();
    std::vector<std::vector<Comparison>> rel(n, std::vector<Comparison>(n));
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) rel[i][j] = rel[j][i] = compare(of_slot[i]->typed, of_slot[j]->typed, rules);

    // Sides: each claim joins the first side every member of which it joins,
    // and with at least one of which it is comparable.
    std::vector<std::vector<std::size_t>> sides;
    for (std::size_t i = 0; i < n; ++i) {
      bool placed = false;
      for (auto& side : sides) {
        const bool no_conflict = std::all_of(side.begin(), side.end(), [&](std::size_t m) {
          return joins(rel[i][m].relation) || rel[i][m].relation == Relation::incomparable;
        });
        const bool related = std::any_of(side.begin(), side.end(), [&](std::size_t m) { return joins(rel[i][m].relation); });
        if (no_conflict && related) {
          side.push_back(i);
          placed = true;
          break;
        }
      }
      if (!placed) sides.push_back({i});
    }

    // A broad value that fits more than one side ("late November" beside
    // "March 3" and "March 14") takes no side.
    for (auto& side : sides) {
      side.erase(std::remove_if(side.begin(), side.end(),
                                [&](std::size_t i) {
                                  int fits = 0;
                                  for (const auto& other : sides) {
                                    const bool ok = std::all_of(other.begin(), other.end(), [&](std::size_t m) {
                                      return m == i || joins(rel[i][m].relation) ||
                                             rel[i][m].relation == Relation::incomparable;
                                    });
                                    const bool related = std::any_of(other.begin(), other.end(), [&](std::size_t m) {
                                      return m != i && joins(rel[i][m].relation);
                                    });
                                    fits += ok && related ? 1 : 0;
                                  }
                                  return fits >= 2;
                                }),
                 side.end());
    }
    sides.erase(std::remove_if(sides.begin(), sides.end(), [](const auto& side) { return side.empty(); }), sides.end());

    // The strongest conflict between two sides decides the finding.
    const Comparison* reason = nullptr;
    bool strong_conflict = false;
    std::set<std::size_t> conflicting_sides;
    for (std::size_t a = 0; a < sides.size(); ++a) {
      for (std::size_t b = a + 1; b < sides.size(); ++b) {
        for (std::size_t i : sides[a]) {
          for (std::size_t j : sides[b]) {
            if (rel[i][j].relation != Relation::conflict) continue;
            conflicting_sides.insert(a);
            conflicting_sides.insert(b);
            const bool strong = of_slot[i]->strength == Strength::strong && of_slot[j]->strength == Strength::strong;
            if (reason == nullptr || (strong && !strong_conflict)) reason = &rel[i][j];
            strong_conflict = strong_conflict || strong;
          }
        }
      }
    }
    const std::string what = slot.description.empty() ? slot.name : slot.description;

    if (reason != nullptr) {
      Finding finding;
      finding.slot = slot.name;
      finding.kind = kind_of(slot.type);
      for (std::size_t s : conflicting_sides) finding.sides.push_back(make_side(of_slot, sides[s]));
      order_sides(finding);
      finding.severity = strong_conflict ? Severity::error : Severity::warning;
      finding.id = finding_id(story_id, slot.name, canonicals_of(finding));
      finding.message = fmt::format("sources disagree on {}: {}; {}", what, values_of(finding), reason->reason);
      if (!strong_conflict) {
        finding.message += " (a warning: at most one side is stated outright, the others are inferred, loose or speculation)";
      }
      findings.push_back(std::move(finding));
      continue;
    }

    // No conflict: values a tolerance apart are a minor difference.
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        if (rel[i][j].relation != Relation::minor || of_slot[i]->source == of_slot[j]->source) continue;
        std::vector<std::size_t> left, right;
        for (std::size_t k = 0; k < n; ++k) {
          if (of_slot[k]->canonical == of_slot[i]->canonical) left.push_back(k);
          if (of_slot[k]->canonical == of_slot[j]->canonical) right.push_back(k);
        }
        Finding finding;
        finding.slot = slot.name;
        finding.kind = "minor-difference";
        finding.severity = Severity::warning;
        finding.sides = {make_side(of_slot, left), make_side(of_slot, right)};
        order_sides(finding);
        finding.id = finding_id(story_id, slot.name, canonicals_of(finding));
        finding.message = fmt::format("sources differ slightly on {}: {}; {}, within the tolerance for a contradiction",
                                      what, values_of(finding), rel[i][j].reason);
        findings.push_back(std::move(finding));
        i = n;  // one minor-difference finding per slot
        break;
      }
    }
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.slot != b.slot) return a.slot < b.slot;
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.id < b.id;
  });
  return findings;
}

}  // namespace factlint
