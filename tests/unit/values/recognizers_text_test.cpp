// An external check: the cases of Microsoft Recognizers-Text's own test suite
// in tests/external/recognizers-text (MIT; see its README) that fall within
// factlint's scope, run through factlint's parsers. Where the two differ in
// meaning, the expected value is translated to factlint's (factlint keeps
// hedges as intervals and closed bounds; it reads a fraction as a share of a
// population). Every case of the files is either run or left out with a
// reason, and the pass rate is printed; docs/values.md records both.
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "support/default_pack.hpp"

using namespace factlint;
using factlint::testing::read_value;
using factlint::testing::ReadOptions;

namespace {

struct InScope {
  const char* file;
  const char* text;       // the case's result Text (or Input, when it has none)
  ValueType type;
  const char* reference;  // the case's ReferenceDateTime, read as the publication date
  const char* expected;   // factlint's canonical value
  const char* translation;  // how factlint's meaning differs, or ""
};

const InScope kInScope[] = {
    {"Number-NumberModel.json", "two thirds", ValueType::quantity, "", "share 2/3 of ?",
     "a fraction is a share of a population; with none named it is kept, unplaced"},
    {"Number-NumberModel.json", "10k", ValueType::quantity, "", "[9500,10500]", "an interval at the precision written"},
    {"Number-NumberModel.json", "2.33 k", ValueType::quantity, "", "[2325,2335]", "an interval at the precision written"},
    {"Number-NumberModel.json", "1,234,567", ValueType::quantity, "", "[1234566.5,1234567.5]", ""},
    {"Number-NumberRangeModel.json", "more than thirty", ValueType::quantity, "", "[30,]", "bounds are closed"},
    {"Number-NumberRangeModel.json", "over thirty", ValueType::quantity, "", "[30,]", "bounds are closed"},
    {"Number-NumberRangeModel.json", "up to 700", ValueType::quantity, "", "[0,700]", "a count starts at 0"},
    {"Number-NumberRangeModel.json", "between 20 and 30", ValueType::quantity, "", "[20,30]", "bounds are closed"},
    {"Number-PercentModel.json", "100 percent", ValueType::quantity, "", "share 100% of ?", "a percentage is a share"},
    {"Number-PercentModel.json", "100%", ValueType::quantity, "", "share 100% of ?", "a percentage is a share"},
    {"NumberWithUnit-CurrencyModel.json", "$ 75 million", ValueType::money, "", "USD [74500000,75500000]", ""},
    {"NumberWithUnit-CurrencyModel.json", "$94,000", ValueType::money, "", "USD [93500,94500]", ""},
    {"NumberWithUnit-CurrencyModel.json", "eur 125", ValueType::money, "", "EUR [124.5,125.5]", ""},
    {"NumberWithUnit-CurrencyModel.json", "five million yen", ValueType::money, "", "JPY [4500000,5500000]", ""},
    {"NumberWithUnit-CurrencyModel.json", "\u00a3 8.10 million", ValueType::money, "", "GBP [8095000,8105000]", ""},
    {"DateTime-DateParser.json", "15", ValueType::date, "2016-11-07", "2016-11-15",
     "a bare day takes the month of the date before it (here the reference date)"},
    {"DateTime-DateParser.json", "Oct. 2", ValueType::date, "2016-11-07", "2016-10-02", ""},
    {"DateTime-DatePeriodParser.json", "late this month", ValueType::date, "2017-11-08", "2017-11 END", ""},
    {"DateTime-DatePeriodParser.json", "early next year", ValueType::date, "2017-11-08", "2018 START",
     "early in a year is January to April (Recognizers-Text: January to June)"},
    {"DateTime-DateTimeModel.json", "mid-november", ValueType::date, "2018-07-13", "2017-11 MID",
     "a month later than publication is last year's (Recognizers-Text gives both years)"},
    {"DateTime-DateTimeModel.json", "earlier this year", ValueType::date, "2018-05-28", "2018 BEFORE_NOW", ""},
    {"DateTime-DateTimeModel.json", "last month", ValueType::date, "2016-11-07", "2016-10", ""},
    {"DateTime-DateTimeModel.json", "since january 1, 2010", ValueType::date, "2019-12-15", "2010-01-01",
     "'since' is read as the day itself, not an open range"},
    {"DateTime-DurationParser.json", "3h", ValueType::duration, "", "PT3H", ""},
    {"DateTime-DurationParser.json", "3 months", ValueType::duration, "", "P3M", ""},
};

struct LeftOut {
  const char* file;
  const char* input;  // a part of the case's Input
  const char* why;
};

const LeftOut kLeftOut[] = {
    {"Number-NumberModel.json", "two thirds of a million", "a fraction of a number, not of a population"},
    {"Number-NumberModel.json", "192.168.1.2", "an address, not a value news reports"},
    {"Number-NumberModel.json", "the 180ml liquid", "units of volume"},
    {"Number-NumberModel.json", "one hundred and three and two thirds", "mixed fractions"},
    {"Number-NumberRangeModel.json", "at most 100 and at least 20", "two hedges on one value"},
    {"Number-NumberRangeModel.json", "five hundred and more", "a hedge after the number ('and more')"},
    {"Number-PercentModel.json", "per cent of twenty-two", "an inverted percentage"},
    {"NumberWithUnit-CurrencyModel.json", "finnish markka", "a currency not in reference/currencies.yaml (withdrawn 2002)"},
    {"NumberWithUnit-CurrencyModel.json", "100,000 \u20ad", "a currency not in reference/currencies.yaml (Lao kip)"},
    {"NumberWithUnit-CurrencyModel.json", "50 cents", "subunits of a currency"},
    {"DateTime-DateTimeModel.json", "after mid May", "open ranges ('after')"},
    {"DateTime-DateTimeModel.json", "the last week of july", "weeks of a month"},
    {"DateTime-DateTimeModel.json", "early in the day Wednesday", "times of day"},
    {"DateTime-DateTimeModel.json", "in 3 years", "future offsets"},
    {"DateTime-DateTimeModel.json", "the end of year", "'end of year' with no year, and half-year semantics"},
};

nlohmann::json read_cases(const std::string& file) {
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/tests/external/recognizers-text/" + file);
  REQUIRE(in);
  return nlohmann::json::parse(in);
}

std::optional<CivilDate> day(const char* iso) {
  if (iso[0] == '\0') return std::nullopt;
  int y = 0, m = 0, d = 0;
  std::sscanf(iso, "%d-%d-%d", &y, &m, &d);
  return CivilDate{y, m, d};
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_CASE("Recognizers-Text: every case is run or left out with a reason") {
  std::size_t cases = 0;
  for (const char* file : {"Number-NumberModel.json", "Number-NumberRangeModel.json", "Number-PercentModel.json",
                           "NumberWithUnit-CurrencyModel.json", "DateTime-DateParser.json",
                           "DateTime-DatePeriodParser.json", "DateTime-DateTimeModel.json",
                           "DateTime-DurationParser.json"}) {
    for (const auto& c : read_cases(file)) {
      ++cases;
      const std::string input = lower(c["Input"]);
      bool accounted = false;
      for (const LeftOut& l : kLeftOut) accounted |= l.file == std::string(file) && input.find(lower(l.input)) != std::string::npos;
      for (const InScope& s : kInScope) {
        if (s.file != std::string(file)) continue;
        for (const auto& r : c["Results"]) accounted |= lower(r["Text"]) == lower(s.text);
      }
      INFO(file << ": " << c["Input"]);
      CHECK(accounted);
    }
  }
  CHECK(cases == std::size(kInScope) + std::size(kLeftOut));
}

TEST_CASE("Recognizers-Text: the cases in scope pass") {
  std::size_t passed = 0;
  for (const InScope& s : kInScope) {
    INFO(s.file << ": " << s.text);
    ReadOptions o;
    o.published = day(s.reference);
    o.anchor = day(s.reference);
    auto v = read_value(s.type, s.text, o);
    CHECK(v.has_value());
    if (!v) continue;
    CHECK(v->canonical == s.expected);
    passed += v->canonical == s.expected ? 1 : 0;
  }
  std::cout << "Recognizers-Text cases: " << passed << " of " << std::size(kInScope) << " in scope pass; "
            << std::size(kLeftOut) << " left out\n";
}
