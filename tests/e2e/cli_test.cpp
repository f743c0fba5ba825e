// End to end: the command line's contract. Exit codes, errors that name
// file:line:col, nothing lost, output files, and the other commands.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
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

TEST_CASE("another company's CEO is labelled with that company and not reconciled") {
  TempDir dir;
  dir.write("acme/story.yaml", "subject: Acme\n");
  dir.write("acme/a.txt", "Acme CEO Jane Doe resigned on Monday. Globex CEO John Roe resigned in 2017 after a breach.");
  dir.write("acme/b.txt", "Its chief executive, Jane Doe, has stepped down. The Globex breach led to CEO John Roe's resignation.");
  const auto run = run_factlint({"check", dir / "acme", "-f", "json"});
  CHECK(run.exit_code == 0);
  const json story = json::parse(run.out)["stories"][0];
  CHECK(story["findings"].empty());
  std::vector<std::string> about_acme, about_globex;
  for (const json& c : story["claims"]) {
    if (c["slot"] != "resigned_ceo") continue;
    (c["about"] == "Acme" ? about_acme : about_globex).push_back(c["value"]);
    if (c["about"] != "Acme") CHECK(c["about"] == "Globex");
  }
  CHECK(about_acme == std::vector<std::string>{"Jane Doe", "Jane Doe"});
  CHECK(about_globex == std::vector<std::string>{"John Roe", "John Roe"});
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
  bool former_is_weak = false;
  for (const json& c : story["claims"])
    if (c["slot"] == "resigned_ceo" && c["value"] == "John Roe") former_is_weak = c["qualifier"] == "former" && c["strength"] == "weak";
  CHECK(former_is_weak);
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
  CHECK(report["summary"]["errors"] == 3);
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
      for (const char* key : {"source", "slot", "value", "canonical", "about", "text", "start", "end"})
        CHECK(record.contains(key));
    }
  }
  CHECK(documents == 5);
  CHECK(claims >= 50);
}

TEST_CASE("extract streams the stories in corpus order: same bytes whatever the jobs, same claims as check") {
  TempDir dir;
  const std::vector<std::string> corpora{"corpus", "tests/corpus", "tests/kinds"};
  auto extract = [&](const char* jobs, const std::string& out) {
    std::vector<std::string> args{"extract"};
    args.insert(args.end(), corpora.begin(), corpora.end());
    args.insert(args.end(), {"--jobs", jobs, "-o", out});
    const auto run = run_factlint(args);
    REQUIRE(run.exit_code == 0);
    return slurp(out);
  };
  const std::string one = extract("1", dir / "one.jsonl");
  CHECK(extract("2", dir / "two.jsonl") == one);
  CHECK(extract("7", dir / "seven.jsonl") == one);
  // Every story's claims, in the order check reports them.
  std::vector<std::string> args{"check"};
  args.insert(args.end(), corpora.begin(), corpora.end());
  args.insert(args.end(), {"-f", "json", "--fail-on", "never"});
  const json report = json::parse(run_factlint(args).out);
  std::vector<std::string> from_check, from_extract;
  for (const json& story : report["stories"])
    for (const json& claim : story["claims"]) from_check.push_back(story["id"].get<std::string>() + " " + claim["id"].get<std::string>());
  std::istringstream lines(one);
  for (std::string line; std::getline(lines, line);) {
    const json record = json::parse(line);
    if (record["record"] == "claim") from_extract.push_back(record["story"].get<std::string>() + " " + record["id"].get<std::string>());
  }
  CHECK(from_check.size() > 150);
  CHECK(from_extract == from_check);
  // Only the three outputs: no temporary file left behind.
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 3);
  const auto unwritable = run_factlint({"extract", "corpus", "-o", dir / "no/such/dir/claims.jsonl"});
  CHECK(unwritable.exit_code == 2);
  CHECK(unwritable.err.find("claims.jsonl: error: cannot create a file next to the output") != std::string::npos);
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
  CHECK(run.err.find(dir / "rules/pack.yaml" + ":8:9: failed: rule 'ceo-resigned': \"CEO Jane Doe quit.\" should yield 'Jane Doe', got nothing") !=
        std::string::npos);
  CHECK(run.out.find("1 failed") != std::string::npos);
}

TEST_CASE("rules test --coverage lists the rules that never fire on a corpus") {
  TempDir dir;
  dir.write("rules/pack.yaml", R"(slots:
  - {name: resigned_ceo, type: person}
rules:
  - id: ceo-resigned
    slot: resigned_ceo
    patterns: ['CEO (?P<value>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) resigned']
    examples:
      - {text: CEO Jane Doe resigned., value: Jane Doe}
      - {text: CEO John Roe resigned., value: John Roe}
    counter_examples: [Jane Doe resigned.]
  - id: ceo-quit
    slot: resigned_ceo
    patterns: ['CEO (?P<value>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) quit']
    examples:
      - {text: CEO Jane Doe quit., value: Jane Doe}
      - {text: CEO John Roe quit., value: John Roe}
    counter_examples: [Jane Doe quit.]
)");
  dir.write("corpus/acme/a.txt", "Acme CEO Jane Doe resigned on Monday.");
  const auto run = run_factlint({"rules", "test", dir / "rules", "--coverage", dir / "corpus"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find(dir / "rules/pack.yaml" + ":11: ceo-quit (resigned_ceo)") != std::string::npos);
  CHECK(run.out.find("ceo-resigned (") == std::string::npos);
  CHECK(run.out.find("coverage: 1 of 2 rules fire") != std::string::npos);
}

TEST_CASE("a rule file with an unknown key or broken YAML exits 2 with file:line:col and a hint") {
  TempDir dir;
  dir.write("unknown/pack.yaml", "slots:\n  - {name: s, type: person, cardinalty: one}\n");
  const auto unknown = run_factlint({"rules", "list", "--rules", dir / "unknown"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find(dir / "unknown/pack.yaml" + ":2:29: error: unknown key 'cardinalty' in a slot") !=
        std::string::npos);
  CHECK(unknown.err.find("hint: did you mean 'cardinality'?") != std::string::npos);
  CHECK(std::count(unknown.err.begin(), unknown.err.end(), '\n') == 1);  // one line: error and hint together
  dir.write("broken/pack.yaml", "slots:\n  - name: s\n   type: person\n");
  const auto broken = run_factlint({"check", "corpus/", "--rules", dir / "broken"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.err.find(dir / "broken/pack.yaml" + ":3:") != std::string::npos);
  CHECK(broken.err.find("error: invalid YAML") != std::string::npos);
  CHECK(broken.err.find("hint:") != std::string::npos);
}

TEST_CASE("normalize prints one typed value, and exits 2 on words it cannot read or a bad context") {
  const auto date = run_factlint({"normalize", "--type", "date", "November 29", "--year", "2025"});
  REQUIRE(date.exit_code == 0);
  const json value = json::parse(date.out);
  CHECK(value["canonical"] == "2025-11-29");
  CHECK(value["typed"]["resolved"] == true);

  const auto nonsense = run_factlint({"normalize", "--type", "date", "the day after the hearing"});
  CHECK(nonsense.exit_code == 2);
  CHECK(nonsense.out.empty());
  CHECK(nonsense.err.find("cannot read \"the day after the hearing\" as a date") != std::string::npos);
  CHECK(nonsense.err.find("hint:") != std::string::npos);

  CHECK(run_factlint({"normalize", "--type", "person", "x"}).exit_code == 2);
  CHECK(run_factlint({"normalize", "--type", "date", "May 3", "--published", "3 May"}).exit_code == 2);
  CHECK(run_factlint({"normalize", "--type", "date", "May 3", "--year", "soon"}).exit_code == 2);
  CHECK(run_factlint({"normalize", "--type", "date", "May 3", "--year", "2025x"}).exit_code == 2);
  CHECK(run_factlint({"normalize", "May 3"}).exit_code == 2);  // neither --type nor --slot
}

TEST_CASE("min-severity decides what is shown, fail-on what fails, each on its own") {
  const auto errors_only = run_factlint({"check", "corpus/coupang-2025", "-f", "json", "--min-severity", "error"});
  CHECK(errors_only.exit_code == 1);
  const json report = json::parse(errors_only.out);
  CHECK(report["summary"]["errors"] == 3);
  CHECK(report["summary"]["warnings"] == 0);
  CHECK(report["summary"]["infos"] == 0);
  for (const json& f : report["stories"][0]["findings"]) CHECK(f["severity"] == "error");
  // The hidden warnings still fail a run that fails on warnings.
  CHECK(run_factlint({"check", "corpus/coupang-2025", "--min-severity", "error", "--fail-on", "warning"}).exit_code == 1);
  CHECK(run_factlint({"check", "corpus/coupang-2025", "--min-severity", "error", "--fail-on", "never"}).exit_code == 0);
  // Everything is shown by default, notes included.
  const json all = json::parse(run_factlint({"check", "corpus/coupang-2025", "-f", "json"}).out);
  CHECK(all["summary"]["warnings"] == 2);
  CHECK(all["summary"]["infos"] == 1);
  CHECK(run_factlint({"check", "corpus/", "--min-severity", "loud"}).exit_code == 2);
}
