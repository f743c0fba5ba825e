// Claim lines: a story written by write_claim_lines(), cut into shards,
// shuffled and read back by ClaimLinesReader must reconcile to exactly the
// report check_story() makes; lines that cannot be trusted must fail the read
// with the place and the reason.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <sstream>

#include "factlint/claim_lines.hpp"
#include "factlint/corpus.hpp"
#include "factlint/pipeline.hpp"
#include "report/json_model.hpp"
#include "support/default_pack.hpp"

using namespace factlint;
using factlint::testing::default_pack;

namespace {

std::vector<LoadedStory> stories_in(const std::vector<std::string>& dirs) {
  std::vector<std::string> paths;
  for (const std::string& d : dirs) paths.push_back(std::string(FACTLINT_SOURCE_DIR) + "/" + d);
  Result<std::vector<StoryInput>> inputs = discover_stories(paths);
  REQUIRE(inputs);
  std::vector<LoadedStory> out;
  for (const StoryInput& input : *inputs) out.push_back(load_story(input));
  return out;
}

std::vector<std::string> lines_of(const ExtractedStory& story) {
  std::ostringstream out;
  write_claim_lines(story, out);
  std::istringstream in(out.str());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Every line given to a reader, each "shard" named by its index.
Result<std::vector<ExtractedStory>> read_back(const std::vector<std::vector<std::string>>& shards) {
  ClaimLinesReader reader;
  for (std::size_t s = 0; s < shards.size(); ++s)
    for (std::size_t i = 0; i < shards[s].size(); ++i) reader.read_line("shard-" + std::to_string(s), i + 1, shards[s][i]);
  return std::move(reader).finish(default_pack());
}

std::string messages(const std::vector<Diagnostic>& errors) {
  std::string out;
  for (const Diagnostic& d : errors) out += to_string(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("claim lines: every story of the test corpora, shuffled into three shards, reconciles as check does") {
  const std::vector<LoadedStory> stories =
      stories_in({"corpus", "tests/corpus", "tests/kinds/copies", "tests/kinds/superseded", "tests/kinds/trust",
                  "tests/kinds/entity-mismatch", "tests/kinds/hedged"});
  REQUIRE(stories.size() >= 8);
  std::vector<std::vector<std::string>> shards(3);
  std::mt19937 random(7);
  std::size_t claims = 0, copies = 0;
  for (const LoadedStory& story : stories) {
    const ExtractedStory extracted = extract_story(story, default_pack());
    claims += extracted.report.claims.size();
    // Lines are dealt out document by document (a document's lines stay in
    // one shard, as an extractor writes them), the story line to every shard.
    std::vector<std::string> lines = lines_of(extracted);
    REQUIRE(lines.front().find("\"record\":\"story\"") != std::string::npos);
    for (auto& shard : shards) shard.push_back(lines.front());
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const nlohmann::json line = nlohmann::json::parse(lines[i]);
      const std::string doc = line["record"] == "document" ? line["id"] : line["source"];
      shards[std::hash<std::string>{}(doc) % shards.size()].push_back(lines[i]);
    }
    copies += find_copies(story.documents, default_pack().trust).size();
  }
  REQUIRE(claims > 100);
  REQUIRE(copies > 0);  // the copies kind: found again from the prints alone
  for (auto& shard : shards) std::shuffle(shard.begin(), shard.end(), random);
  std::shuffle(shards.begin(), shards.end(), random);

  Result<std::vector<ExtractedStory>> read = read_back(shards);
  INFO((read ? "" : messages(read.errors())));
  REQUIRE(read);
  REQUIRE(read->size() == stories.size());
  for (std::size_t i = 0; i < stories.size(); ++i) {
    const StoryReport expected = check_story(stories[i], default_pack());
    const StoryReport actual = reconcile_story(std::move((*read)[i]), default_pack());
    INFO(expected.id);
    CHECK(detail::story_json(actual).dump(1) == detail::story_json(expected).dump(1));
  }
}

TEST_CASE("claim lines: the review and the problems travel with the story") {
  std::vector<LoadedStory> stories = stories_in({"tests/kinds/entity-mismatch"});
  REQUIRE(stories.size() == 1);
  ExtractedStory extracted = extract_story(stories[0], default_pack());
  const StoryReport checked = check_story(stories[0], default_pack());
  REQUIRE(!checked.findings.empty());
  extracted.review.decisions.push_back({checked.findings[0].id, "dismissed", "", "both are right", "kim", "2026-11-23", 0});
  extracted.problems.push_back({"x/story.yaml", 3, 7, "something was wrong", "fix it"});
  Result<std::vector<ExtractedStory>> read = read_back({lines_of(extracted)});
  REQUIRE(read);
  REQUIRE(read->front().review.decisions.size() == 1);
  CHECK(read->front().review.decisions[0].status == "dismissed");
  REQUIRE(read->front().problems.size() == 1);
  CHECK(to_string(read->front().problems[0]) == to_string(extracted.problems[0]));
  const StoryReport report = reconcile_story(std::move(read->front()), default_pack());
  CHECK(report.findings.size() == checked.findings.size());
  CHECK(std::any_of(report.findings.begin(), report.findings.end(),
                    [](const Finding& f) { return f.review.status == "dismissed" && f.severity == Severity::info; }));
}

namespace {

bool any_error(const Result<std::vector<ExtractedStory>>& read, const std::string& part) {
  return std::any_of(read.errors().begin(), read.errors().end(),
                     [&](const Diagnostic& d) { return d.message.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("claim lines: lines that cannot be trusted fail the read, with the place") {
  std::vector<LoadedStory> stories = stories_in({"tests/kinds/entity-mismatch"});
  const std::vector<std::string> lines = lines_of(extract_story(stories[0], default_pack()));
  REQUIRE(lines.size() > 3);

  SECTION("a line that is not JSON") {
    Result<std::vector<ExtractedStory>> read = read_back({{lines[0], "{\"record\": \"claim\", oops}"}});
    REQUIRE(!read);
    CHECK(read.errors()[0].file == "shard-0");
    CHECK(read.errors()[0].line == 2);
    CHECK(read.errors()[0].column == 21);  // at "oops"
    CHECK(read.errors()[0].message.rfind("not a JSON object", 0) == 0);
  }
  SECTION("a number too large for a double") {
    Result<std::vector<ExtractedStory>> read = read_back({{lines[0], "{\"record\": \"claim\", \"start\": 1e999}"}});
    REQUIRE(!read);
    CHECK(read.errors()[0].message.rfind("not a JSON object factlint can read", 0) == 0);
  }
  SECTION("a field of the wrong type") {
    std::string bad = lines.back();
    const std::size_t at = bad.find("\"start\":");
    bad.replace(at, bad.find(',', at) - at, "\"start\":\"ten\"");
    Result<std::vector<ExtractedStory>> read = read_back({{lines[0], bad}});
    REQUIRE(!read);
    CHECK(read.errors()[0].message == "\"start\" of the line should be a whole number, 0 or more");
    CHECK(read.errors()[0].column == static_cast<int>(at) + 1);
  }
  SECTION("a shard cut before its story line") {
    Result<std::vector<ExtractedStory>> read = read_back({std::vector<std::string>(lines.begin() + 1, lines.end())});
    REQUIRE(!read);
    CHECK(read.errors()[0].message.find("has no story line") != std::string::npos);
  }
  SECTION("a shard missing: claims of a document not read") {
    std::vector<std::string> without;
    for (const std::string& l : lines)
      if (l.find("\"record\":\"document\"") == std::string::npos) without.push_back(l);
    Result<std::vector<ExtractedStory>> read = read_back({without});
    REQUIRE(!read);
    CHECK(any_error(read, "which story 'entity-mismatch' does not have as read"));
    CHECK(any_error(read, "story 'entity-mismatch' lists document 'a_gazette', whose line is missing"));
  }
  SECTION("a document in two shards") {
    Result<std::vector<ExtractedStory>> read = read_back({{lines[0], lines[1]}, {lines[1]}});
    REQUIRE(!read);
    CHECK(read.errors()[0].message.find("is also at shard-") != std::string::npos);
  }
  SECTION("shards that inferred different subjects") {
    std::string other = lines[0];
    const std::size_t at = other.find("\"subject\":\"");
    other.insert(at + 11, "Not ");
    Result<std::vector<ExtractedStory>> read = read_back({lines, {other}});
    REQUIRE(!read);
    CHECK(read.errors()[0].message.find("has subject 'Not ") != std::string::npos);
    CHECK(read.errors()[0].hint.find("keep a story's articles in one shard") != std::string::npos);
  }
  SECTION("a slot the rule pack does not have") {
    std::string bad = lines.back();
    const std::size_t at = bad.find("\"slot\":\"");
    bad.insert(at + 8, "no_such_");
    Result<std::vector<ExtractedStory>> read = read_back({{lines.begin(), lines.end() - 1}, {bad}});
    REQUIRE(!read);
    CHECK(any_error(read, "which the rule pack does not have"));
    CHECK(any_error(read, "are not those extracted (their digest differs)"));  // an edited line
  }
  SECTION("a shard cut at a line boundary: a claim missing") {
    Result<std::vector<ExtractedStory>> read = read_back({{lines.begin(), lines.end() - 1}});
    REQUIRE(!read);
    CHECK(any_error(read, "claims, but 1 of them are missing"));
  }
  SECTION("a claim line given twice") {
    std::vector<std::string> twice = lines;
    twice.push_back(lines.back());
    Result<std::vector<ExtractedStory>> read = read_back({twice});
    REQUIRE(!read);
    CHECK(any_error(read, "claim lines name it (some are there twice)"));
  }
  SECTION("a claim whose id or path is not its document's") {
    std::string bad = lines.back();
    const std::size_t at = bad.find("\"path\":\"");
    bad.insert(at + 8, "elsewhere/");
    Result<std::vector<ExtractedStory>> read = read_back({{lines.begin(), lines.end() - 1}, {bad}});
    REQUIRE(!read);
    CHECK(any_error(read, "has path 'elsewhere/"));
    std::string id = lines.back();
    const std::size_t id_at = id.find("\"id\":\"");
    id.insert(id_at + 6, "other/");
    Result<std::vector<ExtractedStory>> wrong_id = read_back({{lines.begin(), lines.end() - 1}, {id}});
    REQUIRE(!wrong_id);
    CHECK(any_error(wrong_id, "\"id\" of the line should be an id of document"));
  }
  SECTION("an inverted typed value") {
    std::vector<LoadedStory> dated = stories_in({"tests/kinds/date-mismatch"});
    const std::vector<std::string> dated_lines = lines_of(extract_story(dated[0], default_pack()));
    std::string bad;
    for (const std::string& l : dated_lines)
      if (l.find("\"type\":\"date\"") != std::string::npos && l.find("\"lo\":\"") != std::string::npos) bad = l;
    REQUIRE(!bad.empty());
    const std::size_t lo = bad.find("\"lo\":\"") + 6;
    bad.replace(lo, 4, "2999");
    Result<std::vector<ExtractedStory>> read = read_back({{dated_lines[0]}, {bad}});
    REQUIRE(!read);
    CHECK(any_error(read, "\"lo\" of \"typed\" should be no later than \"hi\" (the dates are inverted)"));
  }
  SECTION("a line with no format version, or another one") {
    std::string old = lines.back();
    old.erase(old.find("\"factlint_claims\":1,"), 20);
    Result<std::vector<ExtractedStory>> read = read_back({{lines.begin(), lines.end() - 1}, {old}});
    REQUIRE(!read);
    CHECK(any_error(read, "the line has no \"factlint_claims\" version: it was written by an older factlint"));
    std::string newer = lines.back();
    newer.replace(newer.find("\"factlint_claims\":1"), 19, "\"factlint_claims\":2");
    Result<std::vector<ExtractedStory>> future = read_back({{lines.begin(), lines.end() - 1}, {newer}});
    REQUIRE(!future);
    CHECK(any_error(future, "\"factlint_claims\" of the line should be 1 (this factlint reads version 1)"));
  }
  SECTION("blank lines are nothing") {
    std::vector<std::string> spaced = lines;
    spaced.insert(spaced.begin() + 1, "");
    spaced.push_back("   ");
    CHECK(read_back({spaced}));
  }
}
