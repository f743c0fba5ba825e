// detail: one parser and one comparison per value type, dispatched by
// value_parser.cpp. Each lives in the file named after its type.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "factlint/values.hpp"

namespace factlint::detail {

std::optional<ParsedValue> parse_person(std::string_view written, const ValueContext& context);
std::optional<ParsedValue> parse_quantity(std::string_view written, const ValueContext& context);
std::optional<ParsedValue> parse_date(std::string_view written, const ValueContext& context);
std::optional<ParsedValue> parse_duration(std::string_view written, const ValueContext& context);
std::optional<ParsedValue> parse_money(std::string_view written, const ValueContext& context);
std::optional<ParsedValue> parse_field_set(std::string_view written, const ValueContext& context);
std::optional<ParsedValue> parse_category(std::string_view written, const ValueContext& context);

Comparison compare_persons(const Person& a, const Person& b);
Comparison compare_quantities(const Quantity& a, const Quantity& b);
Comparison compare_dates(const DateValue& a, const DateValue& b, const Tolerances& tolerances);
Comparison compare_durations(const Duration& a, const Duration& b);
Comparison compare_money(const Money& a, const Money& b, const RuleSet& rules);
Comparison compare_field_sets(const FieldSet& a, const FieldSet& b, const RuleSet& rules);
Comparison compare_categories(const Category& a, const Category& b);

// Numbers for people: 12000000 -> "12 million", 12350000 -> "12.35 million",
// 8000 -> "8,000".
std::string readable_number(double value);

// "10.8–12 million", "≥12 million", "≤9 million".
std::string readable_range(const NumberRange& range);

// Relation of two number ranges: agree when equal, compatible when they
// overlap, conflict otherwise (with the gap and its relative size).
Relation range_relation(const NumberRange& a, const NumberRange& b);

// A number written for canonical forms: integers without exponent.
std::string canonical_number(double value);

}  // namespace factlint::detail
