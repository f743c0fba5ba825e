// Dates, table by table: every date in the answer keys of the seed and devset
// stories, resolved TIMEX3-style against a publication date or a story year,
// awkward forms, what stays unresolved, and comparisons.
#include <catch2/catch.hpp>

#include "support/default_pack.hpp"

using namespace factlint;
using factlint::testing::read_value;
using factlint::testing::ReadOptions;

namespace {

struct Row {
  const char* text;
  const char* published;  // YYYY-MM-DD or ""
  int year;               // the story's year, or 0
  const char* anchor;     // the date mentioned before, or ""
  const char* lo;         // "" when unresolved
  const char* hi;
  const char* timex;
};

const Row kRows[] = {
    // The seed story (no publication dates; the story's year is 2025).
    {"November 30", "", 2025, "", "2025-11-30", "2025-11-30", "2025-11-30"},
    {"November 29", "", 2025, "", "2025-11-29", "2025-11-29", "2025-11-29"},
    {"November 18", "", 2025, "", "2025-11-18", "2025-11-18", "2025-11-18"},
    {"late November", "", 2025, "", "2025-11-16", "2025-11-30", "2025-11"},
    {"June", "", 2025, "", "2025-06-01", "2025-06-30", "2025-06"},
    {"in June", "", 2025, "", "2025-06-01", "2025-06-30", "2025-06"},
    {"Wednesday", "", 2025, "", "", "", "XXXX-WXX-3"},
    {"on Wednesday", "2025-12-10", 2025, "", "2025-12-10", "2025-12-10", "2025-12-10"},
    // Equifax (devset).
    {"Tuesday", "2017-09-26", 2017, "", "2017-09-26", "2017-09-26", "2017-09-26"},
    {"earlier this month", "2017-09-26", 2017, "", "2017-09-01", "2017-09-26", "2017-09"},
    {"earlier this month", "", 2017, "", "", "", "XXXX-XX"},
    {"from May to July", "", 2017, "", "2017-05-01", "2017-07-31", "2017-05/2017-07"},
    {"July 29", "", 2017, "", "2017-07-29", "2017-07-29", "2017-07-29"},
    {"Sept. 7", "", 2017, "", "2017-09-07", "2017-09-07", "2017-09-07"},
    {"September 7", "", 2017, "", "2017-09-07", "2017-09-07", "2017-09-07"},
    {"late July", "", 2017, "", "2017-07-16", "2017-07-31", "2017-07"},
    {"May 13", "", 2017, "", "2017-05-13", "2017-05-13", "2017-05-13"},
    {"2017", "2019-07-22", 2017, "", "2017-01-01", "2017-12-31", "2017"},
    {"four months later", "2019-07-22", 2017, "", "", "", "XXXX-XX-XX"},
    {"July 29, 2017", "2023-08-17", 2017, "", "2017-07-29", "2017-07-29", "2017-07-29"},
    {"earlier than the revealed date", "", 2017, "", "", "", "XXXX"},
    // SK Telecom (devset).
    {"April 20th", "", 2025, "", "2025-04-20", "2025-04-20", "2025-04-20"},
    {"April 18th", "", 2025, "", "2025-04-18", "2025-04-18", "2025-04-18"},
    {"the 19th", "", 2025, "2025-04-18", "2025-04-19", "2025-04-19", "2025-04-19"},
    {"the 19th", "", 2025, "", "", "", "XXXX-XX-19"},
    {"April 22", "", 2025, "", "2025-04-22", "2025-04-22", "2025-04-22"},
    {"April 18", "2025-05-19", 2025, "", "2025-04-18", "2025-04-18", "2025-04-18"},
    {"June 15, 2022", "2025-05-19", 2025, "", "2022-06-15", "2022-06-15", "2022-06-15"},
    {"In April", "2025-08-28", 2025, "", "2025-04-01", "2025-04-30", "2025-04"},
    {"August 2021", "2025-08-28", 2025, "", "2021-08-01", "2021-08-31", "2021-08"},
    {"April 18 this year", "2025-08-28", 2025, "", "2025-04-18", "2025-04-18", "2025-04-18"},
    {"April last year", "2026-01-19", 2025, "", "2025-04-01", "2025-04-30", "2025-04"},
    {"late Oct. last year", "2026-01-19", 2025, "", "2025-10-16", "2025-10-31", "2025-10"},
    // Awkward forms and the publication-date rules.
    {"Nov. 18", "", 2025, "", "2025-11-18", "2025-11-18", "2025-11-18"},
    {"18 November 2025", "", 0, "", "2025-11-18", "2025-11-18", "2025-11-18"},
    {"mid-2025", "", 0, "", "2025-05-01", "2025-08-31", "2025"},
    {"early June", "", 2025, "", "2025-06-01", "2025-06-15", "2025-06"},
    {"in June", "2025-03-10", 2025, "", "2024-06-01", "2024-06-30", "2024-06"},  // a month later than publication
    {"in June", "2025-12-10", 0, "", "2025-06-01", "2025-06-30", "2025-06"},
    {"November 18", "", 0, "", "", "", "XXXX-11-18"},  // no year anywhere: never guessed
    {"last week", "2025-12-10", 0, "", "2025-12-01", "2025-12-07", "2025-W49"},
    {"earlier this week", "2025-12-10", 0, "", "2025-12-08", "2025-12-10", "2025-W50"},
    {"last month", "2016-11-07", 0, "", "2016-10-01", "2016-10-31", "2016-10"},
    {"a month ago", "2025-12-10", 0, "", "2025-10-25", "2025-11-25", "2025-11"},
    {"winter 2024", "", 0, "", "2024-12-01", "2025-02-28", "2024-WI"},
    {"the end of 2024", "", 0, "", "2024-10-01", "2024-12-31", "2024"},
    {"between March 2023 and January 2024", "", 0, "", "2023-03-01", "2024-01-31", "2023-03/2024-01"},
    {"between May 2 and May 9", "", 2023, "", "2023-05-02", "2023-05-09", "2023-05-02/2023-05-09"},
    // Ranges: one end lends the other its month or year; no range is read as its last day.
    {"from June 2 to 11", "", 2024, "", "2024-06-02", "2024-06-11", "2024-06-02/2024-06-11"},
    {"3 to 9 March", "", 2024, "", "2024-03-03", "2024-03-09", "2024-03-03/2024-03-09"},
    {"June 2-11", "", 2024, "", "2024-06-02", "2024-06-11", "2024-06-02/2024-06-11"},
    {"2\u201311 June 2024", "", 0, "", "2024-06-02", "2024-06-11", "2024-06-02/2024-06-11"},
    {"April 2023 to March 2024", "", 0, "", "2023-04-01", "2024-03-31", "2023-04/2024-03"},
    {"December 28 to January 3", "2024-11-20", 0, "", "2023-12-28", "2024-01-03", "2023-12-28/2024-01-03"},
    {"December 28, 2023 to January 3", "", 0, "", "2023-12-28", "2024-01-03", "2023-12-28/2024-01-03"},
    {"18th of November", "", 2025, "", "2025-11-18", "2025-11-18", "2025-11-18"},
    {"the middle of March", "", 2025, "", "2025-03-10", "2025-03-20", "2025-03"},
};

std::optional<CivilDate> day(const char* iso) {
  if (iso[0] == '\0') return std::nullopt;
  int y = 0, m = 0, d = 0;
  std::sscanf(iso, "%d-%d-%d", &y, &m, &d);
  return CivilDate{y, m, d};
}

DateValue date(const char* text, const char* published = "", int year = 0, const char* anchor = "") {
  ReadOptions o;
  o.published = day(published);
  if (year != 0) o.year = year;
  o.anchor = day(anchor);
  auto v = read_value(ValueType::date, text, o);
  REQUIRE(v);
  return std::get<DateValue>(v->typed);
}

}  // namespace

TEST_CASE("dates: every date resolves to its days and TIMEX3 value, or stays unresolved") {
  for (const Row& row : kRows) {
    INFO(row.text << " (published " << row.published << ", year " << row.year << ")");
    const DateValue d = date(row.text, row.published, row.year, row.anchor);
    CHECK(d.lo == day(row.lo));
    CHECK(d.hi == day(row.hi));
    CHECK(d.timex.rfind(row.timex, 0) == 0);  // the value, before any mod
  }
}

TEST_CASE("dates: TIMEX3 mods mark parts of months and years") {
  CHECK(date("late November", "", 2025).mod == "END");
  CHECK(date("early June", "", 2025).mod == "START");
  CHECK(date("mid-2025").mod == "MID");
  CHECK(date("November 18", "", 2025).mod.empty());
}

TEST_CASE("dates: comparisons") {
  const RuleSet& rules = factlint::testing::default_pack();
  auto relation = [&](const char* a, const char* b) {
    return compare(date(a, "", 2025), date(b, "", 2025), rules).relation;
  };
  CHECK(relation("November 18", "November 29") == Relation::conflict);  // the seed's C2
  CHECK(relation("November 29", "November 30") == Relation::minor);     // W3: a day apart
  CHECK(relation("late November", "November 18") == Relation::compatible);  // N7
  CHECK(relation("November 18", "Nov. 18") == Relation::agree);
  CHECK(relation("April 20", "April 22") == Relation::conflict);  // SK Telecom's C1: two days
  CHECK(relation("January", "early February") == Relation::conflict);  // months a day apart are not "a day apart"
  CHECK(relation("Wednesday", "November 18") == Relation::incomparable);  // unresolved: never guessed
  const Comparison c = compare(date("November 18", "", 2025), date("November 29", "", 2025), rules);
  CHECK(c.reason == "2025-11-18 and 2025-11-29 are 11 days apart");
}

TEST_CASE("day numbers count days from 1970-01-01 and round-trip") {
  CHECK(day_number({1970, 1, 2}) == 1);
  CHECK(day_number({2024, 3, 1}) - day_number({2024, 2, 28}) == 2);  // a leap year
  CHECK(civil_date(day_number({2025, 11, 30})) == CivilDate{2025, 11, 30});
}

TEST_CASE("dates: a day the calendar lacks, or a year past 9999, is refused with the reason, never read as another") {
  struct Case {
    const char* text;
    int year;
    const char* why;
  };
  const Case refused[] = {
      {"February 30", 2025, "a day the calendar lacks"},
      {"February 30", 0, "a day the calendar lacks"},  // in no year
      {"February 29", 2023, "a day the calendar lacks"},
      {"April 31, 2024", 0, "a day the calendar lacks"},
      {"from February 27 to February 30", 2025, "a day the calendar lacks"},
      {"January 1, 99999", 2025, "a year out of range (99999)"},
      {"1 January 123456789012345", 2025, "a year out of range (123456789012...)"},
  };
  for (const Case& c : refused) {
    INFO(c.text);
    std::string why;
    ReadOptions o;
    if (c.year != 0) o.year = c.year;
    o.rejected = &why;
    CHECK_FALSE(read_value(ValueType::date, c.text, o));
    CHECK(why == c.why);
  }
  // A leap day in a leap year, and a year written outside 1900-2099, are read.
  CHECK(date("February 29, 2024").timex == "2024-02-29");
  CHECK(date("February 29", "", 2024).timex == "2024-02-29");
  CHECK(date("January 1, 1850", "", 2025).timex == "1850-01-01");
  CHECK(date("3 March 2150", "", 2025).timex == "2150-03-03");
}

TEST_CASE("dates: a count of days ago past any calendar is not a date") {
  ReadOptions o;
  o.published = CivilDate{2025, 1, 1};
  const auto near = read_value(ValueType::date, "100000 days ago", o);
  REQUIRE(near);
  CHECK(std::get<DateValue>(near->typed).timex == "1751-03-19");
  // Would overflow the day arithmetic: read as no date at all, not as 713 BC.
  const auto far = read_value(ValueType::date, "1000001 days ago", o);
  CHECK((!far || !std::get<DateValue>(far->typed).resolved()));
}
