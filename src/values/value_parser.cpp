// From matched words to a typed value, by the slot's type. Entry point:
// parse_value().
#include <algorithm>

#include "factlint/person_name.hpp"
#include "factlint/values.hpp"
#include "text/text.hpp"

namespace factlint {
namespace {

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (const std::string& w : detail::split_words(text)) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::optional<ParsedValue> person(std::string_view written, const ValueContext& context) {
  if (auto name = parse_person_name(written, context.rules.names)) return ParsedValue{name->display, name->canonical};
  if (context.known_people != nullptr) {
    if (auto name = resolve_partial_name(written, *context.known_people, context.rules.names)) {
      return ParsedValue{name->display, name->canonical};
    }
  }
  return std::nullopt;
}

std::optional<ParsedValue> field_set(std::string_view written, const ValueContext& context) {
  const std::vector<FieldMention> mentions =
      find_fields(written, context.rules.fields, context.rules.cues.field_qualifiers);
  if (mentions.empty()) return std::nullopt;
  const char sign = context.polarity == Polarity::negative ? '-' : '+';
  std::vector<std::string> items;
  ParsedValue value;
  for (const FieldMention& m : mentions) {
    std::string item = std::string(1, sign) + m.id;
    if (!m.qualifier.empty()) item += "(" + detail::ascii_lower(m.qualifier) + ")";
    value.display += (value.display.empty() ? "" : " ") + item;
    items.push_back(std::move(item));
  }
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  for (const std::string& item : items) value.canonical += (value.canonical.empty() ? "" : " ") + item;
  return value;
}

std::optional<ParsedValue> category(std::string_view written, const ValueContext& context) {
  const std::vector<std::string> ids = find_categories(written, context.slot);
  if (ids.empty()) return std::nullopt;
  // A negative claim denies each category: "not state_actor".
  const std::string prefix = context.polarity == Polarity::negative ? "not " : "";
  ParsedValue value;
  for (const std::string& id : ids) value.canonical += (value.canonical.empty() ? "" : " or ") + prefix + id;
  value.display = value.canonical;
  return value;
}

}  // namespace

std::optional<ParsedValue> parse_value(std::string_view written, const ValueContext& context) {
  switch (context.slot.type) {
    case ValueType::person: return person(written, context);
    case ValueType::field_set: return field_set(written, context);
    case ValueType::category: return category(written, context);
    case ValueType::quantity:
    case ValueType::date:
    case ValueType::duration:
    case ValueType::money: {
      ParsedValue value;
      value.display = collapse_spaces(written);
      if (value.display.empty()) return std::nullopt;
      value.canonical = collapse_spaces(detail::fold(value.display));
      return value;
    }
  }
  return std::nullopt;
}

}  // namespace factlint
