// Person names: what counts as a name, the canonical form, and when two
// names are one person.
#include <catch2/catch.hpp>

#include "factlint/person_name.hpp"

using namespace factlint;

namespace {
const NameRules kRules{{"Mr", "Chief", "Prime", "Minister", "On", "Monday"},
                       {"Jr", "Sr", "III"},
                       {{"yu", "ryu", "yoo"}, {"yeong", "young"}}};
std::string canonical(std::string_view written) {
  auto name = parse_person_name(written, kRules);
  return name ? name->canonical : "<none>";
}
}  // namespace

TEST_CASE("hyphens, spacing, case and accents do not change the canonical form") {
  CHECK(canonical("Park Dae jun") == "park dae jun");
  CHECK(canonical("Park Dae-jun") == "park dae jun");
  CHECK(canonical("PARK  Dae\xE2\x80\x90jun") == "park dae jun");  // U+2010 hyphen
  CHECK(canonical("Jos\xC3\xA9 Garc\xC3\xAD" "a") == "jose garcia");
  CHECK(canonical("Conan O\xE2\x80\x99" "Brien") == canonical("Conan O'Brien"));
}

TEST_CASE("titles are trimmed, suffixes kept in display but not compared") {
  auto name = parse_person_name("Prime Minister Kim Min seok", kRules);
  REQUIRE(name);
  CHECK(name->display == "Kim Min seok");
  CHECK(name->canonical == "kim min seok");
  auto barros = parse_person_name("Paulino do Rego Barros, Jr.", kRules);
  REQUIRE(barros);
  CHECK(barros->display == "Paulino do Rego Barros, Jr.");
  CHECK(barros->canonical == "paulino do rego barros");
  CHECK(canonical("On Monday Jane Doe") == "jane doe");
}

TEST_CASE("a surname alone, or titles alone, is not a name") {
  CHECK_FALSE(parse_person_name("Park", kRules));
  CHECK_FALSE(parse_person_name("Mr Park", kRules));
  CHECK_FALSE(parse_person_name("Chief Minister", kRules));
  CHECK_FALSE(parse_person_name("J. Smith", kRules));
}

TEST_CASE("same_person: initials may be dropped or stand for a word, but must agree") {
  CHECK(same_person("park dae jun", "park dae jun"));
  CHECK(same_person("richard a smith", "richard smith"));
  CHECK(same_person("richard smith", "richard a smith"));
  CHECK(same_person("r smith", "richard smith"));
  CHECK_FALSE(same_person("john f kennedy", "john g kennedy"));
  CHECK_FALSE(same_person("park dae jun", "kang han seung"));
  CHECK_FALSE(same_person("jane doe", "jane doe smith"));
  CHECK_FALSE(same_person("", "jane doe"));
}

TEST_CASE("romanisation variants are one spelling") {
  CHECK(canonical("Yu Yeong-sang") == "yu yeong sang");  // the test pack's own first spellings
  CHECK(canonical("Ryu Young-sang") == "yu yeong sang");
  CHECK(canonical("Yoo Young sang") == "yu yeong sang");
  CHECK(canonical("Ryu Min-ho") != canonical("Ryu Young-sang"));
}

TEST_CASE("a surname alone is read as the one known person of that name") {
  const std::vector<std::string> known{"Richard Smith", "Lee Ji-hoon", "Jane Doe"};
  auto smith = resolve_partial_name("Smith", known, kRules);
  REQUIRE(smith);
  CHECK(smith->canonical == "richard smith");
  auto lee = resolve_partial_name("Lee", known, kRules);  // family name first
  REQUIRE(lee);
  CHECK(lee->canonical == "lee ji hoon");
  CHECK_FALSE(resolve_partial_name("Roe", known, kRules));
  CHECK_FALSE(resolve_partial_name("Jane Roe", known, kRules));  // not a single word
  // Two known people share the surname: no guess.
  CHECK_FALSE(resolve_partial_name("Smith", {"Richard Smith", "Anna Smith"}, kRules));
  // The same person written twice is still one.
  CHECK(resolve_partial_name("Smith", {"Richard Smith", "Richard A. Smith"}, kRules));
}
