// End to end on the bundled seed story: `factlint check` finds its three
// contradictions (the CEO who resigned, the disclosure date, payment data),
// reports the speculation about the attacker as a warning, and nothing else
// as an error; with consensus and source trust.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

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

TEST_CASE("the seed story: 004 names a different CEO and leaks payment data, 003 a different disclosure date, and nothing else is an error") {
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
  REQUIRE(errors.size() == 3);
  // Findings are sorted by slot: disclosure_date, exposed_data, resigned_ceo.
  const json& dates = errors[0];
  CHECK(dates["slot"] == "disclosure_date");
  CHECK(dates["kind"] == "date-mismatch");
  REQUIRE(dates["sides"].size() == 2);
  CHECK(dates["sides"][0]["sources"] == json::array({"001_a504c5ea70d29610", "002_4a0ed79bbd68bf9b"}));
  CHECK(dates["sides"][1]["sources"] == json::array({"003_db53682ecaabf556"}));
  // November 29 and 30 are one side, a day apart: no finding of their own.
  CHECK(dates["sides"][0]["value"] == "November 29 / November 30");
  const json& payment = errors[1];
  CHECK(payment["slot"] == "exposed_data");
  CHECK(payment["key"] == "payment");
  CHECK(payment["kind"] == "polarity");
  REQUIRE(payment["sides"].size() == 2);
  CHECK(payment["sides"][0]["value"] == "payment not exposed");
  CHECK(payment["sides"][0]["sources"] ==
        json::array({"000_b110993ee8f7e851", "002_4a0ed79bbd68bf9b", "003_db53682ecaabf556"}));
  CHECK(payment["sides"][1]["value"] == "payment exposed (partial)");
  CHECK(payment["sides"][1]["sources"] == json::array({"004_3af0aa90a88527fb"}));
  CHECK(payment["sides"][1]["outlier"] == true);
  const json& f = errors[2];
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

  // Speculation about the attacker ("possibly from state-sponsored actors")
  // against the named suspect is a warning of its own kind; the counts
  // ("nearly 34 million", "more than 33mn", shares of the population) make
  // no finding at all.
  bool attacker_hedged = false;
  for (const json& finding : story["findings"]) {
    if (finding["slot"] == "perpetrator") attacker_hedged = finding["kind"] == "hedged" && finding["severity"] == "warning";
    CHECK(finding["slot"] != "affected_count");
  }
  CHECK(attacker_hedged);
}

TEST_CASE("the seed story's consensus and source trust: the outlets on the wrong side of most findings trust least") {
  const auto run = run_factlint({"check", "corpus/coupang-2025", "--format", "json"});
  const json story = story_of(json::parse(run.out), "coupang-2025");
  std::map<std::string, json> consensus;
  for (const json& c : story["consensus"]) consensus[c["slot"].get<std::string>() + "/" + c["key"].get<std::string>()] = c;
  const json& ceo = consensus["resigned_ceo/"];
  CHECK(ceo["value"] == "Park Dae-jun");
  CHECK(ceo["support"] == 4);
  CHECK(ceo["of"] == 5);
  CHECK(ceo["decisive"] == true);
  CHECK(ceo["majority"]["value"] == "Park Dae-jun");
  CHECK(consensus["exposed_data/payment"]["value"] == "payment not exposed");
  CHECK(consensus["disclosure_date/"]["value"] == "November 29 / November 30");

  REQUIRE(story["sources"].size() == 5);
  std::map<std::string, json> sources;
  for (const json& s : story["sources"]) sources[s["id"]] = s;
  const json& kang = sources["004_3af0aa90a88527fb"];  // the CEO and the payment data
  const json& early = sources["003_db53682ecaabf556"];  // the disclosure date and the attacker
  CHECK(kang["against"].size() == 3);
  CHECK(early["against"].size() == 2);
  for (const std::string id : {"000_b110993ee8f7e851", "001_a504c5ea70d29610", "002_4a0ed79bbd68bf9b"}) {
    CHECK(sources[id]["against"].empty());
    CHECK(sources[id]["trust"].get<double>() > kang["trust"].get<double>());
    CHECK(sources[id]["trust"].get<double>() > early["trust"].get<double>());
  }
}

TEST_CASE("the text report shows the finding like a compiler diagnostic") {
  const auto run = run_factlint({"check", "corpus/"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("error[entity-mismatch]: resigned_ceo") != std::string::npos);
  CHECK(run.out.find("Kang Han-seung: 1 source (004_3af0aa90a88527fb) outlier") != std::string::npos);
  CHECK(run.out.find("--> corpus/coupang-2025/004_3af0aa90a88527fb.txt:9:424") != std::string::npos);
  CHECK(run.out.find("CEO Kang Han-seung has resigned") != std::string::npos);
  CHECK(run.out.find("3 errors, 2 warnings, 1 note") != std::string::npos);
  // Consensus and sources follow the findings.
  CHECK(run.out.find("\nconsensus (trust-weighted vote") != std::string::npos);
  CHECK(run.out.find("resigned_ceo ") != std::string::npos);
  CHECK(run.out.find("outlier on exposed_data payment, lawsuit_status, resigned_ceo") != std::string::npos);
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

TEST_CASE("the Markdown report of the seed story lists its three errors in its table") {
  const auto run = run_factlint({"check", "corpus/coupang-2025", "-f", "markdown"});
  CHECK(run.exit_code == 1);
  std::size_t error_rows = 0;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) error_rows += line.rfind("| error |", 0) == 0 ? 1 : 0;
  CHECK(error_rows == 3);
  CHECK(run.out.find("| error | entity-mismatch | resigned\\_ceo | Park Dae\\-jun (4) vs **Kang Han\\-seung (1)** |") !=
        std::string::npos);
}
