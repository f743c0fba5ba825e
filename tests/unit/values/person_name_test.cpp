// Person names: what counts as a name, the canonical form, and when two
// names are one person.
#include <catch2/catch.hpp>

#include "factlint/person_name.hpp"

using namespace factlint;

namespace {
const NameRules kRules{{"Mr", "Chief", "Prime", "Minister", "On", "Monday"}, {"Jr", "Sr", "III"}};
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
