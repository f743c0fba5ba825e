// review.yaml: parsed strictly, and edited without disturbing what a person
// wrote around the entry (comments, other entries, their order).
#include <catch2/catch.hpp>

#include "factlint/review.hpp"

using namespace factlint;

namespace {

const char* kFile = R"(# Decisions for the Acme story.
findings:
  # the CEO: checked with the filing
  aaaa000000000001:
    status: confirmed
    note: "two outlets disagree"   # keep this comment

  bbbb000000000002:
    status: dismissed
    by: lee
# trailing comment
)";

}  // namespace

TEST_CASE("review.yaml: decisions are read in file order, with their line") {
  Result<Review> review = parse_review("review.yaml", kFile);
  REQUIRE(review);
  REQUIRE(review->decisions.size() == 2);
  CHECK(review->decisions[0].finding == "aaaa000000000001");
  CHECK(review->decisions[0].status == "confirmed");
  CHECK(review->decisions[0].note == "two outlets disagree");
  CHECK(review->decisions[0].line == 4);
  CHECK(review->find("bbbb000000000002")->by == "lee");
  CHECK(review->find("cccc") == nullptr);
  CHECK(parse_review("review.yaml", "")->decisions.empty());
}

TEST_CASE("review.yaml: mistakes are refused with their position") {
  auto first = [](const char* text) { return parse_review("review.yaml", text).errors().front(); };
  CHECK(first("findings:\n  a1:\n    status: approved\n").message == "unknown status 'approved'");
  CHECK(first("findings:\n  a1:\n    status: approved\n").line == 3);
  CHECK(first("findings:\n  a1:\n    status: resolved\n").message == "a1 is resolved but has no value");
  CHECK(first("findings:\n  a1:\n    status: dismissed\n    reason: x\n").message ==
        "unknown key 'reason' in the decision on a1");
  CHECK(first("findings:\n  a1:\n    status: dismissed\n    reason: x\n").line == 4);
  CHECK(first("decisions: {}\n").message == "unknown key 'decisions'");
  CHECK(first("findings:\n  a1: [\n").line >= 2);
}

TEST_CASE("review.yaml: keys that are lists or mappings are errors, not exceptions (found by fuzzing)") {
  Result<Review> key = parse_review("r.yaml", "findings:\n  \"abc\":\n    ? [status]\n    : resolved\n");
  REQUIRE_FALSE(key);
  CHECK(key.errors()[0].message == "unknown key '(a list or mapping)' in the decision on abc");
  Result<Review> id = parse_review("r.yaml", "findings:\n  ? [abc]\n  : {status: confirmed}\n");
  REQUIRE_FALSE(id);
  CHECK(id.errors()[0].message == "a finding id must be a word");
  CHECK(id.errors()[0].line == 2);
  Result<Review> top = parse_review("r.yaml", "? [findings]\n: {}\n");
  REQUIRE_FALSE(top);
  CHECK(top.errors()[0].message == "unknown key '(a list or mapping)'");
}

TEST_CASE("review.yaml: recording a decision replaces its entry and keeps every other line") {
  const std::string edited = set_review_decision(kFile, {"aaaa000000000001", "resolved", "Jane Doe", "filing", "kim", "2026-11-23", 0});
  CHECK(edited == R"(# Decisions for the Acme story.
findings:
  # the CEO: checked with the filing
  "aaaa000000000001":
    status: resolved
    value: "Jane Doe"
    note: "filing"
    by: "kim"
    at: "2026-11-23"

  bbbb000000000002:
    status: dismissed
    by: lee
# trailing comment
)");
  REQUIRE(parse_review("review.yaml", edited));
  CHECK(parse_review("review.yaml", edited)->find("aaaa000000000001")->value == "Jane Doe");
}

TEST_CASE("review.yaml: a new decision goes after the last entry; a new file gets a header") {
  const std::string added = set_review_decision(kFile, {"cccc000000000003", "dismissed", "", "a \"quoted\" note: yes", "", "", 0});
  CHECK(added.find("    by: lee\n  \"cccc000000000003\":\n    status: dismissed\n    note: \"a \\\"quoted\\\" note: yes\"\n"
                   "# trailing comment\n") != std::string::npos);
  Result<Review> review = parse_review("review.yaml", added);
  REQUIRE(review);
  REQUIRE(review->decisions.size() == 3);
  CHECK(review->decisions[2].note == "a \"quoted\" note: yes");

  const std::string fresh = set_review_decision("", {"dddd", "confirmed", "", "", "", "", 0});
  CHECK(fresh.rfind("# Review decisions", 0) == 0);
  CHECK(fresh.find("findings:\n  \"dddd\":\n    status: confirmed\n") != std::string::npos);
}
