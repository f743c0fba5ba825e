// End to end: the command line's contract. Exit codes, errors that name
// file:line:col, nothing lost, output files, and the other commands.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::TempDir;
using nlohmann::json;

TEST_CASE("version and help exit 0") {
  const auto version = run_factlint({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("factlint ", 0) == 0);
  const auto help = run_factlint({"check", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--fail-on") != std::string::npos);
  CHECK(help.out.find("Examples:") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a hint") {
  const auto unknown = run_factlint({"check", "--frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("hint:") != std::string::npos);
  CHECK(run_factlint({"check", "--format", "xml"}).exit_code == 2);
  CHECK(run_factlint({}).exit_code == 2);
  const auto missing = run_factlint({"check", "no/such/folder"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no/such/folder: error: no such file or folder") != std::string::npos);
}

TEST_CASE("a broken rule file exits 2 naming rules-file:line:col") {
  TempDir dir;
  dir.write("rules/slots.yaml", "slots:\n  - {name: resigned_ceo, type: person}\n");
  dir.write("rules/bad.yaml", "rules:\n  - id: x\n    slot: resigned_ceo\n    patterns:\n      - 'CEO (?P<value>\\w+'\n");
  const auto run = run_factlint({"check", "corpus/", "--rules", dir / "rules"});
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err.find(dir / "rules/bad.yaml" + ":5:9: error: RE2 rejects this pattern") != std::string::npos);
}

TEST_CASE("a bad article is skipped with its reason, the rest is still checked, and the run exits 2") {
  TempDir dir;
  dir.write("acme/story.yaml", "subject: Acme\n");
  dir.write("acme/a.txt", "Acme CEO Jane Doe resigned on Monday.");
  dir.write("acme/b.txt", "Acme chief executive John Roe stepped down on Monday.");
  dir.write("acme/c.txt", "Windows-1252: caf\xE9\n");
  const auto run = run_factlint({"check", dir / "acme", "-f", "json"});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find(dir / "acme/c.txt" + ":1:18: error: invalid UTF-8") != std::string::npos);
  const json story = json::parse(run.out)["stories"][0];
  REQUIRE(story["documents"].size() == 3);
  CHECK(story["documents"][2]["status"] == "skipped");
  CHECK(story["documents"][2]["error"].get<std::string>().find("invalid UTF-8") != std::string::npos);
  REQUIRE(story["findings"].size() == 1);  // a and b were still compared
  CHECK(story["findings"][0]["severity"] == "error");
}

TEST_CASE("another company's CEO is not a claim about the subject") {
  TempDir dir;
  dir.write("acme/story.yaml", "subject: Acme\n");
  dir.write("acme/a.txt", "Acme CEO Jane Doe resigned on Monday. Globex CEO John Roe resigned in 2017 after a breach.");
  dir.write("acme/b.txt", "Its chief executive, Jane Doe, has stepped down. The Globex breach led to CEO John Roe's resignation.");
  const auto run = run_factlint({"check", dir / "acme", "-f", "json"});
  CHECK(run.exit_code == 0);
  const json story = json::parse(run.out)["stories"][0];
  CHECK(story["findings"].empty());
  REQUIRE(story["claims"].size() == 2);
  for (const json& c : story["claims"]) CHECK(c["value"] == "Jane Doe");
}

TEST_CASE("a former CEO's departure against the current one is a warning, not an error") {
  TempDir dir;
  dir.write("acme/story.yaml", "subject: Acme\n");
  dir.write("acme/a.txt", "Acme CEO Jane Doe resigned on Monday.");
  dir.write("acme/b.txt", "Acme's former CEO John Roe resigned in 2019 over an accounting scandal.");
  const auto run = run_factlint({"check", dir / "acme", "-f", "json"});
  CHECK(run.exit_code == 0);
  const json story = json::parse(run.out)["stories"][0];
  REQUIRE(story["findings"].size() == 1);
  CHECK(story["findings"][0]["severity"] == "warning");
  CHECK(story["claims"][1]["hedge"] == "former");
}

TEST_CASE("without story.yaml the subject is inferred, and the report says so") {
  TempDir dir;
  dir.write("globex/a.txt", "The Globex breach hit millions. Globex CEO Jane Doe resigned on Monday.");
  dir.write("globex/b.txt", "Globex chief executive John Roe stepped down after the Globex hack.");
  const auto run = run_factlint({"check", dir / "globex", "-f", "json"});
  const json story = json::parse(run.out)["stories"][0];
  CHECK(story["subject"] == "Globex");
  CHECK(story["subject_inferred"] == true);
  CHECK(run.exit_code == 1);
  const auto text = run_factlint({"check", dir / "globex"});
  CHECK(text.out.find("subject: Globex (inferred") != std::string::npos);
}

TEST_CASE("output to a file is written whole and leaves no temporary file") {
  TempDir dir;
  const auto run = run_factlint({"check", "corpus/", "-f", "json", "-o", dir / "report.json"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  std::ifstream in(dir / "report.json");
  const json report = json::parse(in);
  CHECK(report["summary"]["errors"] == 1);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);
  const auto unwritable = run_factlint({"check", "corpus/", "-o", dir / "no/such/dir/report.txt"});
  CHECK(unwritable.exit_code == 2);
  CHECK(unwritable.err.find("report.txt: error:") != std::string::npos);
}

TEST_CASE("extract prints every document and every claim as JSON Lines") {
  const auto run = run_factlint({"extract", "corpus/coupang-2025"});
  CHECK(run.exit_code == 0);
  std::istringstream lines(run.out);
  std::size_t documents = 0, claims = 0;
  for (std::string line; std::getline(lines, line);) {
    const json record = json::parse(line);
    if (record["record"] == "document") ++documents;
    if (record["record"] == "claim") {
      ++claims;
      CHECK(record["story"] == "coupang-2025");
      CHECK(record["slot"] == "resigned_ceo");
    }
  }
  CHECK(documents == 5);
  CHECK(claims >= 7);
}

TEST_CASE("rules list and rules test work on the default pack") {
  const auto list = run_factlint({"rules", "list"});
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("resigned_ceo") != std::string::npos);
  const auto test = run_factlint({"rules", "test"});
  CHECK(test.exit_code == 0);
  CHECK(test.out.find(" 0 failed") != std::string::npos);
}

TEST_CASE("rules test reports a failing example at its file:line with expected and actual") {
  TempDir dir;
  dir.write("rules/pack.yaml", R"(slots:
  - {name: resigned_ceo, type: person}
rules:
  - id: ceo-resigned
    slot: resigned_ceo
    patterns: ['CEO (?P<value>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) resigned']
    examples:
      - text: CEO Jane Doe quit.
        value: Jane Doe
)");
  const auto run = run_factlint({"rules", "test", dir / "rules"});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find(dir / "rules/pack.yaml" + ":8:9: failed: rule 'ceo-resigned': expected 'Jane Doe', got nothing") !=
        std::string::npos);
  CHECK(run.out.find("1 failed") != std::string::npos);
}
