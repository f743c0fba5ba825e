// reconcile(): different values of a single-valued slot make a finding, with
// sides, outliers, a severity set by the evidence and a stable id.
#include <catch2/catch.hpp>

#include "factlint/reconcile.hpp"

using namespace factlint;

namespace {

Slot slot(std::string name, ValueType type, Cardinality cardinality, std::string description) {
  Slot s;
  s.name = std::move(name);
  s.type = type;
  s.cardinality = cardinality;
  s.description = std::move(description);
  return s;
}

const std::vector<Slot> kSlots{
    slot("resigned_ceo", ValueType::person, Cardinality::one, "the CEO who resigned"),
    slot("board_members", ValueType::person, Cardinality::many, "people on the board"),
    slot("disclosure_date", ValueType::date, Cardinality::one, "when the breach was disclosed"),
};

Claim claim(std::string source, std::string value, std::string canonical, std::size_t at = 0,
            Strength strength = Strength::strong, std::string slot = "resigned_ceo") {
  Claim c;
  c.source = std::move(source);
  c.id = c.source + "/" + slot + "@" + std::to_string(at);
  c.path = "story/" + c.source + ".txt";
  c.slot = std::move(slot);
  c.value = std::move(value);
  c.canonical = std::move(canonical);
  c.text = "CEO " + c.value + " resigned";
  c.sentence = c.text + ".";
  c.span = {at, at + c.text.size()};
  c.sentence_begin = at;
  c.position = {1, static_cast<int>(at) + 1};
  c.strength = strength;
  return c;
}

}  // namespace

TEST_CASE("two people named for one single-valued slot make an error finding") {
  const std::vector<Claim> claims{
      claim("a", "Jane Doe", "jane doe"),     claim("b", "Jane Doe", "jane doe"),
      claim("b", "Jane Doe", "jane doe", 90), claim("c", "John Roe", "john roe"),
  };
  const auto findings = reconcile("story", claims, kSlots);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.slot == "resigned_ceo");
  CHECK(f.severity == Severity::error);
  CHECK(f.kind == "entity-mismatch");
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].value == "Jane Doe");
  CHECK(f.sides[0].sources == std::vector<std::string>{"a", "b"});
  CHECK(f.sides[0].evidence.size() == 3);
  CHECK_FALSE(f.sides[0].outlier);
  CHECK(f.sides[1].value == "John Roe");
  CHECK(f.sides[1].outlier);
  CHECK(f.message == "sources disagree on the CEO who resigned: Jane Doe (2 sources) vs John Roe (1 source)");
}

TEST_CASE("spellings of one person make no finding") {
  const std::vector<Claim> claims{
      claim("a", "Park Dae-jun", "park dae jun"),
      claim("b", "Park Dae jun", "park dae jun"),
      claim("c", "Richard A. Smith", "richard a smith", 0, Strength::strong, "board_members"),
  };
  CHECK(reconcile("story", claims, kSlots).empty());
  const std::vector<Claim> initials{claim("a", "Richard A. Smith", "richard a smith"),
                                    claim("b", "Richard Smith", "richard smith")};
  CHECK(reconcile("story", initials, kSlots).empty());
}

TEST_CASE("a side backed only by weak rules makes a warning, not an error") {
  const std::vector<Claim> claims{claim("a", "Jane Doe", "jane doe"),
                                  claim("b", "John Roe", "john roe", 0, Strength::weak)};
  const auto findings = reconcile("story", claims, kSlots);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].message.find("inferred from context") != std::string::npos);
}

TEST_CASE("with equal support, no side is the outlier") {
  const auto findings =
      reconcile("story", {claim("a", "Jane Doe", "jane doe"), claim("b", "John Roe", "john roe")}, kSlots);
  REQUIRE(findings.size() == 1);
  CHECK_FALSE(findings[0].sides[0].outlier);
  CHECK_FALSE(findings[0].sides[1].outlier);
}

TEST_CASE("many-valued slots never contradict by naming different people") {
  const std::vector<Claim> claims{claim("a", "Jane Doe", "jane doe", 0, Strength::strong, "board_members"),
                                  claim("b", "John Roe", "john roe", 0, Strength::strong, "board_members")};
  CHECK(reconcile("story", claims, kSlots).empty());
}

TEST_CASE("finding ids depend on story, slot and values only") {
  const auto first = reconcile("story", {claim("a", "Jane Doe", "jane doe", 10), claim("b", "John Roe", "john roe", 20)},
                               kSlots);
  const auto moved = reconcile("story", {claim("b", "John Roe", "john roe", 900), claim("a", "Jane Doe", "jane doe", 5)},
                               kSlots);
  REQUIRE(first.size() == 1);
  REQUIRE(moved.size() == 1);
  CHECK(first[0].id == moved[0].id);
  CHECK(first[0].id.size() == 16);
  CHECK(finding_id("other-story", "resigned_ceo", {"jane doe", "john roe"}) != first[0].id);
  CHECK(finding_id("story", "resigned_ceo", {"john roe", "jane doe"}) == first[0].id);
}

TEST_CASE("types without a typed comparison yet make no findings") {
  Claim a = claim("a", "November 18", "november 18", 0, Strength::strong, "disclosure_date");
  Claim b = claim("b", "November 29", "november 29", 0, Strength::strong, "disclosure_date");
  a.type = b.type = ValueType::date;
  CHECK(reconcile("story", {a, b}, kSlots).empty());
}
