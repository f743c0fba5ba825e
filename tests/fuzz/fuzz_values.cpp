// libFuzzer target: every value normaliser. The first byte picks the slot of
// the default pack (so each type and each category list is reached); the rest
// is the written value. A value read must keep parse_value()'s promise: it
// compares with itself without conflict; its numbers are finite and in
// range; a quantity's or money's point lies within its interval; a date's
// ends are days of the calendar, in order; a duration's ends are in order.
// Seeds: tests/fuzz/seeds/values (one phrase per file, from docs/values.md).
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "factlint/values.hpp"
#include "fuzz_support.hpp"

namespace {

void require(bool holds) {
  if (!holds) std::abort();
}

void check_range(const factlint::NumberRange& r) {
  for (const auto& end : {r.lo, r.hi}) require(!end || (std::isfinite(*end) && std::abs(*end) <= 1e18));
  require(!(r.lo && r.hi && *r.lo > *r.hi));
}

void check_point(double point, const factlint::NumberRange& r) {
  require(std::isfinite(point));
  require(!r.lo || point >= *r.lo);
  require(!r.hi || point <= *r.hi);
}

void check_day(const factlint::CivilDate& d) {
  require(d.year >= 1 && d.year <= 9999);
  require(factlint::civil_date(factlint::day_number(d)) == d);  // February 30 would come back as March 2
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const factlint::RuleSet& pack = factlint::fuzzing::default_pack();
  const factlint::Slot& slot = pack.slots[data[0] % pack.slots.size()];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  factlint::ValueContext context(pack, slot);
  context.published = factlint::CivilDate{2025, 3, 20};
  context.year = 2025;
  context.country = "GB";
  std::string rejected;
  context.rejected = &rejected;
  std::optional<factlint::ParsedValue> value = factlint::parse_value(text, context);
  if (!value) return 0;
  require(rejected.empty());
  if (const auto* q = std::get_if<factlint::Quantity>(&value->typed)) {
    check_range(q->range);
    check_point(q->point, q->range);
  } else if (const auto* m = std::get_if<factlint::Money>(&value->typed)) {
    check_range(m->range);
    check_point(m->point, m->range);
  } else if (const auto* d = std::get_if<factlint::Duration>(&value->typed)) {
    check_range(d->days);
  } else if (const auto* d = std::get_if<factlint::DateValue>(&value->typed)) {
    if (d->lo) check_day(*d->lo);
    if (d->hi) check_day(*d->hi);
    require(!(d->lo && d->hi && *d->hi < *d->lo));
  }
  if (factlint::compare(value->typed, value->typed, pack).relation == factlint::Relation::conflict) std::abort();
  return 0;
}
