// Categories: which of a slot's values some words name ("a former developer"
// -> insider). Entry point: find_categories().
#include <algorithm>

#include <fmt/format.h>

#include "factlint/values.hpp"
#include "text/text.hpp"
#include "values/value_types.hpp"

namespace factlint {

std::vector<std::string> find_categories(std::string_view written, const Slot& slot) {
  const std::string text = detail::ascii_lower(written);
  std::vector<std::string> ids;
  for (const CategoryValue& category : slot.categories) {
    const bool named = std::any_of(category.words.begin(), category.words.end(), [&](const std::string& w) {
      return !detail::find_whole_words(text, detail::ascii_lower(w)).empty();
    });
    if (named) ids.push_back(category.id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  // "state-backed attackers" names a state actor, not also attackers at large.
  auto broad = [&](const std::string& id) {
    return std::find(slot.broad_values.begin(), slot.broad_values.end(), id) != slot.broad_values.end();
  };
  if (!std::all_of(ids.begin(), ids.end(), broad)) ids.erase(std::remove_if(ids.begin(), ids.end(), broad), ids.end());
  return ids;
}

namespace detail {
namespace {

std::string joined(const Category& c) {
  std::string out;
  for (const std::string& id : c.ids) out += std::string(out.empty() ? "" : " or ") + (c.negative ? "not " : "") + id;
  return out;
}

bool intersect(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

}  // namespace

std::optional<ParsedValue> parse_category(std::string_view written, const ValueContext& context) {
  Category c{find_categories(written, context.slot), context.polarity == Polarity::negative};
  if (c.ids.empty()) return std::nullopt;
  const std::string text = joined(c);
  const bool weak = !c.negative && std::all_of(c.ids.begin(), c.ids.end(), [&](const std::string& id) {
    return std::find(context.slot.weak_values.begin(), context.slot.weak_values.end(), id) != context.slot.weak_values.end();
  });
  c.broad = std::all_of(c.ids.begin(), c.ids.end(), [&](const std::string& id) {
    return std::find(context.slot.broad_values.begin(), context.slot.broad_values.end(), id) != context.slot.broad_values.end();
  });
  return ParsedValue{text, text, c, weak};
}

Comparison compare_categories(const Category& a, const Category& b) {
  if (a.negative != b.negative) {
    const Category& yes = a.negative ? b : a;
    const Category& no = a.negative ? a : b;
    if (intersect(yes.ids, no.ids)) return {Relation::conflict, fmt::format("{} against {}", joined(yes), joined(no))};
    return {Relation::compatible, fmt::format("{} is not denied by {}", joined(yes), joined(no))};
  }
  if (a.ids == b.ids) return {Relation::agree, fmt::format("the same: {}", joined(a))};
  if (a.broad != b.broad && !a.negative) {
    const Category& general = a.broad ? a : b;
    const Category& precise = a.broad ? b : a;
    return {Relation::compatible, fmt::format("{} says more than {}", joined(precise), joined(general))};
  }
  if (a.negative || intersect(a.ids, b.ids)) {
    return {Relation::compatible, fmt::format("{} and {} share a possibility", joined(a), joined(b))};
  }
  return {Relation::conflict, fmt::format("{} against {}", joined(a), joined(b))};
}

}  // namespace detail
}  // namespace factlint
