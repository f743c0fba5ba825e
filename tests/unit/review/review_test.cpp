// Review decisions applied: dismissed and resolved findings become notes;
// a resolved value turns the sources that differ into corrections.
#include <catch2/catch.hpp>

#include "factlint/review.hpp"
#include "unit/report/sample_report.hpp"

using namespace factlint;

TEST_CASE("review: a dismissed finding is no longer an error; a confirmed one still is") {
  StoryReport story = testing::sample().stories[0];
  Review review;
  review.decisions = {{"00112233aabbccdd", "dismissed", "", "both are right", "kim", "2026-11-23", 1}};
  apply_review(story, review);
  const Finding& f = story.findings[0];
  CHECK(f.severity == Severity::info);
  CHECK(f.review.status == "dismissed");
  CHECK(f.review.severity_was == "error");
  CHECK(story.corrections.empty());

  StoryReport confirmed = testing::sample().stories[0];
  review.decisions[0].status = "confirmed";
  apply_review(confirmed, review);
  CHECK(confirmed.findings[0].severity == Severity::error);
  CHECK(confirmed.findings[0].review.status == "confirmed");
}

TEST_CASE("review: a resolved value makes every quote of the other side a correction for its outlet") {
  StoryReport story = testing::sample().stories[0];
  Review review;
  review.decisions = {{"00112233aabbccdd", "resolved", "jane DOE", "", "", "", 1}};
  apply_review(story, review);
  CHECK(story.findings[0].severity == Severity::info);
  REQUIRE(story.corrections.size() == 1);
  const Correction& c = story.corrections[0];
  CHECK(c.source == "two");
  CHECK(c.stated == "John Roe");
  CHECK(c.verified == "jane DOE");
  CHECK(c.evidence.path == "s/two.txt");
  CHECK(c.finding == "00112233aabbccdd");

  // A value no side states: every source needs a correction.
  StoryReport none = testing::sample().stories[0];
  review.decisions[0].value = "Richard Poe";
  apply_review(none, review);
  REQUIRE(none.corrections.size() == 2);
  CHECK(none.corrections[0].outlet == "");
  CHECK(none.corrections[1].outlet == "The Daily <Planet>");
}
