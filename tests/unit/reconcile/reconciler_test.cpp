// reconcile(): claims of a single-valued slot that conflict by their typed
// values make a finding, with sides, outliers, a severity set by the evidence
// and a stable id; values a tolerance apart make a minor-difference warning.
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

RuleSet pack() {
  RuleSet rules;
  rules.slots = {
      slot("resigned_ceo", ValueType::person, Cardinality::one, "the CEO who resigned"),
      slot("board_members", ValueType::person, Cardinality::many, "people on the board"),
      slot("disclosure_date", ValueType::date, Cardinality::one, "when the breach was disclosed"),
      slot("affected_count", ValueType::quantity, Cardinality::one, "how many were affected"),
  };
  return rules;
}
const RuleSet kRules = pack();

Claim claim(std::string source, std::string value, std::string canonical, std::size_t at = 0,
            Strength strength = Strength::strong, std::string slot = "resigned_ceo") {
  Claim c;
  c.source = std::move(source);
  c.id = c.source + "/" + slot + "@" + std::to_string(at);
  c.path = "story/" + c.source + ".txt";
  c.slot = std::move(slot);
  c.value = std::move(value);
  c.canonical = std::move(canonical);
  c.typed = Person{c.canonical};
  c.text = "CEO " + c.value + " resigned";
  c.sentence = c.text + ".";
  c.span = {at, at + c.text.size()};
  c.sentence_begin = at;
  c.position = {1, static_cast<int>(at) + 1};
  c.strength = strength;
  return c;
}

Claim date_claim(std::string source, std::string written, CivilDate lo, CivilDate hi) {
  Claim c = claim(std::move(source), written, written, 0, Strength::strong, "disclosure_date");
  c.type = ValueType::date;
  DateValue d;
  d.lo = lo;
  d.hi = hi;
  d.timex = written;
  c.typed = d;
  return c;
}

Claim count_claim(std::string source, std::string written, std::optional<double> lo, std::optional<double> hi) {
  Claim c = claim(std::move(source), written, written, 0, Strength::strong, "affected_count");
  c.type = ValueType::quantity;
  Quantity q;
  q.range = {lo, hi};
  q.unit = "people";
  c.typed = q;
  return c;
}

}  // namespace

TEST_CASE("two people named for one single-valued slot make an error finding") {
  const std::vector<Claim> claims{
      claim("a", "Jane Doe", "jane doe"),     claim("b", "Jane Doe", "jane doe"),
      claim("b", "Jane Doe", "jane doe", 90), claim("c", "John Roe", "john roe"),
  };
  const auto findings = reconcile("story", claims, kRules).findings;
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
  CHECK(f.message ==
        "sources disagree on the CEO who resigned: Jane Doe (2 sources) vs John Roe (1 source); "
        "jane doe and john roe are different people");
}

TEST_CASE("spellings of one person make no finding") {
  const std::vector<Claim> claims{
      claim("a", "Park Dae-jun", "park dae jun"),
      claim("b", "Park Dae jun", "park dae jun"),
      claim("c", "Jane Q. Public", "jane q public", 0, Strength::strong, "board_members"),
  };
  CHECK(reconcile("story", claims, kRules).findings.empty());
  const std::vector<Claim> initials{claim("a", "Jane Q. Public", "jane q public"),
                                    claim("b", "Jane Public", "jane public")};
  CHECK(reconcile("story", initials, kRules).findings.empty());
}

TEST_CASE("a name without the middle initial backs neither of two people it could be") {
  const std::vector<Claim> claims{claim("a", "Jane Q. Public", "jane q public"),
                                  claim("b", "Jane Public", "jane public"),
                                  claim("c", "Jane R. Public", "jane r public")};
  const auto findings = reconcile("story", claims, kRules).findings;
  REQUIRE(findings.size() == 1);
  REQUIRE(findings[0].sides.size() == 2);
  for (const Side& side : findings[0].sides) {
    CHECK(side.sources.size() == 1);
    CHECK(side.value != "Jane Public");
  }
}

TEST_CASE("a side backed only by weak claims makes a warning, not an error") {
  const std::vector<Claim> claims{claim("a", "Jane Doe", "jane doe"),
                                  claim("b", "John Roe", "john roe", 0, Strength::weak)};
  const auto findings = reconcile("story", claims, kRules).findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].message.find("a warning") != std::string::npos);
}

TEST_CASE("with equal support, no side is the outlier") {
  const auto findings =
      reconcile("story", {claim("a", "Jane Doe", "jane doe"), claim("b", "John Roe", "john roe")}, kRules).findings;
  REQUIRE(findings.size() == 1);
  CHECK_FALSE(findings[0].sides[0].outlier);
  CHECK_FALSE(findings[0].sides[1].outlier);
}

TEST_CASE("many-valued slots never contradict by naming different people") {
  const std::vector<Claim> claims{claim("a", "Jane Doe", "jane doe", 0, Strength::strong, "board_members"),
                                  claim("b", "John Roe", "john roe", 0, Strength::strong, "board_members")};
  CHECK(reconcile("story", claims, kRules).findings.empty());
}

TEST_CASE("dates: a broad date takes no side, a day apart folds into one side") {
  const std::vector<Claim> claims{
      date_claim("a", "November 30", {2025, 11, 30}, {2025, 11, 30}),
      date_claim("b", "November 29", {2025, 11, 29}, {2025, 11, 29}),
      date_claim("c", "November 18", {2025, 11, 18}, {2025, 11, 18}),
      date_claim("c", "late November", {2025, 11, 16}, {2025, 11, 30}),
  };
  const auto findings = reconcile("story", claims, kRules).findings;
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.kind == "date-mismatch");
  CHECK(f.severity == Severity::error);
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].value == "November 29 / November 30");
  CHECK(f.sides[0].sources == std::vector<std::string>{"a", "b"});
  CHECK(f.sides[1].value == "November 18");
  CHECK(f.sides[1].evidence.size() == 1);  // "late November" fits both sides, so it is on neither
}

TEST_CASE("dates a day apart alone make a minor-difference warning") {
  const auto findings = reconcile("story",
                                  {date_claim("a", "April 20", {2025, 4, 20}, {2025, 4, 20}),
                                   date_claim("b", "April 21", {2025, 4, 21}, {2025, 4, 21})},
                                  kRules)
                            .findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == "minor-difference");
  CHECK(findings[0].severity == Severity::warning);
}

TEST_CASE("quantities: overlapping intervals agree, disjoint ones conflict, unplaceable ones take no part") {
  CHECK(reconcile("story",
                  {count_claim("a", "nearly 34 million", 30.6e6, 34e6), count_claim("b", "33.7 million", 33.65e6, 33.75e6),
                   count_claim("c", "more than 33 million", 33e6, std::nullopt)},
                  kRules)
            .findings.empty());
  const auto findings = reconcile("story",
                                  {count_claim("a", "143 million", 142.5e6, 143.5e6),
                                   count_claim("b", "147 million", 146.5e6, 147.5e6),
                                   count_claim("c", "two-thirds of ?", std::nullopt, std::nullopt)},
                                  kRules)
                            .findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == "numeric-mismatch");
  CHECK(findings[0].sides.size() == 2);
}

TEST_CASE("finding ids depend on story, slot and values only") {
  const auto first =
      reconcile("story", {claim("a", "Jane Doe", "jane doe", 10), claim("b", "John Roe", "john roe", 20)}, kRules).findings;
  const auto moved =
      reconcile("story", {claim("b", "John Roe", "john roe", 900), claim("a", "Jane Doe", "jane doe", 5)}, kRules).findings;
  REQUIRE(first.size() == 1);
  REQUIRE(moved.size() == 1);
  CHECK(first[0].id == moved[0].id);
  CHECK(first[0].id.size() == 16);
  CHECK(finding_id("other-story", "resigned_ceo", {"jane doe", "john roe"}) != first[0].id);
  CHECK(finding_id("story", "resigned_ceo", {"john roe", "jane doe"}) == first[0].id);
}
