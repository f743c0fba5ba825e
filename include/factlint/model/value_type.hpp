// ValueType: the kinds of value a slot holds, and their names in rule packs
// and reports ("person", "quantity", ...).
#pragma once

#include <optional>
#include <string_view>

namespace factlint {

enum class ValueType { person, quantity, date, duration, money, field_set, category };

// "person", "quantity", "date", "duration", "money", "field-set", "category".
std::string_view to_string(ValueType type);

// The inverse of to_string; nullopt for any other name.
std::optional<ValueType> parse_value_type(std::string_view name);

}  // namespace factlint
