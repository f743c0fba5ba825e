// Cross-slot checks: facts that cannot all hold together, such as a
// resignation over a breach dated before the breach was made public. Entry
// point: cross_slot_findings(). The checks themselves are data (checks.yaml);
// this file knows only how to place dates and spans of days.
//
// A check reads each slot's consensus value, and only a decisive one: when the
// sources are split on a date, that split is the finding, not what follows
// from either side. Findings are warnings, since they rest on inference.
#include <cmath>

#include <fmt/format.h>

#include "reconcile/facts.hpp"

namespace factlint::detail {
namespace {

std::string day_text(long day) {
  const CivilDate d = civil_date(day);
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

// The consensus of a single-valued slot: its fact, and the statements of the
// winning side (narrowest first), when the vote is decisive.
struct Settled {
  const Fact* fact = nullptr;
  const std::vector<std::size_t>* side = nullptr;
  const TypedValue& value() const { return fact->statements[side->front()].value; }
};

std::optional<Settled> settled(const std::vector<Fact>& facts, const TruthDiscovery& truth, const std::string& slot) {
  for (std::size_t f = 0; f < facts.size(); ++f) {
    if (facts[f].slot->name != slot || !facts[f].key.empty()) continue;
    const FactConsensus& c = truth.facts[f];
    if (!c.winner || !c.decisive) return std::nullopt;
    return Settled{&facts[f], &facts[f].sides[*c.winner]};
  }
  return std::nullopt;
}

Finding finding_for(std::string_view story_id, const CrossSlotCheck& check, const std::vector<Settled>& parts,
                    std::string message) {
  Finding finding;
  finding.slot = parts.back().fact->slot->name;
  finding.key = check.id;
  finding.kind = "cross-slot";
  finding.severity = Severity::warning;
  for (const Settled& part : parts) {
    Side side = make_side(*part.fact, *part.side);
    side.value = part.fact->slot->name + ": " + side.value;
    finding.sides.push_back(std::move(side));
  }
  finding.id = kind_finding_id(story_id, finding, check.id);
  finding.message = std::move(message);
  return finding;
}

}  // namespace

std::vector<Finding> cross_slot_findings(std::string_view story_id, const std::vector<Fact>& facts,
                                         const TruthDiscovery& truth, const RuleSet& rules) {
  std::vector<Finding> findings;
  const long tolerance = rules.tolerances.date_minor_days;
  for (const CrossSlotCheck& check : rules.checks) {
    if (check.kind == "order") {
      const auto first = settled(facts, truth, check.first);
      const auto then = settled(facts, truth, check.then);
      if (!first || !then) continue;
      const auto* a = std::get_if<DateValue>(&first->value());
      const auto* b = std::get_if<DateValue>(&then->value());
      if (a == nullptr || b == nullptr || !a->resolved() || !b->resolved()) continue;
      const long gap = day_number(*a->lo) - day_number(*b->hi);
      if (gap <= tolerance) continue;
      findings.push_back(finding_for(
          story_id, check, {*first, *then},
          fmt::format("{}, but the sources put {} at {} and {} at {}, {} days earlier (a warning: an inference "
                      "from two consensus values)",
                      check.description, check.then, b->timex, check.first, a->timex, gap)));
    } else if (check.kind == "span") {
      const auto start = settled(facts, truth, check.start);
      const auto duration = settled(facts, truth, check.duration);
      const auto end = settled(facts, truth, check.end);
      if (!start || !duration || !end) continue;
      const auto* s = std::get_if<DateValue>(&start->value());
      const auto* d = std::get_if<Duration>(&duration->value());
      const auto* e = std::get_if<DateValue>(&end->value());
      if (s == nullptr || d == nullptr || e == nullptr || !s->resolved() || !e->resolved() || !d->days.lo) continue;
      // Durations past any calendar (a misread figure) cannot be placed, and
      // would overflow the day arithmetic.
      constexpr double kLongestDays = 1e7;
      if (!(std::abs(*d->days.lo) < kLongestDays) || (d->days.hi && !(std::abs(*d->days.hi) < kLongestDays))) continue;
      // Detection falls somewhere in [earliest, latest]; latest is open when
      // the duration is ("for months").
      const long earliest = day_number(*s->lo) + std::lround(*d->days.lo);
      const std::optional<long> latest =
          d->days.hi ? std::optional<long>(day_number(*s->hi) + std::lround(*d->days.hi)) : std::nullopt;
      const std::string what = fmt::format("{} began {} and went undetected for {}", check.start, s->timex, d->iso);
      if (earliest > day_number(*e->hi) + tolerance) {
        findings.push_back(finding_for(
            story_id, check, {*start, *duration, *end},
            fmt::format("{}, but {}: that lasts until {} at the earliest, after {} ({}) (a warning: an inference "
                        "from three consensus values)",
                        check.description, what, day_text(earliest), check.end, e->timex)));
      } else if (latest && *latest + check.slack_days < day_number(*e->lo)) {
        findings.push_back(finding_for(
            story_id, check, {*start, *duration, *end},
            fmt::format("{}, but {}: that ends by {}, more than {} days before {} ({}) (a warning: an inference "
                        "from three consensus values)",
                        check.description, what, day_text(*latest), check.slack_days, check.end, e->timex)));
      }
    }
  }
  return findings;
}

}  // namespace factlint::detail
