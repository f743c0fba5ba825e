// SARIF: one result per finding, the outlier's quote as the primary location,
// the other quotes related, the finding id as a fingerprint, a rule per slot,
// skipped documents as notifications. (The 2.1.0 schema itself is checked on
// the seed corpus by tests/tools/validate_sarif.js.)
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "factlint/reporter.hpp"
#include "unit/report/sample_report.hpp"

using namespace factlint;

namespace {

nlohmann::json sarif(const Report& report) {
  std::ostringstream out;
  make_reporter("sarif", {})->write(report, out);
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("SARIF: a result per finding, pointing at the outlier first") {
  Report report = testing::sample();
  report.stories[0].findings[0].sides[1].outlier = true;  // "two" names John Roe against the consensus
  const auto log = sarif(report);
  CHECK(log["version"] == "2.1.0");
  const auto& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "factlint");
  CHECK(run["tool"]["driver"]["rules"][0]["id"] == "resigned_ceo");
  CHECK(run["tool"]["driver"]["rules"][0]["shortDescription"]["text"] == "the chief executive who resigned");
  REQUIRE(run["results"].size() == 1);
  const auto& result = run["results"][0];
  CHECK(result["ruleId"] == "resigned_ceo");
  CHECK(result["ruleIndex"] == 0);
  CHECK(result["level"] == "error");
  const auto& primary = result["locations"][0]["physicalLocation"];
  CHECK(primary["artifactLocation"]["uri"] == "s/two.txt");
  CHECK(primary["region"]["startLine"] == 1);
  CHECK(primary["region"]["startColumn"] == 5);
  CHECK(primary["region"]["snippet"]["text"] == "CEO John Roe resigned");
  REQUIRE(result["relatedLocations"].size() == 1);
  CHECK(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "s/one.txt");
  CHECK(result["relatedLocations"][0]["message"]["text"] == "one says Jane Doe");
  CHECK(result["partialFingerprints"]["factlintFindingId/v1"] == "00112233aabbccdd");
  CHECK(result["properties"]["kind"] == "entity-mismatch");
}

TEST_CASE("SARIF: skipped documents are notifications, and paths are URI references") {
  Report report = testing::sample();
  report.stories[0].findings[0].sides[0].evidence[0].path = "s/a b:c.txt";
  const auto log = sarif(report);
  const auto& invocation = log["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  CHECK(invocation["toolExecutionNotifications"][0]["message"]["text"] == "s/bad.txt: invalid UTF-8");
  // Without an outlier the primary location is the least supported side's.
  const auto& result = log["runs"][0]["results"][0];
  CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "s/two.txt");
  CHECK(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "s/a%20b%3Ac.txt");
}
