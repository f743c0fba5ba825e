// Baselines: written sorted, read back, known findings hidden, stale entries
// listed; a broken file names its line and column.
#include <catch2/catch.hpp>

#include "factlint/baseline.hpp"
#include "unit/report/sample_report.hpp"

using namespace factlint;

TEST_CASE("baseline: what is written reads back, and hides exactly those findings") {
  Report report = testing::sample();
  const std::string text = baseline_json(report);
  CHECK(text.find("\"factlint_baseline\": 1") != std::string::npos);
  Result<Baseline> baseline = parse_baseline("b.json", text);
  REQUIRE(baseline);
  REQUIRE(baseline->entries.size() == 1);
  CHECK(baseline->entries[0].id == "00112233aabbccdd");
  CHECK(baseline->entries[0].slot == "resigned_ceo");

  // A new finding appears: only it survives the baseline.
  Finding fresh = report.stories[0].findings[0];
  fresh.id = "ffffeeeeddddcccc";
  report.stories[0].findings.push_back(fresh);
  const BaselineOutcome outcome = apply_baseline(report, *baseline);
  CHECK(outcome.known == 1);
  CHECK(outcome.stale.empty());
  REQUIRE(report.stories[0].findings.size() == 1);
  CHECK(report.stories[0].findings[0].id == "ffffeeeeddddcccc");
}

TEST_CASE("baseline: an entry that matches no finding is stale") {
  Report report = testing::sample();
  Result<Baseline> baseline = parse_baseline(
      "b.json", R"({"factlint_baseline": 1, "findings": [{"id": "0000000000000000", "story": "s", "slot": "ceo"}]})");
  REQUIRE(baseline);
  const BaselineOutcome outcome = apply_baseline(report, *baseline);
  CHECK(outcome.known == 0);
  REQUIRE(outcome.stale.size() == 1);
  CHECK(outcome.stale[0].id == "0000000000000000");
  CHECK(report.stories[0].findings.size() == 1);
}

TEST_CASE("baseline: entries of stories this run did not check are not stale") {
  Report report = testing::sample();
  Result<Baseline> baseline = parse_baseline(
      "b.json", R"({"factlint_baseline": 1, "findings": [{"id": "0000000000000000", "story": "other-story"}]})");
  REQUIRE(baseline);
  CHECK(apply_baseline(report, *baseline).stale.empty());
}

TEST_CASE("baseline: broken files are refused with a position and a hint") {
  Result<Baseline> bad_json = parse_baseline("b.json", "{\n  \"factlint_baseline\": 1,\n  \"findings\": [,]\n}");
  REQUIRE_FALSE(bad_json);
  CHECK(bad_json.errors()[0].file == "b.json");
  CHECK(bad_json.errors()[0].line == 3);
  CHECK(bad_json.errors()[0].column == 16);
  CHECK(bad_json.errors()[0].hint.find("factlint baseline write") != std::string::npos);
  CHECK_FALSE(parse_baseline("b.json", "[1, 2]"));
  CHECK_FALSE(parse_baseline("b.json", R"({"factlint_baseline": 2, "findings": []})"));
  Result<Baseline> no_id = parse_baseline("b.json", R"({"factlint_baseline": 1, "findings": [{"slot": "x"}]})");
  REQUIRE_FALSE(no_id);
  CHECK(no_id.errors()[0].message == "findings[0] has no \"id\" string");
  // A number too large for a double is an error too, not an exception (found by fuzzing).
  Result<Baseline> huge = parse_baseline("b.json", "666665999e66666666676666666");
  REQUIRE_FALSE(huge);
  CHECK(huge.errors()[0].message.rfind("the baseline is not valid JSON: number overflow parsing", 0) == 0);
}
