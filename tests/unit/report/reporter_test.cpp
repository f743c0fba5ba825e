// The reporters: the factory knows every format; JSON follows the contract in
// docs/output.md; text reads like a compiler diagnostic, coloured only when
// asked; JSON Lines list every document and claim.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "factlint/reporter.hpp"
#include "unit/report/sample_report.hpp"

using namespace factlint;

namespace {

using factlint::testing::sample;

std::string render(std::string_view format, bool color = false) {
  ReporterOptions options;
  options.color = color;
  auto reporter = make_reporter(format, options);
  REQUIRE(reporter);
  std::ostringstream out;
  reporter->write(sample(), out);
  return out.str();
}

}  // namespace

TEST_CASE("the factory knows every format, and nothing else") {
  CHECK(reporter_formats() ==
        std::vector<std::string>{"github", "html", "json", "junit", "markdown", "sarif", "text"});
  for (const std::string& format : reporter_formats()) CHECK(make_reporter(format, {}) != nullptr);
  CHECK(make_reporter("xml", {}) == nullptr);
}

TEST_CASE("JSON: the contract's fields, in the contract's shape") {
  const auto j = nlohmann::json::parse(render("json"));
  CHECK(j["factlint"] == "9.9.9");
  CHECK(j["summary"]["errors"] == 1);
  CHECK(j["summary"]["skipped"] == 1);
  const auto& story = j["stories"][0];
  for (const char* key : {"id", "title", "subject", "documents", "claims", "findings"}) CHECK(story.contains(key));
  CHECK(story["documents"][0]["status"] == "skipped");
  CHECK(story["documents"][0]["error"] == "invalid UTF-8");
  CHECK_FALSE(story["documents"][1].contains("error"));
  const auto& claim = story["claims"][0];
  for (const char* key : {"id", "source", "slot", "type", "value", "canonical", "text", "sentence", "line", "column",
                          "start", "end", "rule"})
    CHECK(claim.contains(key));
  CHECK(claim["type"] == "person");
  CHECK(claim["start"] == 4);
  CHECK(claim["end"] == 25);
  const auto& finding = story["findings"][0];
  CHECK(finding["severity"] == "error");
  CHECK(finding["sides"][1]["sources"][0] == "two");
  const auto& evidence = finding["sides"][1]["evidence"][0];
  CHECK(evidence["source"] == "two");
  CHECK(evidence["line"] == 1);
  CHECK(evidence["column"] == 5);
  CHECK(evidence["text"] == "CEO John Roe resigned");
}

TEST_CASE("text: a compiler-style diagnostic, with colour only when asked") {
  const std::string plain = render("text");
  CHECK(plain.find("error[entity-mismatch]: resigned_ceo: sources disagree") != std::string::npos);
  CHECK(plain.find("--> s/two.txt:1:5") != std::string::npos);
  CHECK(plain.find("1 | The CEO John Roe resigned.") != std::string::npos);
  CHECK(plain.find("|     ^^^^^^^^^^^^^^^^^^^^^") != std::string::npos);  // under "CEO John Roe resigned"
  CHECK(plain.find("skipped s/bad.txt: invalid UTF-8") != std::string::npos);
  CHECK(plain.find("1 story: 3 documents (1 skipped), 2 claims: 1 error, 0 warnings") != std::string::npos);
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(render("text", true).find("\x1b[1;31m") != std::string::npos);
}

TEST_CASE("Markdown: a table row per finding and the quoted words in bold") {
  const std::string md = render("markdown");
  CHECK(md.rfind("# factlint report\n\n**1 story: 3 documents (1 skipped), 2 claims: 1 error, 0 warnings, 0 notes**", 0) == 0);
  CHECK(md.find("| error | entity-mismatch | resigned\\_ceo | Jane Doe (1) vs John Roe (1) | `00112233aabbccdd` |") !=
        std::string::npos);
  CHECK(md.find("  - `s/one.txt:1:5`: The **CEO Jane Doe resigned**.") != std::string::npos);
  CHECK(md.find("- skipped `s/bad.txt`: invalid UTF\\-8") != std::string::npos);
}

TEST_CASE("Markdown: article text cannot inject markup into a comment") {
  Report report = sample();
  Finding& f = report.stories[0].findings[0];
  const std::string hostile = "<script>alert(1)</script> [click](javascript:alert(1)) ![x](http://e/x.png) a|b `code`";
  f.sides[0].value = hostile;
  f.sides[0].evidence[0].sentence = hostile;
  f.sides[0].evidence[0].text = "<script>";
  f.sides[0].evidence[0].span = {0, 8};
  f.message = hostile;
  f.sides[0].evidence[0].path = "s/`evil`.txt";
  auto reporter = make_reporter("markdown", {});
  std::ostringstream out;
  reporter->write(report, out);
  const std::string md = out.str();
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("&lt;script&gt;") != std::string::npos);
  CHECK(md.find("](javascript") == std::string::npos);
  CHECK(md.find("![x]") == std::string::npos);
  CHECK(md.find("a|b") == std::string::npos);  // a bare pipe would split a table cell
  CHECK(md.find("`evil`") == std::string::npos);
  // Every table row still has its five cells.
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("| error", 0) != 0) continue;
    std::size_t cells = 0;
    for (std::size_t i = 0; i < line.size(); ++i) cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    CHECK(cells == 6);
  }
}
