// Quantities, table by table: every count in the answer keys of the seed and
// devset stories, awkward forms, and values that must not match. Each row is
// what factlint must read; docs/values.md gives the rules behind the numbers.
#include <catch2/catch.hpp>

#include <cmath>

#include "support/default_pack.hpp"

using namespace factlint;
using factlint::testing::read_value;
using factlint::testing::ReadOptions;

namespace {

constexpr double kOpen = -1;  // an unbounded side

struct Row {
  const char* text;
  const char* country;  // the story's country, or ""
  const char* unit;     // the pattern's unit words, or ""
  double lo, hi;
  const char* kind;  // "people", "records", "bytes" or ""
  const char* mod;
};

const Row kRows[] = {
    // The seed story's affected counts (answer key N1: all of them agree).
    {"nearly 34 million", "KR", "people", 30.6e6, 34e6, "people", "below"},
    {"more than 33mn", "KR", "customers", 33e6, kOpen, "people", "above"},
    {"33.7 million", "KR", "people", 33.65e6, 33.75e6, "people", ""},
    {"nearly two-thirds of Koreans", "KR", "", 31.02e6, 34466667, "people", "below"},
    {"almost two-thirds of the country", "KR", "", 31.02e6, 34466667, "people", "below"},
    {"more than half the nation\u2019s population", "KR", "", 25.85e6, kOpen, "people", "above"},
    {"more than half of South Korea\u2019s population", "", "", 25.85e6, kOpen, "people", "above"},
    {"nearly 34 million", "KR", "customer accounts", 30.6e6, 34e6, "people", "below"},
    {"34 million", "KR", "accounts", 33.5e6, 34.5e6, "people", ""},
    // Equifax (devset): the counts as they were revised.
    {"143 million", "US", "Americans", 142.5e6, 143.5e6, "people", ""},
    // A share of a magnitude is a number, not a share of a population.
    {"half a million", "KR", "customers", 450e3, 550e3, "people", ""},
    {"a quarter of a million", "", "users", 245e3, 255e3, "people", ""},
    {"143 Million", "US", "U.S. Customers", 142.5e6, 143.5e6, "people", ""},
    {"some 143 million", "US", "US consumers", 135.85e6, 150.15e6, "people", "approximate"},
    {"145.5 million", "US", "Americans", 145.45e6, 145.55e6, "people", ""},
    {"more than 148 million", "US", "people", 148e6, kOpen, "people", "above"},
    {"147 million", "US", "Americans", 146.5e6, 147.5e6, "people", ""},
    {"up to 100,000", "US", "Canadian consumers", 0, 100000, "people", "at_most"},
    {"about 8,000", "US", "Canadians", 7500, 8500, "people", "approximate"},
    // SK Telecom (devset).
    {"25 million", "KR", "subscribers", 24.5e6, 25.5e6, "people", ""},
    {"all 25 million", "KR", "subscribers", 24.5e6, 25.5e6, "people", ""},
    {"roughly 26.9 million", "KR", "international mobile subscriber identity (IMSI) numbers", 25.555e6, 28.245e6,
     "records", "approximate"},
    {"its entire 23 million", "KR", "user base", 22.5e6, 23.5e6, "people", ""},
    {"23.2 million", "KR", "subscribers", 23.15e6, 23.25e6, "people", ""},
    {"as many as 27 million", "KR", "customers", 0, 27e6, "people", "at_most"},
    {"9.7GB", "KR", "", 9.65e9, 9.75e9, "bytes", ""},
    {"9.32 gigabytes", "KR", "", 9.315e9, 9.325e9, "bytes", ""},
    {"9.82 gigabytes", "KR", "", 9.815e9, 9.825e9, "bytes", ""},
    // Awkward forms.
    {"thirty-four million", "", "", 33.5e6, 34.5e6, "", ""},
    {"thirty four million", "", "", 33.5e6, 34.5e6, "", ""},
    // Spelled numbers: ICU reads only the run of number words, not the words after it.
    {"one hundred and five of the staff", "", "", 104.5, 105.5, "", ""},
    {"twenty-three thousand customers", "", "", 22500, 23500, "people", ""},
    {"one point five million", "", "", 1.45e6, 1.55e6, "", ""},
    {"one point five", "", "", 1.45, 1.55, "", ""},
    {"33,700,000", "", "", 33.65e6, 33.75e6, "", ""},
    {"1.2 trillion", "", "", 1.15e12, 1.25e12, "", ""},
    {"25 lakh", "", "", 2.45e6, 2.55e6, "", ""},
    {"3 crore", "", "", 25e6, 35e6, "", ""},
    {"2 to 3 million", "", "", 2e6, 3e6, "", "range"},
    {"between 2 and 3 million", "", "", 2e6, 3e6, "", "range"},
    {"2-3 million", "", "", 2e6, 3e6, "", "range"},
    {"tens of millions", "", "", 1e7, 1e8, "", ""},
    {"millions", "", "", 1e6, 1e9, "", ""},
    // Some, with no count: at least one, open above.
    {"an undisclosed number of records", "", "", 1, kOpen, "records", ""},
    {"the stolen data", "", "", 1, kOpen, "", ""},
    {"a million", "", "", 0.5e6, 1.5e6, "", ""},
    {"one in three Australians", "", "", 8455000, 9345000, "people", ""},
    {"40% of the population", "GB", "", 26.258e6, 29.022e6, "people", ""},
    {"a quarter of Americans", "", "", 80.77375e6, 89.27625e6, "people", ""},
    {"at least 500,000", "", "", 500000, kOpen, "", "at_least"},
    {"just under 2 million", "", "", 1.8e6, 2e6, "", "below"},
    {"over 1,000", "", "", 1000, kOpen, "", "above"},
    {"approximately 12.5 million", "", "", 11.875e6, 13.125e6, "", "approximate"},
    {"10k", "", "", 9500, 10500, "", ""},
    {"4.2 million", "GB", "accounts", 4.15e6, 4.25e6, "people", ""},
    {"about 1.3m", "", "", 1.235e6, 1.365e6, "", "approximate"},
};

void check_bound(std::optional<double> got, double want) {
  if (want == kOpen) {
    CHECK_FALSE(got.has_value());
  } else {
    REQUIRE(got.has_value());
    CHECK(*got == Approx(want).epsilon(1e-9));
  }
}

Quantity quantity(const char* text, const char* country = "", const char* unit = "") {
  ReadOptions o;
  o.country = country;
  o.unit = unit;
  auto v = read_value(ValueType::quantity, text, o);
  REQUIRE(v);
  return std::get<Quantity>(v->typed);
}

}  // namespace

TEST_CASE("quantities: every count reads to its interval, kind and hedge") {
  for (const Row& row : kRows) {
    INFO(row.text);
    const Quantity q = quantity(row.text, row.country, row.unit);
    check_bound(q.range.lo, row.lo);
    check_bound(q.range.hi, row.hi);
    CHECK(q.unit == row.kind);
    CHECK(q.mod == row.mod);
  }
}

TEST_CASE("quantities: a share with no population to take it of is kept but placed nowhere") {
  const Quantity q = quantity("nearly two-thirds of the country");
  CHECK_FALSE(q.range.lo.has_value());
  CHECK(q.share == "2/3 of ?");
  CHECK(compare(Quantity(q), quantity("34 million"), factlint::testing::default_pack()).relation ==
        Relation::incomparable);
}

TEST_CASE("quantities: a 'range' whose ends are the wrong way round is the first number alone (found by fuzzing)") {
  const Quantity q = quantity("3m-3025");
  CHECK(q.point == 3e6);
  CHECK(q.mod.empty());
  REQUIRE(q.range.lo.has_value());
  REQUIRE(q.range.hi.has_value());
  CHECK(*q.range.lo <= *q.range.hi);
  CHECK(compare(Quantity(q), q, factlint::testing::default_pack()).relation == Relation::agree);
}

TEST_CASE("quantities: exponents are read, and numbers out of range are refused with the reason, never cut short") {
  CHECK(quantity("1e6 people").point == 1e6);
  CHECK(quantity("2.5E+3 records").point == 2500);
  CHECK(quantity("10^6 customers").point == 1e6);
  CHECK(quantity("5e17 people").point == 5e17);
  for (const std::string& text : {std::string("1e400 people"), std::string("10^400 people"), std::string(310, '9') + " people",
                                  std::string("1e19 people"), std::string("5 quadrillion trillion"), std::string("1e-400")}) {
    INFO(text);
    std::string why;
    ReadOptions o;
    o.rejected = &why;
    const auto v = read_value(ValueType::quantity, text, o);
    if (v) {
      // Read as something in range ("5 quadrillion trillion": the words ICU knows), never beyond it.
      const Quantity& q = std::get<Quantity>(v->typed);
      CHECK(std::abs(q.point) <= 1e18);
    } else {
      CHECK(why == "a number out of range (larger than 10^18, or too long to read)");
    }
  }
  std::string why;
  ReadOptions o;
  o.rejected = &why;
  CHECK_FALSE(read_value(ValueType::quantity, "1e400 people", o));
  CHECK_FALSE(read_value(ValueType::money, "$1e400", o));
  CHECK(why == "a number out of range (larger than 10^18, or too long to read)");
}

TEST_CASE("quantities: words that hold no number are no quantity") {
  CHECK_FALSE(read_value(ValueType::quantity, "the whole lot"));
  CHECK_FALSE(read_value(ValueType::quantity, ""));
}

TEST_CASE("quantities: comparisons") {
  const RuleSet& rules = factlint::testing::default_pack();
  auto relation = [&](const char* a, const char* b, const char* country = "KR") {
    return compare(quantity(a, country, "people"), quantity(b, country, "people"), rules).relation;
  };
  // The seed's counts all overlap (answer key N1).
  const char* seed[] = {"nearly 34 million", "more than 33mn", "33.7 million", "nearly two-thirds of Koreans",
                        "almost two-thirds of the country", "more than half the nation's population", "34 million"};
  for (const char* a : seed)
    for (const char* b : seed) {
      INFO(a << " vs " << b);
      CHECK(relation(a, b) != Relation::conflict);
    }
  CHECK(relation("33.7 million", "33.7 million") == Relation::agree);
  CHECK(relation("33.7 million", "nearly 34 million") == Relation::compatible);
  CHECK(relation("2.8 million", "9.8 million") == Relation::conflict);
  CHECK(relation("143 million", "147 million") == Relation::conflict);
  CHECK(relation("23.2 million", "as many as 27 million") == Relation::compatible);
  CHECK(relation("25 million", "23.2 million") == Relation::conflict);
  // People and records are not compared.
  CHECK(compare(quantity("26.9 million", "", "IMSI numbers"), quantity("23.2 million", "", "subscribers"), rules).relation ==
        Relation::incomparable);
  const Comparison c = compare(quantity("33.7 million"), quantity("nearly 34 million"), rules);
  CHECK(c.reason == "33.65\u201333.75 million overlaps 30.6\u201334 million");
}
