// Shards that cannot lose or double a claim: claim lines cut at a line
// boundary, given twice, or edited are refused by `reconcile` with file:line
// and a hint, never reconciled into a report with a contradiction gone; and a
// date that cannot be placed in a year says so, never silently.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
using factlint::testing::TempDir;
using nlohmann::json;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

const std::string kStory = std::string(FACTLINT_SOURCE_DIR) + "/tests/kinds/entity-mismatch";

}  // namespace

TEST_CASE("shards: claim lines cut at a line boundary or given twice are refused, never reconciled") {
  TempDir dir;
  REQUIRE(run_factlint({"extract", kStory, "-o", dir / "claims.jsonl"}).exit_code == 0);
  const std::vector<std::string> lines = lines_of(slurp(dir / "claims.jsonl"));
  // The story, three documents, five claims; the last two are c_bulletin's:
  // its outlier's name, then the day of the resignation.
  REQUIRE(lines.size() == 9);
  const auto whole = run_factlint({"reconcile", dir / "claims.jsonl", "--fail-on", "never"});
  REQUIRE(whole.exit_code == 0);
  REQUIRE(has(whole.out, "error[entity-mismatch]"));

  SECTION("cut before the last two claims: the contradiction would be gone") {
    dir.write("cut.jsonl", joined({lines.begin(), lines.end() - 2}));
    const auto run = run_factlint({"reconcile", dir / "cut.jsonl"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(has(run.err, dir / "cut.jsonl:4: error: document 'c_bulletin' of story 'entity-mismatch' has 2 claims, but 2 of "
                             "them are missing; hint: a shard was cut, lost, given twice or edited"));
  }
  SECTION("a claim line given twice: its source would vote twice") {
    std::vector<std::string> twice = lines;
    twice.push_back(lines[4]);
    dir.write("twice.jsonl", joined(twice));
    const auto run = run_factlint({"reconcile", dir / "twice.jsonl"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "document 'a_gazette' of story 'entity-mismatch' has 2 claims, but 3 claim lines name it"));
  }
  SECTION("a document's line lost") {
    std::vector<std::string> without = lines;
    without.erase(without.begin() + 3);
    dir.write("lost.jsonl", joined(without));
    const auto run = run_factlint({"reconcile", dir / "lost.jsonl"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, dir / "lost.jsonl:1: error: story 'entity-mismatch' lists document 'c_bulletin', whose line is missing"));
  }
  SECTION("a claim edited after extraction") {
    std::vector<std::string> edited = lines;
    const std::size_t at = edited.back().find("Marcus Hale");
    REQUIRE(at != std::string::npos);
    edited.back().replace(at, 11, "Lena Ortiz!");
    dir.write("edited.jsonl", joined(edited));
    const auto run = run_factlint({"reconcile", dir / "edited.jsonl"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "the claims of document 'c_bulletin' of story 'entity-mismatch' are not those extracted"));
  }
  SECTION("the same shard twice is one shard given twice") {
    const auto run = run_factlint({"reconcile", dir / "claims.jsonl", dir / "claims.jsonl"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "is also at " + (dir / "claims.jsonl")));
  }
}

TEST_CASE("shards: a date with no year to place it in says so; the story counts such claims") {
  TempDir dir;
  dir.write("articles.jsonl",
            "{\"story\": \"acme\", \"id\": \"a\", \"subject\": \"Acme Corp\", \"text\": \"Acme Corp chief executive Jane Doe "
            "resigned on March 3.\"}\n"
            "{\"story\": \"acme\", \"id\": \"b\", \"subject\": \"Acme Corp\", \"text\": \"Acme Corp chief executive Jane Doe "
            "resigned on March 19.\"}\n");
  const auto run = run_factlint({"check", dir / "articles.jsonl", "-f", "json", "--fail-on", "never"});
  CHECK(run.exit_code == 0);
  const json story = json::parse(run.out)["stories"][0];
  CHECK(story["unplaced_dates"] == 2);
  std::size_t unplaced = 0;
  for (const json& c : story["claims"]) {
    if (c["slot"] != "resignation_date") continue;
    CHECK(c["unplaced"] == "no year to place it in: the article has no publication date and the story no year");
    ++unplaced;
  }
  CHECK(unplaced == 2);
  const auto text = run_factlint({"check", dir / "articles.jsonl", "--fail-on", "never"});
  CHECK(has(text.out, "note 2 date claims have no year to be placed in (no publication date, no story year), so they "
                      "are compared with nothing: give 'published' or 'year'"));
  // With a year, they are placed, and contradict.
  dir.write("dated.jsonl", "{\"story\": \"acme\", \"id\": \"a\", \"year\": 2024, \"subject\": \"Acme Corp\", \"text\": \"Acme "
                           "Corp chief executive Jane Doe resigned on March 3.\"}\n"
                           "{\"story\": \"acme\", \"id\": \"b\", \"subject\": \"Acme Corp\", \"text\": \"Acme Corp chief "
                           "executive Jane Doe resigned on March 19.\"}\n");
  const auto dated = run_factlint({"check", dir / "dated.jsonl", "-f", "json", "--fail-on", "never"});
  const json placed = json::parse(dated.out)["stories"][0];
  CHECK_FALSE(placed.contains("unplaced_dates"));
  CHECK(placed["findings"].size() == 1);
}
