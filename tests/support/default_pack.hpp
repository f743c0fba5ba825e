// The default rule pack from the source tree, loaded once for the tests that
// need its reference data (numbers, dates, currencies, countries, names).
#pragma once

#include <catch2/catch.hpp>

#include "factlint/rules.hpp"
#include "factlint/values.hpp"

namespace factlint::testing {

inline const RuleSet& default_pack() {
  static const RuleSet pack = [] {
    Result<RuleSet> r = load_rule_pack(std::string(FACTLINT_SOURCE_DIR) + "/rules");
    if (!r) FAIL("the default rule pack does not load: " << to_string(r.errors().front()));
    return std::move(r).value();
  }();
  return pack;
}

// Context for reading values as `type` (or as the pack's slot `slot_name`).
struct ReadOptions {
  std::optional<CivilDate> published;
  std::optional<int> year;
  std::string country;
  std::optional<CivilDate> anchor;
  std::string unit;
  Polarity polarity = Polarity::positive;
  std::string* rejected = nullptr;  // set to what was refused, when the words hold a value out of range
};

inline std::optional<ParsedValue> read_value(ValueType type, std::string_view text, const ReadOptions& o = {}) {
  static Slot slots[7];
  Slot& slot = slots[static_cast<int>(type)];
  slot.type = type;
  ValueContext context(default_pack(), slot);
  context.published = o.published;
  context.year = o.year;
  context.country = o.country;
  context.anchor = o.anchor;
  context.unit = o.unit;
  context.polarity = o.polarity;
  context.rejected = o.rejected;
  return parse_value(text, context);
}

inline std::optional<ParsedValue> read_slot(std::string_view slot_name, std::string_view text, const ReadOptions& o = {}) {
  const Slot* slot = default_pack().slot(slot_name);
  REQUIRE(slot != nullptr);
  ValueContext context(default_pack(), *slot);
  context.published = o.published;
  context.year = o.year;
  context.country = o.country;
  context.polarity = o.polarity;
  return parse_value(text, context);
}

}  // namespace factlint::testing
