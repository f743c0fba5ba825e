// End to end on the bundled seed story: `factlint check` finds the
// contradiction about the CEO who resigned, and nothing else.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using nlohmann::json;

namespace {

const json& story_of(const json& report, const std::string& id) {
  for (const json& s : report["stories"])
    if (s["id"] == id) return s;
  FAIL("no story " << id);
  static const json none;
  return none;
}

}  // namespace

TEST_CASE("the seed story: 004 names a different CEO, 003 a different disclosure date, and nothing else is an error") {
  const auto run = run_factlint({"check", "corpus/coupang-2025", "--format", "json"});
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  const json report = json::parse(run.out);
  const json& story = story_of(report, "coupang-2025");
  CHECK(story["subject"] == "Coupang");
  CHECK(story["documents"].size() == 5);
  for (const json& d : story["documents"]) CHECK(d["status"] == "processed");

  std::vector<json> errors;
  for (const json& f : story["findings"])
    if (f["severity"] == "error") errors.push_back(f);
  REQUIRE(errors.size() == 2);
  // Findings are sorted by slot: disclosure_date, then resigned_ceo.
  const json& dates = errors[0];
  CHECK(dates["slot"] == "disclosure_date");
  CHECK(dates["kind"] == "date-mismatch");
  REQUIRE(dates["sides"].size() == 2);
  CHECK(dates["sides"][0]["sources"] == json::array({"001_a504c5ea70d29610", "002_4a0ed79bbd68bf9b"}));
  CHECK(dates["sides"][1]["sources"] == json::array({"003_db53682ecaabf556"}));
  const json& f = errors[1];
  CHECK(f["slot"] == "resigned_ceo");
  CHECK(f["kind"] == "entity-mismatch");
  REQUIRE(f["sides"].size() == 2);
  const json& majority = f["sides"][0];
  const json& outlier = f["sides"][1];
  CHECK(majority["value"] == "Park Dae-jun");
  CHECK(majority["sources"] == json::array({"000_b110993ee8f7e851", "001_a504c5ea70d29610", "002_4a0ed79bbd68bf9b",
                                             "003_db53682ecaabf556"}));
  CHECK(outlier["value"] == "Kang Han-seung");
  CHECK(outlier["sources"] == json::array({"004_3af0aa90a88527fb"}));
  CHECK(outlier["outlier"] == true);

  // Every piece of evidence points at the exact words in the file.
  for (const json& side : f["sides"]) {
    for (const json& e : side["evidence"]) {
      std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/" + e["path"].get<std::string>(), std::ios::binary);
      const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      const std::size_t start = e["start"], end = e["end"];
      CHECK(file.substr(start, end - start) == e["text"].get<std::string>());
    }
  }
  // "Park Dae jun" (000) is the same person as "Park Dae-jun": no side of its own.
  bool spelled_without_hyphen = false;
  for (const json& c : story["claims"]) spelled_without_hyphen |= c["value"] == "Park Dae jun";
  CHECK(spelled_without_hyphen);
}

TEST_CASE("the text report shows the finding like a compiler diagnostic") {
  const auto run = run_factlint({"check", "corpus/"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("error[entity-mismatch]: resigned_ceo") != std::string::npos);
  CHECK(run.out.find("Kang Han-seung: 1 source (004_3af0aa90a88527fb) outlier") != std::string::npos);
  CHECK(run.out.find("--> corpus/coupang-2025/004_3af0aa90a88527fb.txt:9:424") != std::string::npos);
  CHECK(run.out.find("CEO Kang Han-seung has resigned") != std::string::npos);
  CHECK(run.out.find("2 errors, 2 warnings") != std::string::npos);
}

TEST_CASE("check with no path reads corpus/") {
  const auto run = run_factlint({"check", "-f", "json"});
  CHECK(run.exit_code == 1);
  CHECK(json::parse(run.out)["stories"].size() >= 1);
}

TEST_CASE("fail-on decides the exit code") {
  CHECK(run_factlint({"check", "corpus/coupang-2025", "--fail-on", "never"}).exit_code == 0);
  CHECK(run_factlint({"check", "corpus/coupang-2025", "--fail-on", "warning"}).exit_code == 1);
}

TEST_CASE("the same input gives the same bytes") {
  const auto first = run_factlint({"check", "corpus/", "-f", "json"});
  const auto second = run_factlint({"check", "corpus/", "-f", "json"});
  CHECK(first.out == second.out);
  CHECK(run_factlint({"check", "corpus/"}).out == run_factlint({"check", "corpus/"}).out);
}
