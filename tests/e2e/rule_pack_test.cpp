// End to end: the default rule pack on the fictional stories in tests/corpus,
// which were written for these tests (British and American phrasing, made-up
// companies and people) and never appear in the pack. Each expected claim is
// what the article says, written by hand; the list is the answer key.
#include <catch2/catch.hpp>

#include <map>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using nlohmann::json;

namespace {

struct Expected {
  const char* story;
  const char* source;
  const char* slot;
  const char* canonical;  // the claim's canonical value
  const char* about;
  const char* strength;
};

// What the articles state, slot by slot.
const Expected kClaims[] = {
    {"harbourline-2024", "01_ledger", "resigned_ceo", "margaret ellison", "Harbourline Bank", "strong"},
    {"harbourline-2024", "01_ledger", "affected_count", "[3990000,4410000] people", "Harbourline Bank", "strong"},
    {"harbourline-2024", "01_ledger", "exposed_data", "+date_of_birth +names +postal_address", "Harbourline Bank", "strong"},
    {"harbourline-2024", "01_ledger", "exposed_data", "-card_number -credentials", "Harbourline Bank", "strong"},
    {"harbourline-2024", "01_ledger", "breach_start", "2024-02 START", "Harbourline Bank", "strong"},
    {"harbourline-2024", "01_ledger", "undetected_duration", "below P7W", "Harbourline Bank", "strong"},
    {"harbourline-2024", "01_ledger", "disclosure_date", "2024-03-28", "Harbourline Bank", "strong"},
    {"harbourline-2024", "01_ledger", "fine_amount", "GBP [0,30000000]", "Harbourline Bank", "weak"},  // "considering"
    {"harbourline-2024", "01_ledger", "interim_ceo", "tom okafor", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "resigned_ceo", "margaret ellison", "Harbourline Bank", "weak"},  // from context
    {"harbourline-2024", "02_wire", "resignation_date", "2024-04-02", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "affected_count", "[4000000,] people", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "discovery_date", "2024-03-21", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "disclosure_date", "2024-03-28", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "ransom_amount", "GBP [4500000,5500000]", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "perpetrator", "organised_crime", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "lawsuit_status", "filed", "Harbourline Bank", "strong"},
    {"harbourline-2024", "02_wire", "interim_ceo", "tom okafor", "Harbourline Bank", "strong"},
    {"harbourline-2024", "03_digest", "resigned_ceo", "david marsh", "Harbourline Bank", "strong"},
    {"harbourline-2024", "03_digest", "affected_count", "[5500000,6500000] people", "Harbourline Bank", "strong"},
    {"harbourline-2024", "03_digest", "exposed_data", "+card_number +email +names", "Harbourline Bank", "strong"},
    {"harbourline-2024", "03_digest", "breach_start", "2024-01", "Harbourline Bank", "weak"},  // "believed to"
    {"harbourline-2024", "04_herald", "resigned_ceo", "margaret ellison", "Harbourline Bank", "strong"},
    {"harbourline-2024", "04_herald", "resigned_ceo", "simon price", "Northgate", "strong"},
    {"harbourline-2024", "04_herald", "fine_amount", "GBP [11500000,12500000]", "Northgate", "strong"},
    {"harbourline-2024", "04_herald", "exposed_data", "-payment", "Harbourline Bank", "strong"},
    {"crestview-2023", "a_times", "affected_count", "[1045000,1155000] people", "Crestview Health", "strong"},
    {"crestview-2023", "a_times", "exposed_data", "+health_data +national_id +postal_address", "Crestview Health", "strong"},
    {"crestview-2023", "a_times", "breach_date", "2023-05-02/2023-05-09", "Crestview Health", "strong"},
    {"crestview-2023", "a_times", "discovery_date", "2023-05-10", "Crestview Health", "strong"},
    {"crestview-2023", "a_times", "disclosure_date", "2023-06-14", "Crestview Health", "strong"},
    {"crestview-2023", "a_times", "perpetrator", "organised_crime", "Crestview Health", "strong"},
    {"crestview-2023", "a_times", "ransom_amount", "USD [3500000,4500000]", "Crestview Health", "strong"},
    {"crestview-2023", "a_times", "ceo", "robert tan", "Crestview Health", "strong"},
    {"crestview-2023", "b_post", "lawsuit_status", "filed", "Crestview Health", "strong"},
    {"crestview-2023", "b_post", "affected_count", "[0,1300000] people", "Crestview Health", "strong"},
    {"crestview-2023", "b_post", "data_volume", "[650000000000,750000000000] bytes", "Crestview Health", "strong"},
    {"crestview-2023", "b_post", "exposed_data", "+health_data +insurance_data +names", "Crestview Health", "strong"},
    {"crestview-2023", "b_post", "exposed_data", "-card_number", "Crestview Health", "strong"},
};

std::vector<json> claims_of(const std::string& out) {
  std::vector<json> claims;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    json record = json::parse(line);
    if (record["record"] == "claim") claims.push_back(std::move(record));
  }
  return claims;
}

}  // namespace

TEST_CASE("the default pack reads every claim of the fictional stories") {
  const auto run = run_factlint({"extract", "tests/corpus"});
  REQUIRE(run.exit_code == 0);
  const std::vector<json> claims = claims_of(run.out);
  for (const Expected& e : kClaims) {
    INFO(e.story << " " << e.source << " " << e.slot << " = " << e.canonical);
    const bool found = std::any_of(claims.begin(), claims.end(), [&](const json& c) {
      return c["story"] == e.story && c["source"] == e.source && c["slot"] == e.slot && c["canonical"] == e.canonical &&
             c["about"] == e.about && c["strength"] == e.strength;
    });
    CHECK(found);
  }
}

TEST_CASE("the fictional stories make no claim they do not state") {
  const std::vector<json> claims = claims_of(run_factlint({"extract", "tests/corpus"}).out);
  for (const json& c : claims) {
    INFO(c.dump());
    // Another bank's chief executive and fine are labelled with that bank.
    if (c["value"] == "Simon Price" || c["value"] == "£12m") CHECK(c["about"] == "Northgate");
    // The headline "Harbourline boss quits over data breach" names nobody.
    CHECK(c["value"] != "Harbourline");
    // "More than four million" fits both 4.2 million and 6 million.
    if (c["value"] == "More than four million") CHECK(c["typed"]["hi"].is_null());
    // No date is read as a disclosure date from a resignation sentence.
    if (c["slot"] == "disclosure_date") CHECK(c["text"].get<std::string>().find("resign") == std::string::npos);
  }
}

TEST_CASE("the fictional stories' errors are the outlet that gets the chief executive, the count and the card data wrong") {
  const auto run = run_factlint({"check", "tests/corpus", "-f", "json"});
  CHECK(run.exit_code == 1);
  const json report = json::parse(run.out);
  std::map<std::string, json> errors;
  for (const json& story : report["stories"])
    for (const json& f : story["findings"])
      if (f["severity"] == "error") errors[f["slot"]] = f;
  REQUIRE(errors.size() == 3);
  const json& ceo = errors["resigned_ceo"];
  CHECK(ceo["sides"][0]["value"] == "Margaret Ellison");
  CHECK(ceo["sides"][1]["sources"] == json::array({"03_digest"}));
  const json& count = errors["affected_count"];
  CHECK(count["kind"] == "numeric-mismatch");
  CHECK(count["sides"].size() == 2);
  bool outlet_alone = false;
  for (const json& side : count["sides"]) outlet_alone |= side["sources"] == json::array({"03_digest"});
  CHECK(outlet_alone);
  // "payment card numbers" stolen, against "card details ... were not accessed".
  const json& cards = errors["exposed_data"];
  CHECK(cards["kind"] == "polarity");
  CHECK(cards["key"] == "card_number");
  CHECK(cards["sides"][1]["sources"] == json::array({"03_digest"}));
  // "January" (believed) against "early February" is a warning, not an error.
  for (const json& story : report["stories"])
    for (const json& f : story["findings"])
      if (f["slot"] == "breach_start") CHECK(f["severity"] == "warning");
}

TEST_CASE("rules explain: what a slot's evidence is made of, and why a mention became a claim or did not") {
  const auto run = run_factlint({"rules", "explain", "affected_count",
                                 "Intruders got into 2.4 million members' files. Acme has 40 million users."});
  REQUIRE(run.exit_code == 0);
  auto has = [&](const std::string& part) { return run.out.find(part) != std::string::npos; };
  CHECK(has("affected_count (quantity): how many people (or accounts, or records) the breach affected\n"));
  CHECK(has("  takes: count, share, records\n"));
  CHECK(has("  mention count '2.4 million members' (count-of-people)\n    affected_count: claims it at 3 ('got into' 2 clause, "
            "'Intruders' 1 sentence)\n"));
  CHECK(has("  mention count '40 million users' (count-of-people)\n    affected_count: no at 0: vetoed by 'has'\n"));
  CHECK(has("claims:\n  affected_count '2.4 million' (weak, positive) from \"2.4 million members\" by affected_count\n"));
  const auto unknown = run_factlint({"rules", "explain", "no_such_slot"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "error: unknown slot 'no_such_slot'; hint: run 'factlint rules list' for the slots, or write 'all'\n");
  const auto phrases = run_factlint({"rules", "explain", "interim_ceo"});
  CHECK(phrases.exit_code == 0);
  CHECK(phrases.out == "interim_ceo: no evidence; only its phrase rules make its claims (factlint rules list)\n");
}
