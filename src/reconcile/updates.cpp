// Updates: which values of a fact later articles replace, so that a count
// revised upward or a date corrected reads as an update, not an error. Entry
// point: superseded_sides().
//
// Side A is replaced by side B when they conflict, every dated statement of A
// speaks before every dated statement of B, and either the gap is at least
// `update_min_days` or a conflicting statement of B presents itself as a
// revision ("a new total of ..."). Within a news cycle, a later article that
// disagrees is a contradiction, not an update. Undated statements neither
// help nor block: they are taken to belong with the dated ones they agree
// with. A side with no dated statement is never ordered.
#include "reconcile/facts.hpp"

namespace factlint::detail {
namespace {

struct Window {
  std::optional<CivilDate> earliest, latest;  // earliest start, latest end of the side's dated statements
};

Window window_of(const Fact& fact, const std::vector<std::size_t>& side) {
  Window w;
  for (std::size_t i : side) {
    const Statement& s = fact.statements[i];
    if (!s.as_of_lo || !s.as_of_hi) continue;
    if (!w.earliest || *s.as_of_lo < *w.earliest) w.earliest = s.as_of_lo;
    if (!w.latest || *w.latest < *s.as_of_hi) w.latest = s.as_of_hi;
  }
  return w;
}

struct Conflict {
  bool any = false;
  bool revision = false;  // a conflicting statement of the later side carries an update cue
};

// Value by value: a conflicting pair of values stands for all their statements.
Conflict conflict_between(const Fact& fact, const std::vector<std::size_t>& earlier,
                          const std::vector<std::size_t>& later) {
  Conflict c;
  const std::vector<std::size_t> later_values = fact.values_in(later);
  for (std::size_t u : fact.values_in(earlier)) {
    for (std::size_t w : later_values) {
      if (fact.between(u, w) != Relation::conflict) continue;
      c.any = true;
      for (std::size_t j : fact.stated[w]) c.revision = c.revision || !fact.statements[j].claim->update_cue.empty();
    }
  }
  return c;
}

}  // namespace

Updates superseded_sides(const Fact& fact, const Tolerances& tolerances) {
  const std::size_t n = fact.sides.size();
  Updates updates{std::vector<bool>(n, false), std::vector<std::vector<std::size_t>>(n)};
  std::vector<Window> windows;
  for (const auto& side : fact.sides) windows.push_back(window_of(fact, side));
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b || !windows[a].latest || !windows[b].earliest) continue;
      if (!(*windows[a].latest < *windows[b].earliest)) continue;
      const Conflict conflict = conflict_between(fact, fact.sides[a], fact.sides[b]);
      if (!conflict.any) continue;
      const long gap = day_number(*windows[b].earliest) - day_number(*windows[a].latest);
      if (gap < tolerances.update_min_days && !conflict.revision) continue;
      updates.superseded[a] = true;
      updates.later[a].push_back(b);
    }
  }
  return updates;
}

}  // namespace factlint::detail
