// Person names: what counts as a name, the canonical form, and when two
// names are one person.
#include <catch2/catch.hpp>

#include "factlint/person_name.hpp"

using namespace factlint;

namespace {
NameRules rules() {
  NameRules r;
  r.not_name_words = {"Mr", "Chief", "Prime", "Minister", "On", "Monday"};
  r.suffixes = {"Jr", "Sr", "III"};
  r.variants = {{"yu", "ryu", "yoo"}, {"yeong", "young"}};
  r.family_names_first = {"lee", "kim", "park"};
  r.hangul_family_names = {{"\xEB\xB0\x95", "park"}};  // 박
  return r;
}
const NameRules kRules = rules();
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

TEST_CASE("name order: a family name written last is compared first") {
  CHECK(canonical("Ji-hoon Lee") == canonical("Lee Ji-hoon"));
  CHECK(canonical("Bom Kim") == "kim bom");
  CHECK(canonical("Kim Bom") == "kim bom");
  CHECK(canonical("Min-ji Kim") == canonical("Kim Min-ji"));  // a hyphenated given name comes first when written first
  CHECK(canonical("Jane Doe") == "jane doe");                   // no family name: as written
}

TEST_CASE("a name in Hangul matches its romanisation") {
  // 박대준: the family name from the table, the given name syllable by syllable.
  CHECK(canonical("\xEB\xB0\x95\xEB\x8C\x80\xEC\xA4\x80") == "park dae jun");
  CHECK(canonical("\xEB\xB0\x95") == "<none>");  // a family name alone
}

// With the default pack's names: every person in the answer keys, the ways
// news writes them, and people who must stay apart.
#include "support/default_pack.hpp"

namespace {

std::string key(const char* written) {
  auto v = factlint::testing::read_value(ValueType::person, written);
  return v ? v->canonical : "<none>";
}

struct Same {
  const char* a;
  const char* b;
};

const Same kSame[] = {
    {"Park Dae-jun", "Park Dae jun"},              // the seed, N2
    {"Park Dae-jun", "Dae-jun Park"},              // name order
    {"Park Dae-jun", "\xEB\xB0\x95\xEB\x8C\x80\xEC\xA4\x80"},  // 박대준
    {"Kim Min-seok", "Kim Min seok"},              // N2
    {"Kim Min-seok", "\xEA\xB9\x80\xEB\xAF\xBC\xEC\x84\x9D"},  // 김민석
    {"Kang Han-seung", "\xEA\xB0\x95\xED\x95\x9C\xEC\x8A\xB9"},  // 강한승
    {"Harold Rogers", "HAROLD ROGERS"},
    {"Bom Kim", "Kim Bom"},
    {"Richard Smith", "Richard A. Smith"},         // Equifax, N1
    {"Paulino do Rego Barros Jr.", "Paulino do Rego Barros, Jr."},  // Equifax, N2
    {"Yu Yeong-sang", "Ryu Young-sang"},           // SK Telecom, N1
    {"Ryu Young-sang", "\xEC\x9C\xA0\xEC\x98\x81\xEC\x83\x81"},  // 유영상
    {"Lee Jae Myung", "Lee Jae-myung"},
    {"Lee Jae-myung", "\xEC\x9D\xB4\xEC\x9E\xAC\xEB\xAA\x85"},  // 이재명
    {"Jos\xC3\xA9 Garc\xC3\xAD" "a", "Jose Garcia"},
    {"Prime Minister Kim Min-seok", "Kim Min-seok"},
    {"Dr. Jane Doe", "Jane Doe"},
};

const Same kDifferent[] = {
    {"Kim Min-seok", "Kim Bom"},  // same family name, different people
    {"Park Dae-jun", "Kang Han-seung"},
    {"Park Dae-jun", "Park Dae-sung"},
    {"Richard A. Smith", "Richard B. Smith"},
    {"Harold Rogers", "Harold Rodgers"},
    {"Lee Ji-hoon", "Lee Ji-hye"},
};

}  // namespace

TEST_CASE("people: one person however news writes the name") {
  for (const Same& s : kSame) {
    INFO(s.a << " = " << s.b);
    CHECK(key(s.a) != "<none>");
    CHECK(same_person(key(s.a), key(s.b)));
  }
}

TEST_CASE("people: different people never share a key") {
  for (const Same& s : kDifferent) {
    INFO(s.a << " != " << s.b);
    CHECK_FALSE(same_person(key(s.a), key(s.b)));
  }
  const RuleSet& rules = factlint::testing::default_pack();
  CHECK(compare(Person{key("Kim Min-seok")}, Person{key("Kim Bom")}, rules).relation == Relation::conflict);
  CHECK(compare(Person{key("Yu Yeong-sang")}, Person{key("Ryu Young-sang")}, rules).relation == Relation::agree);
}

TEST_CASE("people: a name with a look-alike letter from another script is a mixed-script difference, not another person") {
  const RuleSet& rules = factlint::testing::default_pack();
  // "Jаne Doe" with a Cyrillic а (U+0430).
  const Comparison c = compare(Person{key("Jane Doe")}, Person{key("J\xD0\xB0ne Doe")}, rules);
  CHECK(c.relation == Relation::minor);
  CHECK(c.kind == "mixed-script");
  CHECK(c.reason.find("mixes scripts (Latin and Cyrillic)") != std::string::npos);
  // Different people stay different, in any script; a whole name in one other script is no mix.
  CHECK(compare(Person{key("Jane Doe")}, Person{key("J\xD0\xB0ne Roe")}, rules).relation == Relation::conflict);
  CHECK(compare(Person{key("Jane Doe")}, Person{key("Jane Doe")}, rules).kind.empty());
}
