// Person names as values: what counts as a name, its comparable (canonical)
// form, and when two names are one person. Entry points: parse_person_name(),
// same_person().
//
//   parse_person_name("Lee Ji hoon", rules)->canonical;       // "lee ji hoon"
//   parse_person_name("Lee Ji-hoon", rules)->canonical;       // "lee ji hoon"
//   parse_person_name("Jane Q. Public", rules)->canonical;    // "jane q public"
//   same_person("jane q public", "jane public");              // true
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "factlint/rules.hpp"

namespace factlint {

struct PersonName {
  std::string display;    // as written, trimmed of titles, white space collapsed: "Jane Q. Public"
  std::string canonical;  // case- and accent-folded words, hyphens as spaces, no suffix: "richard a smith"
};

// Reads `written` as a person's name. Words listed in `rules.not_name_words`
// are trimmed from both ends ("Mr", "Chief"), a generational suffix is kept in
// `display` but left out of `canonical`, and a word with romanisation
// variants ("Ryu", "Yoo") is compared as the first of its group ("yu").
// Returns nullopt when fewer than two name words remain: a surname alone
// ("Lee") does not say which person.
std::optional<PersonName> parse_person_name(std::string_view written, const NameRules& rules);

// A surname or given name alone, read as the one person of `known` (full
// names as written) whose first or last word it is: "Roe" with "John Roe"
// known. Nullopt when no known name, or more than one, fits.
std::optional<PersonName> resolve_partial_name(std::string_view written, const std::vector<std::string>& known,
                                               const NameRules& rules);

// Whether two canonical names are one person: the same words in the same
// order, where an initial ("a") may stand for a word or be left out, but two
// different initials or words at one place are two people.
bool same_person(std::string_view canonical_a, std::string_view canonical_b);

}  // namespace factlint
