// Typed values: from the words a rule matched to a value that can be shown
// and compared. Entry point: parse_value(), which hands each type to its own
// parser (person_name.hpp for persons).
//
//   parse_value("names, email addresses and partial payment data", context)->canonical;
//       // "+email +names +payment(partial)"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/rules.hpp"

namespace factlint {

struct ParsedValue {
  std::string display;    // for people: the value as written, tidied
  std::string canonical;  // the comparable form
};

// What a parser may need beyond the words.
struct ValueContext {
  const RuleSet& rules;
  const Slot& slot;
  Polarity polarity = Polarity::positive;
  // Full names already found in the same document, for reading a surname
  // alone ("Roe") as the one person of that name; may be null.
  const std::vector<std::string>* known_people = nullptr;
};

// The value of `written` as the slot's type, or nullopt when the words do not
// hold one (a surname that names no known person, a list with no known data
// field, words that name no category of the slot).
//   person     see person_name.hpp
//   field-set  the taxonomy's fields found in the words, each "+id" or "-id"
//              (by polarity), with a qualifier when one stands before it:
//              "+names +payment(partial)", sorted
//   category   the slot's categories the words name, sorted, joined by " or ",
//              each preceded by "not " in a negative claim
//   quantity, date, duration, money
//              for now the folded words ("nearly 5 million"); typed
//              intervals come with the typed value model
std::optional<ParsedValue> parse_value(std::string_view written, const ValueContext& context);

// The data fields named in `written`, each with the qualifier that stands
// before it (one of `qualifiers`), in the order written.
struct FieldMention {
  std::string id;
  std::string qualifier;
};
std::vector<FieldMention> find_fields(std::string_view written, const std::vector<DataField>& fields,
                                      const std::vector<std::string>& qualifiers);

// The categories of `slot` that `written` names, sorted and unique.
std::vector<std::string> find_categories(std::string_view written, const Slot& slot);

}  // namespace factlint
