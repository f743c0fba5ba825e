// End to end, the outputs for CI and for batch work: one run writes several
// formats; `factlint report` writes one HTML page or a whole batch folder,
// going on past a broken story.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
using factlint::testing::TempDir;
using nlohmann::json;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("one check writes several formats, each from the same findings") {
  TempDir dir;
  const auto run = run_factlint({"check", "corpus/coupang-2025", "-o", "sarif=" + (dir / "r.sarif"), "-o",
                                 "junit=" + (dir / "r.xml"), "-o", "json=" + (dir / "r.json"), "-o",
                                 "github=" + (dir / "r.gh"), "-o", "text=-"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("error[entity-mismatch]: resigned_ceo") != std::string::npos);  // text on standard output
  const json report = json::parse(slurp(dir / "r.json"));
  std::set<std::string> ids;
  for (const json& f : report["stories"][0]["findings"]) ids.insert(f["id"].get<std::string>());
  REQUIRE(ids.size() == 6);

  const json sarif = json::parse(slurp(dir / "r.sarif"));
  std::set<std::string> fingerprints;
  for (const json& r : sarif["runs"][0]["results"]) fingerprints.insert(r["partialFingerprints"]["factlintFindingId/v1"].get<std::string>());
  CHECK(fingerprints == ids);
  // The CEO finding points at the outlet that names another CEO.
  for (const json& r : sarif["runs"][0]["results"]) {
    if (r["ruleId"] != "resigned_ceo") continue;
    CHECK(r["level"] == "error");
    CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/coupang-2025/004_3af0aa90a88527fb.txt");
    CHECK(r["relatedLocations"].size() == 6);
  }

  const std::string junit = slurp(dir / "r.xml");
  // 16 cases: 5 documents read and 11 slots.
  CHECK(junit.find("<testsuite name=\"coupang-2025\" tests=\"16\" failures=\"3\" errors=\"0\"") != std::string::npos);
  CHECK(count(junit, "<failure ") == 3);

  const std::string github = slurp(dir / "r.gh");
  CHECK(count(github, "::error ") == 3);
  CHECK(count(github, "factlint: read corpus/coupang-2025/") == 5);
  CHECK(count(github, "::warning ") == 2);
  CHECK(count(github, "::notice ") == 1);
  CHECK(github.find("::error file=corpus/coupang-2025/004_3af0aa90a88527fb.txt,line=9,col=424,title=resigned_ceo") !=
        std::string::npos);
}

TEST_CASE("output flags: a plain file takes --format; mistakes exit 2 and say how to fix them") {
  TempDir dir;
  CHECK(run_factlint({"check", "corpus/", "-f", "markdown", "-o", dir / "r.md"}).exit_code == 1);
  CHECK(slurp(dir / "r.md").rfind("# factlint report", 0) == 0);
  const auto unknown = run_factlint({"check", "corpus/", "-o", "xml=" + (dir / "r.xml")});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown format 'xml'") != std::string::npos);
  CHECK(unknown.err.find("hint: the formats are github, html, json, junit, markdown, sarif, text") != std::string::npos);
  const auto two = run_factlint({"check", "corpus/", "-o", "text=-", "-o", "json=-"});
  CHECK(two.exit_code == 2);
  CHECK(two.err.find("more than one output goes to standard output") != std::string::npos);
}

TEST_CASE("report writes one self-contained HTML page") {
  TempDir dir;
  const auto run = run_factlint({"report", "corpus/coupang-2025", "-o", dir / "review.html"});
  CHECK(run.exit_code == 0);
  const std::string page = slurp(dir / "review.html");
  CHECK(count(page, "<article class=\"finding error\"") == 3);
  CHECK(page.find("<table class=\"matrix\">") != std::string::npos);
  // Links lead from the page's folder back to the articles.
  CHECK(page.find("corpus/coupang-2025/004_3af0aa90a88527fb.txt\"><code>") != std::string::npos);
}

TEST_CASE("report -o DIR/ writes the batch: index, a page per story, JSON and Markdown, past a broken story") {
  TempDir dir;
  namespace fs = std::filesystem;
  fs::create_directories(dir / "corpus");
  fs::copy(fs::path(FACTLINT_SOURCE_DIR) / "corpus/coupang-2025", dir / "corpus/coupang-2025", fs::copy_options::recursive);
  fs::copy(fs::path(FACTLINT_SOURCE_DIR) / "tests/corpus/harbourline-2024", dir / "corpus/harbourline-2024",
           fs::copy_options::recursive);
  dir.write("corpus/broken-2025/story.yaml", "title: [unclosed\n");
  dir.write("corpus/broken-2025/01.txt", "Acme Corp chief executive Jane Doe has resigned.\n");
  const auto run = run_factlint({"report", "corpus", "-o", "site/"}, dir.path().string());
  CHECK(run.exit_code == 2);  // the broken story
  CHECK(run.err.find("corpus/broken-2025/story.yaml:2:1: error: invalid YAML") != std::string::npos);
  CHECK(run.err.find("report: 3 stories written to site/") != std::string::npos);
  CHECK(run.err.find('\r') == std::string::npos);  // no progress bar when standard error is not a terminal
  for (const char* file : {"index.html", "report.json", "report.md", "stories/coupang-2025.html",
                           "stories/harbourline-2024.html", "stories/broken-2025.html"}) {
    CHECK(fs::exists(dir / (std::string("site/") + file)));
  }
  const std::string index = slurp(dir / "site/index.html");
  // Most errors first; the broken story listed with its problem.
  const std::size_t seed = index.find(">coupang-2025<"), fictional = index.find(">harbourline-2024<"),
                    broken = index.find(">broken-2025<");
  CHECK(seed < fictional);
  CHECK(fictional < broken);
  CHECK(index.find("corpus/broken-2025/story.yaml:2:1: invalid YAML") != std::string::npos);
  CHECK(index.find("href=\"stories/coupang-2025.html\"") != std::string::npos);
  const json report = json::parse(slurp(dir / "site/report.json"));
  CHECK(report["summary"]["stories"] == 3);
  CHECK(report["summary"]["skipped"] == 1);
  CHECK(slurp(dir / "site/report.md").find("## broken\\-2025") != std::string::npos);
  // A story page links back to the articles from site/stories/.
  CHECK(slurp(dir / "site/stories/coupang-2025.html").find("href=\"../../corpus/coupang-2025/") != std::string::npos);
  // No temporary files are left behind.
  for (const auto& entry : fs::recursive_directory_iterator(dir / "site"))
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("the output is the same bytes whatever the number of jobs") {
  const std::vector<std::string> paths{"corpus", "tests/corpus", "tests/kinds"};
  std::vector<std::string> args{"check"};
  args.insert(args.end(), paths.begin(), paths.end());
  args.insert(args.end(), {"-f", "json", "--fail-on", "never"});
  auto with_jobs = [&](const char* jobs) {
    std::vector<std::string> a = args;
    a.insert(a.end(), {"--jobs", jobs});
    const auto run = run_factlint(a);
    REQUIRE(run.exit_code == 0);
    return run.out;
  };
  const std::string one = with_jobs("1");
  CHECK(json::parse(one)["summary"]["stories"].get<int>() >= 17);
  CHECK(with_jobs("2") == one);
  CHECK(with_jobs("7") == one);
}
