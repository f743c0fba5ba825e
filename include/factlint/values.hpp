// Typed values: from the words a rule matched to a value that can be shown
// and compared. Entry points: parse_value() (by the slot's type) and
// compare(). The value model is model/value.hpp; docs/values.md documents
// both, with examples that `factlint normalize` answers.
//
//   parse_value("nearly 12 million", context)->typed;   // Quantity [10.8e6, 12e6], mod below
//   compare(a.typed, b.typed, rules).relation;          // Relation::compatible
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/value.hpp"
#include "factlint/rules.hpp"

namespace factlint {

struct ParsedValue {
  std::string display;    // for people and lists: the value as written, tidied
  std::string canonical;  // the comparable form, one string (finding ids hash it)
  TypedValue typed;       // the value itself, for comparison and reports
  bool weak = false;      // the value is itself a possibility (a category in the slot's weak_values)
};

// What a parser may need beyond the words.
struct ValueContext {
  ValueContext(const RuleSet& pack, const Slot& of_slot) : rules(pack), slot(of_slot) {}

  const RuleSet& rules;
  const Slot& slot;
  Polarity polarity = Polarity::positive;
  // Full names already found in the same document, for reading a surname
  // alone ("Roe") as the one person of that name; may be null.
  const std::vector<std::string>* known_people = nullptr;
  std::optional<CivilDate> published;  // the article's publication date, if known
  std::optional<int> year;             // the story's default year, if known
  std::string country;                 // the story's country (ISO 3166-1), or ""
  std::optional<CivilDate> anchor;     // the date last resolved before in the document ("the 19th")
  std::string hedge;                   // the pattern's hedge group, if any ("nearly")
  std::string unit;                    // the pattern's unit group, if any ("customers")
  // When not null, set to what is refused, when the words hold a value that
  // is refused rather than read (parse_value() then returns nullopt), as a
  // phrase that reads after "it holds": "a number out of range (...)" for
  // "1e400 people", "a day the calendar lacks (February 30)", "a year out of
  // range (99999)". Left alone otherwise.
  std::string* rejected = nullptr;
};

// The value of `written` as the slot's type, or nullopt when the words do not
// hold one (a surname that names no known person, a list with no known data
// field, words that name no category, a number that cannot be read), or hold
// one out of range (then context.rejected says why). A value returned is
// sound: its numbers are finite and at most 10^18 in size, a quantity's or
// money's point lies within its interval, a date's ends are days of the
// calendar in years 1 to 9999, and a duration is at most 10 million days.
//   person     see person_name.hpp; canonical is the person's key
//   quantity   an interval: digits' precision, hedge reach, shares of a
//              population through reference/countries.yaml; canonical
//              "[10800000,12000000] people"
//   date       a day interval resolved TIMEX3-style against the publication
//              date or the story's year; canonical is the TIMEX3 value, with
//              its mod ("2024-03 END"); unresolved dates keep their X's
//   duration   an interval of days; canonical ISO 8601 ("P5M", ">=P2M")
//   money      an interval in one currency; canonical "USD [96500000,97500000]"
//   field-set  the taxonomy's fields found in the words, each "+id" or "-id"
//              with a qualifier: "+names +payment(partial)", sorted
//   category   the slot's categories named, sorted, joined by " or ",
//              each preceded by "not " in a negative claim
std::optional<ParsedValue> parse_value(std::string_view written, const ValueContext& context);

// How two values of one slot relate, with a reason a report can quote. Values
// of different types, or of types with no comparison, are incomparable.
Comparison compare(const TypedValue& a, const TypedValue& b, const RuleSet& rules);

// The data fields named in `written`, each with the qualifier that stands
// before it (one of `qualifiers`), in the order written.
struct FieldMention {
  std::string id;
  std::string qualifier;
};
std::vector<FieldMention> find_fields(std::string_view written, const std::vector<DataField>& fields,
                                      const std::vector<std::string>& qualifiers);
// Text as find_fields() compares it: lower case, curly apostrophes straight.
//   fold_field_text("Driver’s Licences") -> "driver's licences"
std::string fold_field_text(std::string_view text);

// Days since 1970-01-01: day_number({1970, 1, 2}) is 1. For date arithmetic
// across the stages (gaps between publication dates, spans of days).
long day_number(const CivilDate& date);

// The civil date of a day number: the inverse of day_number().
CivilDate civil_date(long day);

// Whether the field `ancestor` is `id` itself or one of its broader fields in
// the taxonomy: field_covers(rules, "payment", "card_number") is true.
bool field_covers(const RuleSet& rules, std::string_view ancestor, std::string_view id);

// The categories of `slot` that `written` names, sorted and unique.
std::vector<std::string> find_categories(std::string_view written, const Slot& slot);

}  // namespace factlint
