// End to end: the sharded run's contract. `extract` in shards, then
// `reconcile`, gives check's report in every format and check's exit code;
// articles may come as JSON Lines; bad shards and bad lines exit 2 naming
// file:line:column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::RunOptions;
using factlint::testing::slurp;
using factlint::testing::TempDir;
using nlohmann::json;

namespace {

const std::vector<std::string> kFormats{"json", "text", "sarif", "markdown", "junit", "github", "html"};

std::vector<std::string> outputs(const TempDir& dir, const std::string& prefix) {
  std::vector<std::string> args;
  for (const std::string& f : kFormats) args.insert(args.end(), {"-o", f + "=" + (dir / (prefix + "." + f))});
  return args;
}

}  // namespace

TEST_CASE("reconcile over extract's shards writes check's report in every format, with check's exit code") {
  TempDir dir;
  // Two shards: one story split between them (two of its articles here, the
  // rest there), read back in the other order, one of them from a folder.
  const auto first = run_factlint({"extract", "corpus/coupang-2025/000_b110993ee8f7e851.txt",
                                   "corpus/coupang-2025/003_db53682ecaabf556.txt", "tests/kinds", "-o", dir / "a.jsonl"});
  REQUIRE(first.exit_code == 0);
  dir.write("shards/_SUCCESS", "");  // as engines mark a finished folder: not a shard
  const auto second = run_factlint({"extract", "corpus/coupang-2025/001_a504c5ea70d29610.txt",
                                    "corpus/coupang-2025/002_4a0ed79bbd68bf9b.txt",
                                    "corpus/coupang-2025/004_3af0aa90a88527fb.txt", "tests/corpus", "-o",
                                    dir / "shards/part-00000"});
  REQUIRE(second.exit_code == 0);

  std::vector<std::string> check{"check", "corpus", "tests/corpus", "tests/kinds"};
  for (const std::string& a : outputs(dir, "check")) check.push_back(a);
  std::vector<std::string> reconcile{"reconcile", dir / "shards", dir / "a.jsonl"};
  for (const std::string& a : outputs(dir, "reconciled")) reconcile.push_back(a);
  const auto checked = run_factlint(check);
  const auto reconciled = run_factlint(reconcile);
  CHECK(checked.exit_code == 1);  // the seed story's contradictions are errors
  CHECK(reconciled.exit_code == checked.exit_code);
  CHECK(reconciled.err == checked.err);
  for (const std::string& f : kFormats) {
    INFO(f);
    const std::string expected = slurp(dir / ("check." + f));
    CHECK(expected.size() > 1000);
    CHECK(slurp(dir / ("reconciled." + f)) == expected);
  }
  const json report = json::parse(slurp(dir / "reconciled.json"));
  CHECK(report["summary"]["errors"].get<int>() >= 3);
  // Stories reconcile on threads; the bytes do not depend on how many.
  for (const char* jobs : {"1", "3"}) {
    const auto run = run_factlint({"reconcile", dir / "a.jsonl", dir / "shards", "-f", "json", "-j", jobs});
    CHECK(run.out == slurp(dir / "reconciled.json"));
  }
}

TEST_CASE("reconcile fails as check does when a story had problems, and names bad shards by file:line:col") {
  TempDir dir;
  dir.write("story/a.txt", "Acme CEO Jane Doe resigned on Monday.\n");
  dir.write("story/b.txt", "Acme CEO John Roe resigned on Monday. \xff\n");
  const auto checked = run_factlint({"check", dir / "story", "--fail-on", "never"});
  const auto extracted = run_factlint({"extract", dir / "story", "-o", dir / "claims.jsonl"});
  CHECK(checked.exit_code == 2);
  CHECK(extracted.exit_code == 2);
  const auto reconciled = run_factlint({"reconcile", dir / "claims.jsonl", "--fail-on", "never"});
  CHECK(reconciled.exit_code == 2);
  CHECK(reconciled.err == checked.err);
  CHECK(reconciled.err.find("b.txt:1:39: error: invalid UTF-8") != std::string::npos);
  CHECK(reconciled.out == checked.out);

  const auto missing = run_factlint({"reconcile", dir / "nothing.jsonl"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nothing.jsonl: error: cannot read the claim file; hint:") != std::string::npos);

  const std::string claims = slurp(dir / "claims.jsonl");
  const auto bad_line = std::count(claims.begin(), claims.end(), '\n') + 1;
  dir.write("bad.jsonl", claims + "{\"factlint_claims\": 1, \"record\": \"claim\", \"story\": \"story\", \"id\": \"x\"}\n");
  const auto bad = run_factlint({"reconcile", dir / "bad.jsonl"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.find("bad.jsonl:" + std::to_string(bad_line) + ":1: error: the line has no \"source\"; hint: claim lines") !=
        std::string::npos);

  // A shard cut at the head: the story line is gone.
  const std::string lines = slurp(dir / "claims.jsonl");
  dir.write("cut.jsonl", lines.substr(lines.find('\n') + 1));
  const auto cut = run_factlint({"reconcile", dir / "cut.jsonl"});
  CHECK(cut.exit_code == 2);
  CHECK(cut.err.find("story 'story' has no story line") != std::string::npos);
}

TEST_CASE("articles as JSON Lines, from a file or standard input, are checked and extracted like folders") {
  TempDir dir;
  const std::string articles = dir.write(
      "articles.jsonl",
      "{\"story\": \"acme\", \"id\": \"b\", \"text\": \"Acme CEO John Roe resigned on Monday.\", \"outlet\": \"Wire\"}\n"
      "{\"story\": \"acme\", \"id\": \"a\", \"text\": \"Acme CEO Jane Doe resigned on Monday.\", \"published\": \"2025-03-04\","
      " \"subject\": \"Acme\"}\n");
  const auto checked = run_factlint({"check", articles, "-f", "json"});
  CHECK(checked.exit_code == 1);
  const json report = json::parse(checked.out);
  REQUIRE(report["stories"].size() == 1);
  const json& story = report["stories"][0];
  CHECK(story["id"] == "acme");
  CHECK(story["subject"] == "Acme");
  CHECK(story["subject_inferred"] == false);
  CHECK(story["documents"][0]["path"] == "acme/a");
  CHECK(story["documents"][0]["published"] == "2025-03-04");
  CHECK(story["documents"][1]["outlet"] == "Wire");
  REQUIRE(story["findings"].size() >= 1);
  CHECK(story["findings"][0]["kind"] == "entity-mismatch");

  RunOptions from_stdin;
  from_stdin.stdin_path = articles;
  const auto piped = run_factlint({"extract", "-"}, FACTLINT_SOURCE_DIR, from_stdin);
  CHECK(piped.exit_code == 0);
  CHECK(piped.out == run_factlint({"extract", articles}).out);
  CHECK(piped.out.find("\"path\":\"acme/b\"") != std::string::npos);

  dir.write("bad.jsonl", "{\"story\": \"acme\", \"id\": \"a\", \"text\": \"x\"}\n{\"story\": \"acme\", \"text\": 5}\n");
  const auto bad = run_factlint({"extract", dir / "bad.jsonl"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.find("bad.jsonl:2:19: error: \"text\" should be a string; hint: each line is one article") !=
        std::string::npos);
}
