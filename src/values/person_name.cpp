// Person names: parsing what a rule matched into a display form and a
// canonical form, and deciding when two canonical forms are one person.
// Entry points: parse_person_name(), same_person().
//
// Canonical form: words folded for case and accents (ICU NFKD, marks removed,
// case-folded), hyphens read as spaces ("Ji-hoon" = "Ji hoon"), apostrophes
// and full stops dropped ("O'Brien" = "OBrien", "A." = "a"), generational
// suffix left out. Comparison lives here too, because only the value type knows
// that "jane q public" and "jane public" are one person.
#include <algorithm>
#include <memory>
#include <vector>

#include <unicode/translit.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/unistr.h>

#include <fmt/format.h>

#include "factlint/person_name.hpp"
#include "text/text.hpp"
#include "values/value_types.hpp"

namespace factlint {
namespace {

using detail::split_words;

// A name word in comparable form: folded, apostrophes, full stops and commas
// dropped, hyphens read as spaces.
std::string fold(std::string_view word) {
  const std::string folded = detail::fold(word);
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const std::string_view rest = std::string_view(folded).substr(i);
    if (rest.starts_with("\u2019") || rest.starts_with("\u2018")) {  // curly apostrophes
      i += 2;
    } else if (rest.starts_with("\u2010") || rest.starts_with("\u2011")) {  // Unicode hyphens
      out += ' ';
      i += 2;
    } else if (folded[i] == '\'' || folded[i] == '.' || folded[i] == ',') {
      continue;
    } else {
      out += folded[i] == '-' ? ' ' : folded[i];
    }
  }
  return out;
}

// The word without trailing punctuation, for list look-ups: "Jr.," -> "Jr".
std::string bare(std::string_view word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  return fold(word);
}

bool listed(const std::vector<std::string>& list, std::string_view word) {
  const std::string b = bare(word);
  return std::any_of(list.begin(), list.end(), [&](const std::string& w) { return bare(w) == b; });
}

bool is_initial(std::string_view token) { return token.size() == 1; }

// Aligns `a` onto `b` in order, where an initial matches a word with its first
// letter, and initials of `a` (only) may be left unmatched.
bool align(const std::vector<std::string>& a, std::size_t i, const std::vector<std::string>& b, std::size_t j) {
  if (i == a.size()) return j == b.size();
  if (is_initial(a[i]) && align(a, i + 1, b, j)) return true;  // skip an initial of a
  if (j == b.size()) return false;
  const bool match = a[i] == b[j] || (is_initial(a[i]) && b[j].front() == a[i].front()) ||
                     (is_initial(b[j]) && a[i].front() == b[j].front());
  return match && align(a, i + 1, b, j + 1);
}

// The form a name word is compared in: its romanisation group's first spelling.
const std::string& standard_spelling(const std::string& part, const NameRules& rules) {
  for (const auto& group : rules.variants)
    for (const std::string& spelling : group)
      if (spelling == part) return group.front();
  return part;
}

// Name words without leading titles or trailing ones, and without the comma a
// sentence puts after a name.
std::vector<std::string> name_words(std::string_view written, const NameRules& rules) {
  std::vector<std::string> words = split_words(written);
  while (!words.empty() && listed(rules.not_name_words, words.front())) words.erase(words.begin());
  while (!words.empty() && listed(rules.not_name_words, words.back())) words.pop_back();
  // A trailing comma belongs to the sentence, not the name.
  if (!words.empty()) {
    while (!words.back().empty() && words.back().back() == ',') words.back().pop_back();
    if (words.back().empty()) words.pop_back();
  }
  return words;
}

bool is_hangul_syllable(UChar32 c) { return c >= 0xAC00 && c <= 0xD7A3; }

// ICU's Hangul-Latin, one syllable at a time, with a syllable's final
// consonant written as Revised Romanization writes it at a word's end ("석"
// -> "seok", not ICU's "seog"). One transliterator per thread.
std::string romanise_syllable(const icu::UnicodeString& syllable) {
  thread_local std::unique_ptr<icu::Transliterator> hangul_latin = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Hangul-Latin", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (hangul_latin == nullptr) return "";
  icu::UnicodeString s = syllable;
  hangul_latin->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  if (out.size() > 1 && out.back() == 'g' && out[out.size() - 2] != 'n') out.back() = 'k';
  if (out.size() > 1 && out.back() == 'd') out.back() = 't';
  if (out.size() > 1 && out.back() == 'b') out.back() = 'p';
  return out;
}

// A name written in Hangul ("박대준") as the words of its usual romanisation:
// the family name from the rules' table ("park"), then each given-name
// syllable ("dae", "jun"). Empty when `word` holds no Hangul.
std::vector<std::string> hangul_name_parts(std::string_view word, const NameRules& rules) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  std::vector<icu::UnicodeString> syllables;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (!is_hangul_syllable(c)) return {};
    syllables.emplace_back(c);
  }
  if (syllables.empty()) return {};
  std::vector<std::string> parts;
  std::size_t given = 0;
  for (std::size_t length : {std::size_t{2}, std::size_t{1}}) {  // two-syllable family names first
    if (syllables.size() <= length) continue;
    std::string family;
    for (std::size_t k = 0; k < length; ++k) syllables[k].toUTF8String(family);
    if (auto it = rules.hangul_family_names.find(family); it != rules.hangul_family_names.end()) {
      parts.push_back(it->second);
      given = length;
      break;
    }
  }
  for (std::size_t k = given; k < syllables.size(); ++k) parts.push_back(romanise_syllable(syllables[k]));
  return parts;
}

bool is_family_name(const std::string& part, const NameRules& rules) {
  return std::find(rules.family_names_first.begin(), rules.family_names_first.end(), part) !=
         rules.family_names_first.end();
}

}  // namespace

std::optional<PersonName> parse_person_name(std::string_view written, const NameRules& rules) {
  const std::vector<std::string> words = name_words(written, rules);
  if (words.empty()) return std::nullopt;

  PersonName name;
  for (const std::string& w : words) name.display += (name.display.empty() ? "" : " ") + w;

  // Each written word as its comparable parts: folded, hyphens as spaces,
  // romanisation variants unified, Hangul romanised.
  const bool has_suffix = words.size() > 2 && listed(rules.suffixes, words.back());
  std::vector<std::vector<std::string>> parts;
  for (std::size_t i = 0; i < words.size() - (has_suffix ? 1 : 0); ++i) {
    std::vector<std::string> p = hangul_name_parts(words[i], rules);
    if (p.empty()) p = split_words(fold(words[i]));
    for (std::string& part : p) part = standard_spelling(part, rules);
    if (!p.empty()) parts.push_back(std::move(p));
  }
  // East Asian order: "Ji-hoon Lee" is compared as "Lee Ji-hoon", when the last
  // word is a family name and the first is not (or is a hyphenated given name).
  if (parts.size() >= 2 && parts.back().size() == 1 && is_family_name(parts.back()[0], rules) &&
      (!is_family_name(parts.front()[0], rules) || words.front().find('-') != std::string::npos)) {
    std::rotate(parts.begin(), parts.end() - 1, parts.end());
  }
  std::size_t full_words = 0;
  std::string canonical;
  for (const auto& p : parts) {
    for (const std::string& part : p) {
      canonical += (canonical.empty() ? "" : " ") + part;
      if (part.size() > 1) ++full_words;
    }
  }
  if (full_words < 2) return std::nullopt;
  name.canonical = std::move(canonical);
  return name;
}

std::optional<PersonName> resolve_partial_name(std::string_view written, const std::vector<std::string>& known,
                                               const NameRules& rules) {
  const std::vector<std::string> words = name_words(written, rules);
  if (words.size() != 1) return std::nullopt;
  const std::string wanted = standard_spelling(fold(words[0]), rules);
  std::optional<PersonName> found;
  for (const std::string& candidate : known) {
    std::optional<PersonName> person = parse_person_name(candidate, rules);
    if (!person) continue;
    const std::vector<std::string> parts = split_words(person->canonical);
    if (parts.front() != wanted && parts.back() != wanted) continue;
    if (found && !same_person(found->canonical, person->canonical)) return std::nullopt;  // two people fit
    if (!found) found = std::move(person);
  }
  return found;
}

namespace detail {

std::optional<ParsedValue> parse_person(std::string_view written, const ValueContext& context) {
  std::optional<PersonName> name = parse_person_name(written, context.rules.names);
  if (!name && context.known_people != nullptr) name = resolve_partial_name(written, *context.known_people, context.rules.names);
  if (!name) return std::nullopt;
  return ParsedValue{name->display, name->canonical, Person{name->canonical}};
}

// The scripts of a name's letters, when there are more than one ("Latin and
// Cyrillic"), else "". Common and inherited characters (spaces, marks,
// digits) belong to no script here.
std::string mixed_scripts(std::string_view name) {
  std::vector<UScriptCode> seen;
  for (std::size_t at = 0; at < name.size();) {
    std::size_t length = 1;
    const int32_t c = detail::code_point_at(name, at, &length);
    at += length;
    if (c < 0) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN) continue;
    if (std::find(seen.begin(), seen.end(), script) == seen.end()) seen.push_back(script);
  }
  if (seen.size() < 2) return "";
  std::string out;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    out += i == 0 ? "" : i + 1 == seen.size() ? " and " : ", ";
    out += uscript_getName(seen[i]);
  }
  return out;
}

// The name with each character replaced by the one it is confusable with
// (Unicode's UTS #39 skeleton, ICU's spoof checker), so that look-alikes
// written in different scripts compare equal. One checker per thread.
std::string skeleton(std::string_view name) {
  thread_local icu::LocalUSpoofCheckerPointer checker([] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* c = uspoof_open(&status);
    return U_SUCCESS(status) ? c : nullptr;
  }());
  if (!checker.isValid()) return std::string(name);
  UErrorCode status = U_ZERO_ERROR;
  std::string out(name.size() * 4 + 16, '\0');
  const int32_t length = uspoof_getSkeletonUTF8(checker.getAlias(), 0, name.data(), static_cast<int32_t>(name.size()),
                                                out.data(), static_cast<int32_t>(out.size()), &status);
  if (U_FAILURE(status)) return std::string(name);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

Comparison compare_persons(const Person& a, const Person& b) {
  if (a.key == b.key) return {Relation::agree, fmt::format("the same person ({})", a.key), ""};
  if (same_person(a.key, b.key)) return {Relation::agree, fmt::format("{} and {} are one person", a.key, b.key), ""};
  // "Jane Doe" and "Jаne Doe" (a Cyrillic а): they look the same, so they are
  // not two people; a name that mixes scripts is a warning of its own.
  const std::string scripts_a = mixed_scripts(a.key), scripts_b = mixed_scripts(b.key);
  if ((!scripts_a.empty() || !scripts_b.empty()) && skeleton(a.key) == skeleton(b.key)) {
    const bool first = !scripts_a.empty();
    return {Relation::minor,
            fmt::format("{} and {} look the same, but {} mixes scripts ({}): a look-alike letter, not another person",
                        a.key, b.key, first ? a.key : b.key, first ? scripts_a : scripts_b),
            "mixed-script"};
  }
  return {Relation::conflict, fmt::format("{} and {} are different people", a.key, b.key), ""};
}

}  // namespace detail

bool same_person(std::string_view canonical_a, std::string_view canonical_b) {
  if (canonical_a == canonical_b) return true;
  const std::vector<std::string> a = split_words(canonical_a);
  const std::vector<std::string> b = split_words(canonical_b);
  if (a.empty() || b.empty()) return false;
  return align(a, 0, b, 0) || align(b, 0, a, 0);
}

}  // namespace factlint
