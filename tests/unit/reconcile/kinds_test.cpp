// Every kind of finding, each on a small fictional story in tests/kinds/
// read with the default rule pack: the articles are real text, so these tests
// break if extraction or reconciliation stops telling the kinds apart.
#include <catch2/catch.hpp>

#include <algorithm>

#include "factlint/corpus.hpp"
#include "factlint/pipeline.hpp"
#include "support/default_pack.hpp"

using namespace factlint;
using factlint::testing::default_pack;

namespace {

StoryReport check_kind(const std::string& name) {
  const std::string dir = std::string(FACTLINT_SOURCE_DIR) + "/tests/kinds/" + name;
  Result<std::vector<StoryInput>> inputs = discover_stories({dir});
  REQUIRE(inputs);
  REQUIRE(inputs->size() == 1);
  const LoadedStory story = load_story(inputs->front());
  REQUIRE(story.errors.empty());
  return check_story(story, default_pack());
}

std::vector<const Finding*> of_kind(const StoryReport& report, std::string_view kind) {
  std::vector<const Finding*> out;
  for (const Finding& f : report.findings)
    if (f.kind == kind) out.push_back(&f);
  return out;
}

std::size_t count_severity(const StoryReport& report, Severity severity) {
  return static_cast<std::size_t>(std::count_if(report.findings.begin(), report.findings.end(),
                                                [&](const Finding& f) { return f.severity == severity; }));
}

const SourceTrust& source(const StoryReport& report, std::string_view id) {
  for (const SourceTrust& s : report.sources)
    if (s.id == id) return s;
  FAIL("no source " << id);
  return report.sources.front();
}

const Consensus& consensus(const StoryReport& report, std::string_view slot, std::string_view key = "") {
  for (const Consensus& c : report.consensus)
    if (c.slot == slot && c.key == key) return c;
  FAIL("no consensus for " << slot << " " << key);
  return report.consensus.front();
}

}  // namespace

TEST_CASE("entity-mismatch: two people named for one office, stated outright, is an error") {
  const StoryReport r = check_kind("entity-mismatch");
  const auto found = of_kind(r, "entity-mismatch");
  REQUIRE(found.size() == 1);
  const Finding& f = *found[0];
  CHECK(f.slot == "resigned_ceo");
  CHECK(f.severity == Severity::error);
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].value == "Lena Ortiz");
  CHECK_FALSE(f.sides[0].outlier);
  CHECK(f.sides[1].value == "Marcus Hale");
  CHECK(f.sides[1].outlier);
  CHECK(f.message.find("lena ortiz and marcus hale are different people") != std::string::npos);
}

TEST_CASE("date-mismatch: disclosure dates a week apart are an error, and a tie marks no outlier") {
  const StoryReport r = check_kind("date-mismatch");
  const auto found = of_kind(r, "date-mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == Severity::error);
  CHECK(found[0]->message.find("8 days apart") != std::string::npos);
  for (const Side& side : found[0]->sides) CHECK_FALSE(side.outlier);
  CHECK_FALSE(consensus(r, "disclosure_date").decisive);
}

TEST_CASE("numeric-mismatch: counts whose intervals do not overlap are an error") {
  const StoryReport r = check_kind("numeric-mismatch");
  const auto found = of_kind(r, "numeric-mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == "affected_count");
  CHECK(found[0]->severity == Severity::error);
  CHECK(found[0]->message.find("do not overlap") != std::string::npos);
}

TEST_CASE("category-mismatch: an insider against a criminal gang, both outright, is an error") {
  const StoryReport r = check_kind("category-mismatch");
  const auto found = of_kind(r, "category-mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->slot == "perpetrator");
  CHECK(found[0]->severity == Severity::error);
}

TEST_CASE("polarity: a field said stolen against the same field said safe is an error on that field") {
  const StoryReport r = check_kind("polarity");
  const auto found = of_kind(r, "polarity");
  REQUIRE(found.size() == 1);
  const Finding& f = *found[0];
  CHECK(f.slot == "exposed_data");
  CHECK(f.key == "card_number");
  CHECK(f.severity == Severity::error);
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].value == "card_number not exposed");
  CHECK(f.sides[0].sources == std::vector<std::string>{"a_daily", "b_review"});
  CHECK(f.sides[1].sources == std::vector<std::string>{"c_report"});
  CHECK(f.sides[1].outlier);
  // Email, named exposed by two and safe by none, is no finding.
  for (const Finding& other : r.findings) CHECK(other.key != "email");
}

TEST_CASE("minor-difference: dates a day apart are a warning, never an error") {
  const StoryReport r = check_kind("minor-difference");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].kind == "minor-difference");
  CHECK(r.findings[0].severity == Severity::warning);
}

TEST_CASE("mixed-script: a name written with a look-alike letter from another script is a warning of its own") {
  const StoryReport r = check_kind("mixed-script");
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.kind == "mixed-script");
  CHECK(f.severity == Severity::warning);
  CHECK(f.slot == "resigned_ceo");
  CHECK(f.message.find("mixes scripts (Latin and Cyrillic)") != std::string::npos);
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].sources == std::vector<std::string>{"a_gazette", "b_courier"});
  CHECK(f.sides[1].sources == std::vector<std::string>{"c_ledger"});
  CHECK(count_severity(r, Severity::error) == 0);
}

TEST_CASE("hedged: a named suspect against speculation is a warning that names the cue") {
  const StoryReport r = check_kind("hedged");
  const auto found = of_kind(r, "hedged");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == Severity::warning);
  CHECK(found[0]->message.find("one side is speculation, \"may\"") != std::string::npos);
  CHECK(count_severity(r, Severity::error) == 0);
}

TEST_CASE("superseded: a count revised months later is a note naming the article that updated it") {
  const StoryReport r = check_kind("superseded");
  CHECK(count_severity(r, Severity::error) == 0);
  const auto found = of_kind(r, "superseded");
  REQUIRE(found.size() == 1);
  const Finding& f = *found[0];
  CHECK(f.severity == Severity::info);
  CHECK(f.updated_by == std::vector<std::string>{"c_later"});
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].value == "1.1 million");
  CHECK(f.sides[0].as_of == "2020-02-04");
  CHECK(f.sides[1].value == "1.6 million");
  CHECK(f.sides[1].as_of == "2020-06-18");
  // The consensus is the current value, not the older majority.
  const Consensus& c = consensus(r, "affected_count");
  CHECK(c.value == "1.6 million");
  CHECK(c.majority_value == "1.1 million");
  CHECK(c.majority_support == 2);
}

TEST_CASE("superseded: two days later is an update only when the article says it revises the value") {
  const StoryReport r = check_kind("revision");
  CHECK(count_severity(r, Severity::error) == 0);
  const auto found = of_kind(r, "superseded");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->updated_by == std::vector<std::string>{"b_wednesday"});
  bool cue = false;
  for (const Claim& c : r.claims) cue |= c.source == "b_wednesday" && !c.update_cue.empty();
  CHECK(cue);
}

TEST_CASE("intra-source: an article that gives two counts warns about itself, and is no cross-source error") {
  const StoryReport r = check_kind("intra-source");
  const auto found = of_kind(r, "intra-source");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->severity == Severity::warning);
  CHECK(found[0]->message.rfind("a_careless contradicts itself", 0) == 0);
  for (const Side& side : found[0]->sides) CHECK(side.sources == std::vector<std::string>{"a_careless"});
  CHECK(count_severity(r, Severity::error) == 0);
}

TEST_CASE("coverage: a field only one of four lists is a note, never a warning or an error") {
  const StoryReport r = check_kind("coverage");
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.kind == "coverage");
  CHECK(f.severity == Severity::info);
  REQUIRE(f.sides.size() == 1);
  CHECK(f.sides[0].value == "date_of_birth");
  CHECK(f.sides[0].sources == std::vector<std::string>{"a_one"});
}

TEST_CASE("cross-slot: a resignation dated before the disclosure is a warning") {
  const StoryReport r = check_kind("cross-slot-order");
  const auto found = of_kind(r, "cross-slot");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->key == "resigned-after-disclosure");
  CHECK(found[0]->severity == Severity::warning);
  CHECK(found[0]->message.find("18 days earlier") != std::string::npos);
  REQUIRE(found[0]->sides.size() == 2);
  CHECK(found[0]->sides[0].value == "disclosure_date: March 20");
}

TEST_CASE("cross-slot: a start plus an undetected span that ends months before discovery is a warning") {
  const StoryReport r = check_kind("cross-slot-span");
  const auto found = of_kind(r, "cross-slot");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->key == "undetected-until-discovery");
  CHECK(found[0]->sides.size() == 3);
  CHECK(count_severity(r, Severity::error) == 0);
}

TEST_CASE("copies: a reprint is flagged, and its agreement with the original counts once") {
  const StoryReport r = check_kind("copies");
  CHECK(source(r, "a_wire").copies == std::vector<std::string>{"b_reprint"});
  CHECK(source(r, "b_reprint").copies == std::vector<std::string>{"a_wire"});
  CHECK(source(r, "c_local").copies.empty());
  // Two copies against one independent report: a tie, so no outlier.
  const auto found = of_kind(r, "numeric-mismatch");
  REQUIRE(found.size() == 1);
  for (const Side& side : found[0]->sides) CHECK_FALSE(side.outlier);
  CHECK_FALSE(consensus(r, "affected_count").decisive);
}

TEST_CASE("trust: the outlet wrong on two facts earns the least trust and lists both findings") {
  const StoryReport r = check_kind("trust");
  const SourceTrust& stray = source(r, "d_stray");
  for (const std::string id : {"a_one", "b_two", "c_three"}) CHECK(source(r, id).trust > stray.trust + 0.2);
  REQUIRE(stray.against.size() == 2);
  for (const Finding& f : r.findings) {
    if (f.severity != Severity::error) continue;
    CHECK(std::find(stray.against.begin(), stray.against.end(), f.id) != stray.against.end());
  }
  CHECK(source(r, "a_one").against.empty());
  const Consensus& ceo = consensus(r, "resigned_ceo");
  CHECK(ceo.value == "Priya Nandakumar");
  CHECK(ceo.support == 3);
  CHECK(ceo.of == 4);
  CHECK(ceo.decisive);
  CHECK(ceo.majority_value == "Priya Nandakumar");
}
