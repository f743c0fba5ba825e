// Money: amounts and currencies, bare symbols by the story's country, and
// comparisons through dated exchange rates; every amount in the answer keys.
#include <catch2/catch.hpp>

#include "support/default_pack.hpp"

using namespace factlint;
using factlint::testing::read_value;
using factlint::testing::ReadOptions;

namespace {

constexpr double kOpen = -1;

struct Row {
  const char* text;
  const char* country;
  const char* currency;
  double lo, hi;
  const char* mod;
};

const Row kRows[] = {
    // The seed story (N3, N6).
    {"$97mn", "KR", "USD", 96.5e6, 97.5e6, ""},
    {"134.8 billion won", "KR", "KRW", 134.75e9, 134.85e9, ""},
    {"up to 1.2 trillion won", "KR", "KRW", 0, 1.2e12, "at_most"},
    {"billions of won", "KR", "KRW", 1e9, 1e12, ""},
    // Equifax (devset).
    {"up to $700 million", "US", "USD", 0, 700e6, "at_most"},
    {"$425 million", "US", "USD", 424.5e6, 425.5e6, ""},
    {"$175 million", "US", "USD", 174.5e6, 175.5e6, ""},
    {"$100 million", "US", "USD", 99.5e6, 100.5e6, ""},
    {"$50 million", "US", "USD", 49.5e6, 50.5e6, ""},
    {"$300 million", "US", "USD", 299.5e6, 300.5e6, ""},
    {"$400 million", "US", "USD", 399.5e6, 400.5e6, ""},
    // SK Telecom (devset).
    {"a record 134.8 billion won ($96.9 million)", "KR", "KRW", 134.75e9, 134.85e9, ""},
    // Symbols, words and codes.
    {"\u20ac40 million", "", "EUR", 39.5e6, 40.5e6, ""},
    {"40 million euro", "", "EUR", 39.5e6, 40.5e6, ""},
    {"\u00a34.4m", "GB", "GBP", 4.35e6, 4.45e6, ""},
    {"US$5 million", "AU", "USD", 4.5e6, 5.5e6, ""},
    {"$5 million", "AU", "AUD", 4.5e6, 5.5e6, ""},  // a bare "$" in an Australian story
    {"$5 million", "GB", "USD", 4.5e6, 5.5e6, ""},  // elsewhere, US dollars
    {"\u00a5500 million", "CN", "CNY", 499.5e6, 500.5e6, ""},
    {"\u00a5500 million", "", "JPY", 499.5e6, 500.5e6, ""},
    {"five million yen", "", "JPY", 4.5e6, 5.5e6, ""},
    {"EUR 125", "", "EUR", 124.5, 125.5, ""},
    {"\u00a3 8.10 million", "", "GBP", 8.095e6, 8.105e6, ""},
    {"50 bitcoin", "", "BTC", 45, 55, ""},
    {"could reach hundreds of millions of dollars", "", "USD", 1e8, 1e9, "at_most"},
    {"5 million", "KR", "?KRW", 4.5e6, 5.5e6, ""},  // no currency written, in a Korean story
    {"5 million", "", "", 4.5e6, 5.5e6, ""},        // no currency and no country: none
    {"more than \u20ac2bn", "", "EUR", 2e9, kOpen, "above"},
};

Money money(const char* text, const char* country = "", const char* published = "2025-08-28") {
  ReadOptions o;
  o.country = country;
  int y = 0, m = 0, d = 0;
  std::sscanf(published, "%d-%d-%d", &y, &m, &d);
  o.published = CivilDate{y, m, d};
  auto v = read_value(ValueType::money, text, o);
  REQUIRE(v);
  return std::get<Money>(v->typed);
}

}  // namespace

TEST_CASE("money: every amount reads to its currency and interval") {
  for (const Row& row : kRows) {
    INFO(row.text << " (country " << row.country << ")");
    const Money m = money(row.text, row.country);
    CHECK(m.currency == row.currency);
    REQUIRE(m.range.lo.has_value());
    CHECK(*m.range.lo == Approx(row.lo).epsilon(1e-9));
    if (row.hi == kOpen) {
      CHECK_FALSE(m.range.hi.has_value());
    } else {
      REQUIRE(m.range.hi.has_value());
      CHECK(*m.range.hi == Approx(row.hi).epsilon(1e-9));
    }
    CHECK(m.mod == row.mod);
  }
  CHECK(money("$97mn").year == 2025);
}

TEST_CASE("money: comparisons within and across currencies") {
  const RuleSet& rules = factlint::testing::default_pack();
  auto relation = [&](const char* a, const char* b, const char* country = "KR") {
    return compare(money(a, country), money(b, country), rules);
  };
  // N3: one fine, in dollars and in won, agrees at 2025's rates.
  const Comparison sk = relation("$97mn", "134.8 billion won");
  CHECK(sk.relation == Relation::compatible);
  CHECK(sk.reason.find("at 2025's rates") != std::string::npos);
  // N6: "up to 1.2 trillion won" and "could reach billions of won" overlap.
  CHECK(relation("up to 1.2 trillion won", "billions of won").relation == Relation::compatible);
  // Equifax's C2: $50 million and $100 million to one regulator.
  CHECK(relation("$50 million", "$100 million", "US").relation == Relation::conflict);
  CHECK(relation("$50 million", "$50mn", "US").relation == Relation::agree);
  // Far apart across currencies.
  CHECK(relation("$9.7mn", "134.8 billion won").relation == Relation::conflict);
  // No rate for bitcoin; no currency at all.
  CHECK(relation("50 bitcoin", "$4 million").relation == Relation::incomparable);
  CHECK(compare(money("5 million"), money("$5 million"), rules).relation == Relation::incomparable);
  // Unstated amounts in one country's story compare with each other only.
  CHECK(relation("5 million", "5 million").relation == Relation::agree);
  CHECK(relation("5 million", "$5 million").relation == Relation::incomparable);
}

TEST_CASE("money: rounding never leaves the point outside its own interval (found by fuzzing)") {
  // "£200555555555555555": the ends, rounded to 12 digits, rose past the point.
  const auto v = factlint::testing::read_value(factlint::ValueType::money, "\xC2\xA3" "200555555555555555");
  REQUIRE(v);
  const auto& m = std::get<factlint::Money>(v->typed);
  REQUIRE(m.range.lo.has_value());
  REQUIRE(m.range.hi.has_value());
  CHECK(*m.range.lo <= m.point);
  CHECK(m.point <= *m.range.hi);
}
