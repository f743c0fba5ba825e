// detail: reading numbers as news writes them, for the quantity, money and
// duration parsers. Entry points: read_number(), read_hedge(), words_of().
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/value.hpp"
#include "factlint/rules.hpp"

namespace factlint::detail {

// A number read from text: its value, and the step its digits were written
// to ("12.4 million": value 12.4e6, step 0.1e6; "25,000": step 1000).
struct NumberReading {
  double value = 0;
  double step = 1;
  double magnitude = 1;  // the factor of the magnitude word or abbreviation, 1 when none
  std::size_t end = 0;   // where the number (with its magnitude) ends in the text
};

// Reads a number at the start of `text` (after white space): digits with
// thousands separators and decimals ("12,400,000", "12.4"), with an exponent
// ("1e6", "10^6"), spelled numbers ("thirty-four", via ICU's
// RuleBasedNumberFormat), "a" / "an" before a magnitude ("a million"), each
// with an optional magnitude from the rules ("12mn", "1.2 trillion", "25
// lakh"). A number too large for a double ("1e400", 310 digits) is read as
// infinity, never as its first digits and never with an exception: the value
// check (kLargestNumber, value_parser.cpp) then refuses it.
std::optional<NumberReading> read_number(std::string_view text, const NumberRules& rules);

// The largest magnitude a value may have (a quintillion: beyond any count of
// people or records, and any sum in any currency); past it, or not finite, a
// value is out of range and makes no claim.
constexpr double kLargestNumber = 1e18;

// A vague amount at the start of `text` ("tens of millions"): its range.
std::optional<std::pair<NumberRange, std::size_t>> read_vague_amount(std::string_view text, const NumberRules& rules);

// A hedge at the start of `text` ("nearly", "more than", "could reach"): its
// meaning (from cues.hedges) and where it ends; nullopt when none.
std::optional<std::pair<std::string, std::size_t>> read_hedge(std::string_view text, const Cues& cues);

// The meaning of hedge words (cues.hedges), or "" when they are none.
std::string hedge_meaning(std::string_view words, const Cues& cues);

// The hedge that bounds a value: one at the start of `text`, which is then
// cut off it, or else `outside` (hedge words the rule matched before the
// value). Its meaning, or "" when there is none.
std::string take_hedge(std::string& text, std::string_view outside, const Cues& cues);

// The interval `point` covers, written to `step`, bounded by the hedge
// `mod` reaching `reach` of it (NumberRules::hedge_reach). Documented in
// docs/values.md.
NumberRange hedged_range(double point, double step, const std::string& mod, const NumberRules& rules);
NumberRange hedged_range_raw(double point, double step, const std::string& mod, const NumberRules& rules);

// `value` rounded to 12 significant digits, so that 9.7 * 1e9 is 9.7e9 and
// not 9699999999.999998; a range's ends likewise.
double clean(double value);
NumberRange clean(const NumberRange& range);

// `text` lower-cased (ASCII), with curly apostrophes straight and runs of
// white space as one space.
std::string normalised(std::string_view text);

// `text` with runs of white space as one space, trimmed.
std::string collapse_spaces(std::string_view text);

// Whether `text` starts with `prefix` followed by a word boundary; sets `end`.
bool starts_with_words(std::string_view text, std::string_view prefix, std::size_t* end);

}  // namespace factlint::detail
