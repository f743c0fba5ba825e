// Typed values: what a claim's words mean, as intervals with a stated
// precision, in the spirit of TimeML's TIMEX3 `value` and `mod`. Plain data;
// parsing and comparison live in values.hpp. Documented in docs/values.md.
#pragma once

#include <cstdint>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "factlint/model/document.hpp"

namespace factlint {

// A closed interval of numbers; an unbounded side is nullopt ("more than 33
// million": lo 33e6, hi none).
struct NumberRange {
  std::optional<double> lo, hi;
  friend bool operator==(const NumberRange&, const NumberRange&) = default;
};

// A count: "nearly 12 million customers" -> [10.8e6, 12e6] people, mod below.
// `point` is the number as written (34e6); the range adds the precision of the
// digits written and the reach of the hedge.
struct Quantity {
  NumberRange range;
  double point = 0;
  std::string unit;  // the kind of count: "people", "records", "bytes", or "" when not said
  std::string mod;   // the hedge's meaning: "below", "above", "at_least", "at_most", "approximate", or ""
  std::string share; // for a share of a population: "2/3 of KR", else ""
};

// A span of days: "late March 2024" -> 2024-03-16..2024-03-31. Unresolved
// when a part needed to place it is unknown (a weekday with no publication
// date, a month with no year); then `timex` says what is known ("XXXX-11-18",
// "XXXX-WXX-3") and lo/hi are not set.
struct DateValue {
  std::optional<CivilDate> lo, hi;
  std::string granularity;  // "day", "month", "season", "year", "range"
  std::string timex;        // TIMEX3 value: "2025-11-18", "2025-11", "2025-SU", "2025", "XXXX-WXX-3"
  std::string mod;          // TIMEX3 mod: "START", "MID", "END", or ""
  bool resolved() const { return lo.has_value() && hi.has_value(); }
};

// A length of time, in days; "months" alone is at least two months, open above.
struct Duration {
  NumberRange days;
  std::string iso;  // ISO 8601: "P5M", "P7W"
  std::string mod;  // "below", "above", "at_least" ("months": at least P2M), or ""
};

// An amount of money in one currency: "$45mn" -> [44.5e6, 45.5e6] USD.
struct Money {
  NumberRange range;
  double point = 0;
  std::string currency;  // ISO 4217; "?KRW" when unstated in a story set in Korea; "" when unknown
  std::string mod;
  int year = 0;          // the year whose exchange rates apply (publication or story year), 0 when unknown
};

// One data field of a field set: "+payment(partial)".
struct FieldItem {
  std::string id;
  bool exposed = true;
  std::string qualifier;  // "partial", "full", "in some cases", or ""
  friend bool operator==(const FieldItem&, const FieldItem&) = default;
};

struct FieldSet {
  std::vector<FieldItem> items;  // sorted by id, then exposed, then qualifier
};

// One or more categories ("state_actor or organised_crime"), or their denial.
struct Category {
  std::vector<std::string> ids;  // sorted
  bool negative = false;
  // Every id is one of the slot's broad values ("attackers"): any other value
  // of the slot says more, never something else.
  bool broad = false;
};

// A person: the canonical key ("lee ji hoon").
struct Person {
  std::string key;
};

using TypedValue = std::variant<std::monostate, Quantity, DateValue, Duration, Money, FieldSet, Category, Person>;

// How two values of one slot relate (values.hpp, compare()).
enum class Relation : std::uint8_t {  // one byte: facts keep a table of them
  agree,         // the same value
  compatible,    // overlapping intervals, at different precision ("12.4 million" in "nearly 12 million")
  minor,         // apart, but within the stated tolerance (dates one day apart)
  conflict,      // cannot both be true
  incomparable,  // not comparable: different units, an unresolved date, no exchange rate
};

struct Comparison {
  Relation relation = Relation::incomparable;
  std::string reason;  // one phrase a report can quote
  // The kind of finding the difference makes when it is not its relation's
  // usual one: "mixed-script" for two names that look the same but are
  // written in different scripts (a minor relation). "" otherwise.
  std::string kind{};
};

std::string_view to_string(Relation relation);  // "agree", "compatible", "minor", "conflict", "incomparable"

}  // namespace factlint
