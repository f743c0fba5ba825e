// Golden files: the seed story's report in every format a person or a CI
// system reads, compared with files a person reviewed (tests/golden/). Text
// and Markdown are compared byte for byte; JSON, SARIF and JUnit as parsed
// trees, so that only content counts. A difference prints a readable diff.
//
// After an intended change, regenerate and review with git diff:
//   FACTLINT_UPDATE_GOLDEN=1 build/tests/factlint_e2e_tests "[golden]"
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
using nlohmann::json;

namespace {

const std::string kGolden = std::string(FACTLINT_SOURCE_DIR) + "/tests/golden/coupang-2025/";

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A unified-style line diff (longest common subsequence), differing lines
// only, each with its line number: "-12 expected" / "+12 actual".
std::string line_diff(const std::string& expected, const std::string& actual) {
  const auto a = lines(expected), b = lines(actual);
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out;
  std::size_t i = 0, j = 0, shown = 0;
  while ((i < a.size() || j < b.size()) && shown < 60) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out += "+" + std::to_string(j + 1) + " " + b[j] + "\n";
      ++j, ++shown;
    } else {
      out += "-" + std::to_string(i + 1) + " " + a[i] + "\n";
      ++i, ++shown;
    }
  }
  return out;
}

// XML's character references, decoded.
std::string unescape_xml(std::string text) {
  static const std::pair<const char*, const char*> kRefs[] = {{"&lt;", "<"},    {"&gt;", ">"},    {"&quot;", "\""},
                                                              {"&apos;", "'"},  {"&#39;", "'"},   {"&#10;", "\n"},
                                                              {"&#13;", "\r"}, {"&#9;", "\t"},   {"&amp;", "&"}};
  for (const auto& [ref, ch] : kRefs)
    for (std::size_t at = text.find(ref); at != std::string::npos; at = text.find(ref, at + 1)) text.replace(at, std::string(ref).size(), ch);
  return text;
}

// JUnit XML as a tree, one line per element or text: "testsuites/testsuite
// name=... tests=..." and "  text: ...". Whitespace between elements and
// attribute order do not count.
std::string xml_tree(const std::string& xml) {
  std::string out, path;
  std::vector<std::string> stack;
  for (std::size_t at = 0; at < xml.size();) {
    if (xml[at] == '<') {
      const std::size_t end = xml.find('>', at);
      std::string tag = xml.substr(at + 1, end - at - 1);
      at = end + 1;
      if (tag[0] == '?' || tag[0] == '!') continue;
      if (tag[0] == '/') {
        stack.pop_back();
        continue;
      }
      const bool empty = tag.back() == '/';
      if (empty) tag.pop_back();
      std::istringstream parts(tag);
      std::string name, attr;
      parts >> name;
      std::vector<std::string> attrs;
      // Attribute values may hold spaces: split on '" '.
      std::string rest;
      std::getline(parts, rest);
      for (std::size_t p = rest.find_first_not_of(' '); p != std::string::npos && p < rest.size();) {
        const std::size_t close = rest.find('"', rest.find('"', p) + 1);
        attrs.push_back(unescape_xml(rest.substr(p, close - p + 1)));
        p = rest.find_first_not_of(' ', close + 1);
      }
      std::sort(attrs.begin(), attrs.end());
      stack.push_back(name);
      std::string line;
      for (const std::string& s : stack) line += (line.empty() ? "" : "/") + s;
      for (const std::string& a : attrs) line += " " + a;
      out += line + "\n";
      if (empty) stack.pop_back();
    } else {
      const std::size_t end = xml.find('<', at);
      const std::string text = xml.substr(at, end - at);
      if (text.find_first_not_of(" \n\t") != std::string::npos) out += "  text: " + unescape_xml(text) + "\n";
      at = end;
    }
  }
  return out;
}

bool updating() { return std::getenv("FACTLINT_UPDATE_GOLDEN") != nullptr; }

// The report of the seed story in `format`, run from the source tree.
std::string render(const std::string& format) {
  const auto run = run_factlint({"check", "corpus/coupang-2025", "-f", format});
  REQUIRE(run.exit_code == 1);
  return run.out;
}

void compare_text(const std::string& file, const std::string& actual) {
  if (updating()) std::ofstream(kGolden + file, std::ios::binary) << actual;
  const std::string expected = slurp(kGolden + file);
  const bool same = expected == actual;  // not CHECK(a == b): Catch would print both files whole
  INFO("tests/golden/coupang-2025/" << file << " differs (- golden, + actual):\n" << line_diff(expected, actual));
  CHECK(same);
}

void compare_json(const std::string& file, const std::string& actual) {
  if (updating()) std::ofstream(kGolden + file, std::ios::binary) << actual;
  const json expected = json::parse(slurp(kGolden + file));
  const json got = json::parse(actual);
  INFO("tests/golden/coupang-2025/" << file << " differs; JSON patch from golden to actual:\n"
                                    << json::diff(expected, got).dump(2).substr(0, 6000));
  const bool same = expected == got;
  CHECK(same);
}

}  // namespace

TEST_CASE("golden: the text report of the seed story", "[golden]") { compare_text("report.txt", render("text")); }

TEST_CASE("golden: the Markdown report of the seed story", "[golden]") { compare_text("report.md", render("markdown")); }

TEST_CASE("golden: the JSON report of the seed story, as a tree", "[golden]") { compare_json("report.json", render("json")); }

TEST_CASE("golden: the SARIF log of the seed story, as a tree", "[golden]") { compare_json("report.sarif", render("sarif")); }

TEST_CASE("golden: the JUnit XML of the seed story, as a tree", "[golden]") {
  const std::string actual = render("junit");
  if (updating()) std::ofstream(kGolden + "report.junit.xml", std::ios::binary) << actual;
  const std::string expected = xml_tree(slurp(kGolden + "report.junit.xml"));
  const std::string got = xml_tree(actual);
  REQUIRE(got.find("testsuites/testsuite/testcase") != std::string::npos);  // the parse found the cases
  const bool same = expected == got;
  INFO("tests/golden/coupang-2025/report.junit.xml differs as a tree (- golden, + actual):\n" << line_diff(expected, got));
  CHECK(same);
}
