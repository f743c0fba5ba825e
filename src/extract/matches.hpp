// detail: walking the matches of a compiled pattern, shared by extraction and
// scope.
#pragma once

#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "factlint/rules.hpp"

namespace factlint::detail {

// Calls `on_match(groups)` for each match of `pattern` in `text`, left to
// right, without overlaps; groups[0] is the whole match, groups[i] the i-th
// group (empty when it did not take part). `on_match` returns false to stop.
template <class OnMatch>
void for_each_match(const Pattern& pattern, std::string_view text, OnMatch&& on_match) {
  const re2::RE2& regex = *pattern.regex;
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(regex.NumberOfCapturingGroups()) + 1);
  const re2::StringPiece input(text.data(), text.size());
  std::size_t pos = 0;
  while (pos <= text.size() &&
         regex.Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()))) {
    const std::size_t end = static_cast<std::size_t>(groups[0].data() - text.data()) + groups[0].size();
    pos = end > pos ? end : pos + 1;
    if (!on_match(static_cast<const std::vector<re2::StringPiece>&>(groups))) return;
  }
}

// Whether the prefilter lets `pattern` run on a text: `may_match` holds its
// verdicts (by Pattern::filter_id), or is null (or empty) to run every pattern.
inline bool may_run(const Pattern& pattern, const std::vector<char>* may_match) {
  return may_match == nullptr || may_match->empty() || pattern.filter_id < 0 ||
         (*may_match)[static_cast<std::size_t>(pattern.filter_id)] != 0;
}

// The first non-empty group of `indexes` in a match, or empty.
inline std::string_view first_taking_part(const std::vector<int>& indexes, const std::vector<re2::StringPiece>& groups) {
  for (int index : indexes) {
    const re2::StringPiece& g = groups[static_cast<std::size_t>(index)];
    if (!g.empty()) return {g.data(), g.size()};
  }
  return {};
}

// The organisation a match names (its `org` groups), or empty.
inline std::string_view matched_organisation(const Pattern& pattern, const std::vector<re2::StringPiece>& groups) {
  return first_taking_part(pattern.org_groups, groups);
}

}  // namespace factlint::detail
