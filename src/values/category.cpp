// Categories: which of a slot's values some words name ("a former developer"
// -> insider). Entry point: find_categories().
#include <algorithm>

#include "factlint/values.hpp"
#include "text/text.hpp"

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
  return ids;
}

}  // namespace factlint
