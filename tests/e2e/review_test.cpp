// End to end, the decisions people record: a baseline that makes CI fail only
// on new findings, and review.yaml that dismisses, confirms and resolves
// findings and turns a verified value into corrections per outlet.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
using factlint::testing::TempDir;
using nlohmann::json;

namespace {

namespace fs = std::filesystem;

// A copy of the seed story that a test may change.
std::string copy_seed(const TempDir& dir) {
  fs::copy(fs::path(FACTLINT_SOURCE_DIR) / "corpus/coupang-2025", dir / "story", fs::copy_options::recursive);
  return dir / "story";
}

// The id of the story's finding on `slot` (and `key`), from the JSON report.
std::string finding_id(const std::string& story, const std::string& slot, const std::string& key = "") {
  const json report = json::parse(run_factlint({"check", story, "-f", "json"}).out);
  for (const json& f : report["stories"][0]["findings"])
    if (f["slot"] == slot && f["key"] == key) return f["id"];
  FAIL("no finding on " << slot);
  return "";
}

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = slurp(path);
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("baseline: known findings pass, a new one fails, a fixed one is stale") {
  TempDir dir;
  const std::string story = copy_seed(dir);
  const std::string baseline = dir / "baseline.json";
  const auto write = run_factlint({"baseline", "write", story, "-o", baseline});
  CHECK(write.exit_code == 0);
  CHECK(write.err.find("baseline: 6 findings written to") != std::string::npos);
  CHECK(json::parse(slurp(baseline))["findings"].size() == 6);

  const auto same = run_factlint({"check", story, "--baseline", baseline});
  CHECK(same.exit_code == 0);
  CHECK(same.err.find("baseline: 6 known findings hidden, 0 stale entries") != std::string::npos);
  CHECK(same.out.find("error[") == std::string::npos);

  // 004 now names the same CEO as the others: that finding is fixed, its entry stale.
  replace_in(story + "/004_3af0aa90a88527fb.txt", "CEO Kang Han-seung has resigned", "CEO Park Dae-jun has resigned");
  replace_in(story + "/004_3af0aa90a88527fb.txt", "CEO Kang Han-seung's resignation", "CEO Park Dae-jun's resignation");
  const auto fixed = run_factlint({"check", story, "--baseline", baseline});
  CHECK(fixed.exit_code == 0);
  CHECK(fixed.err.find("warning: stale baseline entry") != std::string::npos);
  CHECK(fixed.err.find("resigned_ceo): no finding matches it any more") != std::string::npos);
  CHECK(run_factlint({"check", story, "--baseline", baseline, "--fail-on-stale"}).exit_code == 1);

  // 002 now names yet another CEO, outright: a new finding, which fails the check.
  replace_in(story + "/002_4a0ed79bbd68bf9b.txt", "its CEO, Park Dae-jun, has stepped down", "its CEO, Lee Min-ho, has stepped down");
  const auto fresh = run_factlint({"check", story, "--baseline", baseline, "-f", "json"});
  CHECK(fresh.exit_code == 1);
  const json report = json::parse(fresh.out);
  REQUIRE(report["stories"][0]["findings"].size() == 1);
  CHECK(report["stories"][0]["findings"][0]["slot"] == "resigned_ceo");

  const auto broken = run_factlint({"check", story, "--baseline", story + "/story.yaml"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.err.find("story.yaml:1:1: error: the baseline is not valid JSON") != std::string::npos);
}

TEST_CASE("review: list, dismiss, confirm and resolve; the file keeps its comments; corrections per outlet") {
  TempDir dir;
  const std::string story = copy_seed(dir);
  const std::string ceo = finding_id(story, "resigned_ceo");
  const std::string lawsuit = finding_id(story, "lawsuit_status");
  const std::string date = finding_id(story, "disclosure_date");
  const std::string review_file = story + "/review.yaml";
  std::ofstream(review_file) << "# Decisions on the breach story; ask the desk before changing.\nfindings:\n";

  const auto listed = run_factlint({"review", story});
  CHECK(listed.exit_code == 0);
  CHECK(listed.out.find("6 open, 0 decided") != std::string::npos);
  CHECK(listed.out.find("open      " + ceo + "  error") != std::string::npos);

  CHECK(run_factlint({"review", "dismiss", lawsuit, "--in", story, "--note", "both are fair readings", "--by", "kim"}).exit_code == 0);
  CHECK(run_factlint({"review", "confirm", date, "--in", story, "--by", "kim"}).exit_code == 0);
  const auto resolved = run_factlint({"review", "resolve", ceo, "--in", story, "--value", "Park Dae-jun", "--by", "lee",
                                      "--note", "company filing"});
  CHECK(resolved.exit_code == 0);
  CHECK(resolved.out.find("resolved " + ceo + " (resigned_ceo): Park Dae-jun") != std::string::npos);

  const std::string file = slurp(review_file);
  CHECK(file.rfind("# Decisions on the breach story; ask the desk before changing.\nfindings:\n", 0) == 0);
  CHECK(file.find("\"" + lawsuit + "\":\n    status: dismissed\n    note: \"both are fair readings\"\n    by: \"kim\"\n") !=
        std::string::npos);
  CHECK(file.find(lawsuit) < file.find(date));  // in the order decided
  CHECK(file.find(date) < file.find(ceo));

  // The CEO and lawsuit findings no longer fail the check; the confirmed date still does.
  const auto checked = run_factlint({"check", story, "-f", "json"});
  CHECK(checked.exit_code == 1);
  const json report = json::parse(checked.out);
  const json& s = report["stories"][0];
  for (const json& f : s["findings"]) {
    if (f["id"] == ceo) {
      CHECK(f["severity"] == "info");
      CHECK(f["review"]["status"] == "resolved");
      CHECK(f["review"]["severity_was"] == "error");
    }
    if (f["id"] == lawsuit) CHECK(f["severity"] == "info");
    if (f["id"] == date) CHECK(f["severity"] == "error");
  }
  CHECK(report["summary"]["errors"] == 2);
  REQUIRE(s["corrections"].size() == 2);  // 004 names Kang Han-seung twice
  for (const json& c : s["corrections"]) {
    CHECK(c["source"] == "004_3af0aa90a88527fb");
    CHECK(c["outlet"] == "NewsSearcher");
    CHECK(c["stated"] == "Kang Han-seung");
    CHECK(c["verified"] == "Park Dae-jun");
  }
  const auto text = run_factlint({"check", story});
  CHECK(text.out.find("= review: resolved: Park Dae-jun (by lee, ") != std::string::npos);
  CHECK(text.out.find("corrections needed (values an editor verified):\n  NewsSearcher (004_3af0aa90a88527fb)\n"
                      "    resigned_ceo: says \"Kang Han-seung\", verified \"Park Dae-jun\"") != std::string::npos);
  const auto after = run_factlint({"review", story});
  CHECK(after.out.find("3 open, 3 decided") != std::string::npos);
  CHECK(after.out.find("correct   NewsSearcher (004_3af0aa90a88527fb): resigned_ceo says \"Kang Han-seung\"") !=
        std::string::npos);

  // 004 corrects itself: the CEO finding is gone, and its decision is stale.
  replace_in(story + "/004_3af0aa90a88527fb.txt", "CEO Kang Han-seung has resigned", "CEO Park Dae-jun has resigned");
  replace_in(story + "/004_3af0aa90a88527fb.txt", "CEO Kang Han-seung's resignation", "CEO Park Dae-jun's resignation");
  const auto corrected = run_factlint({"review", story});
  CHECK(corrected.out.find("stale     " + ceo + "  resolved in " + review_file + ":") != std::string::npos);
  CHECK(corrected.out.find("correct   ") == std::string::npos);
}

TEST_CASE("review: an unknown id or a broken review.yaml exits 2 and changes nothing") {
  TempDir dir;
  const std::string story = copy_seed(dir);
  const auto unknown = run_factlint({"review", "dismiss", "0000000000000000", "--in", story});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no finding has the id '0000000000000000'") != std::string::npos);
  CHECK_FALSE(fs::exists(story + "/review.yaml"));
  CHECK(run_factlint({"review", "resolve", "0000000000000000", "--in", story}).err.find("resolve needs the verified value") !=
        std::string::npos);

  std::ofstream(story + "/review.yaml") << "findings:\n  abc:\n    status: approved\n";
  const auto broken = run_factlint({"check", story});
  CHECK(broken.exit_code == 2);
  CHECK(broken.err.find("review.yaml:3:13: error: unknown status 'approved'") != std::string::npos);
}
