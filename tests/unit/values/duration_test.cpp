// Durations: counts of units of time, bare plurals as open lower bounds, and
// hedges; ISO 8601 forms; comparisons.
#include <catch2/catch.hpp>

#include "support/default_pack.hpp"

using namespace factlint;
using factlint::testing::read_value;
using factlint::testing::ReadOptions;

namespace {

constexpr double kOpen = -1;
constexpr double kMonth = 30.4375;

struct Row {
  const char* text;
  const char* iso;
  double lo_days, hi_days;
  const char* mod;
};

const Row kRows[] = {
    {"five months", "P5M", 4.5 * kMonth, 5.5 * kMonth, ""},       // the seed's 001
    {"months", ">=P2M", 2 * kMonth, kOpen, "at_least"},           // "went undetected for months"
    {"months-long", ">=P2M", 2 * kMonth, kOpen, "at_least"},
    {"weeks", ">=P2W", 14, kOpen, "at_least"},
    {"nearly seven weeks", "P7W", 44.1, 49, "below"},
    {"more than a year", "P1Y", 365.25, kOpen, "above"},
    {"eight months", "P8M", 7.5 * kMonth, 8.5 * kMonth, ""},
    {"3 months", "P3M", 2.5 * kMonth, 3.5 * kMonth, ""},
    {"3h", "PT3H", 2.5 / 24, 3.5 / 24, ""},
    {"a few days", "P2D/P4D", 2, 4, ""},
    {"two years", "P2Y", 1.5 * 365.25, 2.5 * 365.25, ""},
    {"at least six weeks", "P6W", 42, kOpen, "at_least"},
};

Duration duration(const char* text) {
  auto v = read_value(ValueType::duration, text);
  REQUIRE(v);
  return std::get<Duration>(v->typed);
}

}  // namespace

TEST_CASE("durations: every length reads to its ISO 8601 form and interval of days") {
  for (const Row& row : kRows) {
    INFO(row.text);
    const Duration d = duration(row.text);
    CHECK(d.iso == row.iso);
    REQUIRE(d.days.lo.has_value());
    CHECK(*d.days.lo == Approx(row.lo_days).epsilon(1e-6));
    if (row.hi_days == kOpen) {
      CHECK_FALSE(d.days.hi.has_value());
    } else {
      REQUIRE(d.days.hi.has_value());
      CHECK(*d.days.hi == Approx(row.hi_days).epsilon(1e-6));
    }
    CHECK(d.mod == row.mod);
  }
  CHECK_FALSE(read_value(ValueType::duration, "a long time"));
}

TEST_CASE("durations: comparisons") {
  const RuleSet& rules = factlint::testing::default_pack();
  CHECK(compare(duration("five months"), duration("months"), rules).relation == Relation::compatible);  // the seed agrees
  CHECK(compare(duration("five months"), duration("5 months"), rules).relation == Relation::agree);
  CHECK(compare(duration("two weeks"), duration("five months"), rules).relation == Relation::conflict);
}

TEST_CASE("durations: a count past 10 million days is refused as out of range, with no overflow") {
  // Found by the values fuzzer: the ISO form cast 1.5e21 to long long, which
  // is undefined behaviour (UBSan stopped there). Such a duration is now no
  // value at all, with the reason.
  std::string why;
  ReadOptions o;
  o.rejected = &why;
  CHECK_FALSE(read_value(ValueType::duration, "nearly 1508888888888888888888 days", o));
  CHECK(why == "a duration out of range (longer than 10 million days)");
  CHECK(duration("27000 years").iso == "P27000Y");  // 9.9 million days: still read
}
