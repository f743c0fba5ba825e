// Absurd values: a number of hundreds of digits, exponents past a double's
// range, days the calendar lacks and years past 9999 never crash, never drop
// a story, and never read as some other value: each makes no claim, and a
// note at its line says why.
#include <catch2/catch.hpp>

#include <map>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::TempDir;
using nlohmann::json;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("absurd values: numbers and dates out of range make no claim, with a note at their line; the story is kept") {
  TempDir dir;
  dir.write("corpus/acme-2024/story.yaml", "title: Acme breach (fictional)\nsubject: Acme Corp\nyear: 2024\n");
  dir.write("corpus/acme-2024/a.txt",
            "Acme Corp said " + std::string(320, '9') + " customers were affected by the breach.\n"
            "Acme Corp said 1e400 customers were affected by the breach.\n"
            "Acme Corp said 10^400 customers were affected by the breach.\n"
            "The breach began on February 30, 2024, Acme Corp said.\n"
            "Acme Corp chief executive Jane Doe resigned on January 1, 99999.\n"
            "Acme Corp said 3 million customers were affected by the breach.\n");
  const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"});
  CHECK(run.exit_code == 0);  // a note is no input error
  CHECK(run.err.empty());
  const json report = json::parse(run.out);
  const json& story = report["stories"][0];
  CHECK(story["title"] == "Acme breach (fictional)");  // the story is not lost
  const json& doc = story["documents"][0];
  CHECK(doc["status"] == "processed");
  REQUIRE(doc["notes"].size() == 5);
  std::vector<int> lines;
  for (const json& n : doc["notes"]) lines.push_back(n["line"]);
  CHECK(lines == std::vector<int>{1, 2, 3, 4, 5});
  CHECK(doc["notes"][1]["message"] ==
        "affected_count: \"1e400\" holds a number out of range (larger than 10^18, or too long to read): no claim "
        "is made of it");
  CHECK(has(doc["notes"][3]["message"], "\"February 30, 2024\" holds a day the calendar lacks"));
  CHECK(has(doc["notes"][4]["message"], "holds a year out of range (99999)"));
  // The one sound count is the only one, read as written.
  std::vector<std::string> counts;
  for (const json& c : story["claims"])
    if (c["slot"] == "affected_count") counts.push_back(c["canonical"]);
  CHECK(counts == std::vector<std::string>{"[2500000,3500000] people"});
  // The text report shows the notes too.
  const auto text = run_factlint({"check", dir / "corpus", "--fail-on", "never"});
  CHECK(has(text.out, "  note " + (dir / "corpus/acme-2024/a.txt") + ":2:16: affected_count: \"1e400\""));
}

TEST_CASE("absurd values: factlint normalize refuses a value out of range with exit 2 and the reason, never aborts") {
  const std::string nines(310, '9');
  const auto digits = run_factlint({"normalize", "-t", "quantity", nines + " people"});
  CHECK(digits.exit_code == 2);
  CHECK(has(digits.err, "it holds a number out of range (larger than 10^18, or too long to read)"));
  for (const char* text : {"1e400 people", "10^400 people"}) {
    INFO(text);
    const auto run = run_factlint({"normalize", "-t", "quantity", text});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "out of range"));
  }
  const auto day = run_factlint({"normalize", "-t", "date", "February 30", "--year", "2025"});
  CHECK(day.exit_code == 2);
  CHECK(has(day.err, "error: cannot read \"February 30\" as a date: it holds a day the calendar lacks"));
  const auto year = run_factlint({"normalize", "-t", "date", "January 1, 99999", "--year", "2025"});
  CHECK(year.exit_code == 2);
  CHECK(has(year.err, "it holds a year out of range (99999)"));
  // What is in range is read, exponents included.
  const auto million = run_factlint({"normalize", "-t", "quantity", "1e6 people"});
  CHECK(million.exit_code == 0);
  CHECK(json::parse(million.out)["typed"]["point"] == 1000000);
}

TEST_CASE("hidden Unicode: zero-width and bidirectional marks, no-break spaces and fullwidth digits hide no claim") {
  TempDir dir;
  dir.write("corpus/acme-2024/story.yaml", "title: Acme breach (fictional)\nsubject: Acme Corp\nyear: 2024\n");
  dir.write("corpus/acme-2024/a.txt", "Acme Corp chief executive Jane Doe resigned.\nAcme Corp said 3,000,000 customers were affected.\n");
  // A zero-width space and a zero-width joiner inside the name, an RTL mark in the number.
  dir.write("corpus/acme-2024/b.txt", "Acme Corp chief executive Ja\xE2\x80\x8Bne D\xE2\x80\x8Doe resigned.\n"
                                      "Acme Corp said 3,000\xE2\x80\x8F,000 customers were affected.\n");
  // No-break spaces, and fullwidth digits.
  dir.write("corpus/acme-2024/c.txt", "Acme Corp chief executive Jane\xC2\xA0" "Doe resigned.\n"
                                      "Acme Corp said \xEF\xBC\x93\xC2\xA0million customers were affected.\n");
  const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"});
  CHECK(run.exit_code == 0);
  const json report = json::parse(run.out);
  const json& story = report["stories"][0];
  std::map<std::string, std::vector<std::string>> by_slot;  // slot -> "source:canonical"
  for (const json& c : story["claims"]) {
    by_slot[c["slot"]].push_back(c["source"].get<std::string>() + ":" + c["canonical"].get<std::string>());
  }
  CHECK(by_slot["resigned_ceo"] == std::vector<std::string>{"a:jane doe", "b:jane doe", "c:jane doe"});
  REQUIRE(by_slot["affected_count"].size() == 3);
  CHECK(story["findings"].empty());  // one person, one count
  // Evidence quotes the article's own bytes, at its own columns.
  for (const json& c : story["claims"]) {
    if (c["source"] != "b" || c["slot"] != "resigned_ceo") continue;
    CHECK(c["text"] == "Acme Corp chief executive Ja\xE2\x80\x8Bne D\xE2\x80\x8Doe resigned");
    CHECK(c["column"] == 1);
    CHECK(c["start"] == 0);
  }
}
