// The small functions of the plain-data model: how a Diagnostic, a ValueType,
// a Strength, Polarity, Modality and Severity are spelled.
#include "factlint/model/diagnostic.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

#include "factlint/model/claim.hpp"
#include "factlint/model/finding.hpp"
#include "factlint/model/value_type.hpp"

namespace factlint {

std::string to_string(const Diagnostic& d) {
  std::string out;
  if (!d.file.empty()) {
    out += d.file;
    if (d.line > 0) {
      out += fmt::format(":{}", d.line);
      if (d.column > 0) out += fmt::format(":{}", d.column);
    }
    out += ": ";
  }
  out += d.message;
  if (!d.hint.empty()) out += "; hint: " + d.hint;
  return out;
}

namespace {
constexpr std::array<std::pair<ValueType, std::string_view>, 7> kValueTypeNames{{
    {ValueType::person, "person"},
    {ValueType::quantity, "quantity"},
    {ValueType::date, "date"},
    {ValueType::duration, "duration"},
    {ValueType::money, "money"},
    {ValueType::field_set, "field-set"},
    {ValueType::category, "category"},
}};
}  // namespace

std::string_view to_string(ValueType type) {
  for (const auto& [t, name] : kValueTypeNames)
    if (t == type) return name;
  return "?";
}

std::optional<ValueType> parse_value_type(std::string_view name) {
  for (const auto& [t, n] : kValueTypeNames)
    if (n == name) return t;
  return std::nullopt;
}

std::string_view to_string(Strength strength) { return strength == Strength::strong ? "strong" : "weak"; }

std::string_view to_string(Polarity polarity) { return polarity == Polarity::positive ? "positive" : "negative"; }

std::string_view to_string(Modality modality) {
  switch (modality) {
    case Modality::asserted: return "asserted";
    case Modality::reported: return "reported";
    case Modality::speculative: return "speculative";
  }
  return "?";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "?";
}

}  // namespace factlint
