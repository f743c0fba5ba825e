// Bad input around the articles: story folders, story.yaml, links, file
// permissions, rule packs and the files factlint reads back (baseline,
// review.yaml). Each case asserts the exact message and exit code, and that the
// rest of the run is still read and reported.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::RunOptions;
using factlint::testing::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kGood = "Acme Corp chief executive Jane Doe resigned on March 3, 2024.\n";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every document of a JSON report: "story/id" -> status.
std::map<std::string, std::string> statuses(const std::string& json_text) {
  std::map<std::string, std::string> out;
  const json report = json::parse(json_text);
  for (const json& story : report["stories"])
    for (const json& d : story["documents"]) out[story["id"].get<std::string>() + "/" + d["id"].get<std::string>()] = d["status"];
  return out;
}

}  // namespace

TEST_CASE("bad input: an empty story folder is no story; a corpus of nothing is a usage error") {
  TempDir dir;
  fs::create_directories(dir.path() / "corpus/empty");
  dir.write("corpus/good/a.txt", kGood);
  const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"});
  CHECK(run.exit_code == 0);
  CHECK(statuses(run.out) == std::map<std::string, std::string>{{"good/a", "processed"}});
  const auto none = run_factlint({"check", dir / "corpus/empty"});
  CHECK(none.exit_code == 2);
  CHECK(none.err == dir / "corpus/empty" +
                        ": error: no stories here: neither this folder nor its sub-folders hold .txt articles or a "
                        "story.yaml; hint: a corpus is a folder of story folders; a story folder holds *.txt articles "
                        "and an optional story.yaml\n");
}

TEST_CASE("bad input: a broken story.yaml skips its story's articles with the reason; other stories are read") {
  const std::string nested_3000 = "title: " + std::string(3000, '[') + std::string(3000, ']') + "\n";
  struct Case {
    const char* name;
    const char* yaml;
    const char* error;  // after "story.yaml:"
  };
  const std::vector<Case> cases{
      {"a wrong type", "articles: notalist\n", "1:11: error: 'articles' must be a list, found a single value"},
      {"an unknown key", "title: T\nbogus: 1\n", "2:1: error: unknown key 'bogus' in story.yaml; hint: the keys allowed here are"},
      {"a duplicate key", "title: T\ntitle: U\n", "2:1: error: duplicate key 'title'; hint: a key may appear once"},
      {"a path out of the folder", "articles:\n  - file: ../../etc/passwd\n",
       "2:11: error: '../../etc/passwd' is not a file name inside the story folder"},
      {"an absolute path", "articles:\n  - file: /etc/passwd\n", "2:11: error: '/etc/passwd' is not a file name inside the story folder"},
      {"broken YAML", "title: [unclosed\n", "2:1: error: invalid YAML"},
      // Past yaml-cpp's depth limit (500 in Debian's build): said as such, not "bad file".
      {"lists nested 3,000 deep", nested_3000.c_str(),
       "1:6008: error: invalid YAML: nested more than 499 levels deep (lists or mappings inside one another); hint: no "
       "file factlint reads needs more than a few levels: flatten it"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    TempDir dir;
    dir.write("corpus/broken/story.yaml", c.yaml);
    dir.write("corpus/broken/a.txt", kGood);
    dir.write("corpus/good/a.txt", kGood);
    const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, dir / "corpus/broken/story.yaml:" + c.error));
    CHECK(statuses(run.out) == std::map<std::string, std::string>{{"broken/a", "skipped"}, {"good/a", "processed"}});
  }
}

TEST_CASE("bad input: links out of a story are refused, link loops end, unreadable files are skipped") {
  TempDir dir;
  dir.write("corpus/story/a.txt", kGood);
  dir.write("outside/secret.txt", "Globex CEO John Roe resigned.\n");
  fs::create_symlink(dir.path() / "outside/secret.txt", dir.path() / "corpus/story/linked.txt");
  fs::create_symlink("a.txt", dir.path() / "corpus/story/alias.txt");  // inside the folder: allowed
  fs::create_symlink("..", dir.path() / "corpus/story/up");             // loops back to the corpus
  fs::create_symlink(".", dir.path() / "corpus/self");
  SECTION("links") {
    const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, dir / "corpus/story/linked.txt: error: a symbolic link to " + (dir / "outside/secret.txt") +
                           ", outside the story folder; hint: copy the article into the story folder"));
    CHECK(statuses(run.out) == std::map<std::string, std::string>{
                                   {"story/a", "processed"}, {"story/alias", "processed"}, {"story/linked", "skipped"}});
  }
  SECTION("a file that cannot be read") {
    dir.write("corpus/story/locked.txt", kGood);
    fs::permissions(dir.path() / "corpus/story/locked.txt", fs::perms::none);
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    fs::remove(dir.path() / "corpus/story/linked.txt");
    // As root every file is readable; the run drops to "nobody" so that the permission counts.
    const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"},
                                  FACTLINT_SOURCE_DIR, RunOptions{true, {}});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, dir / "corpus/story/locked.txt: error: cannot read the file: Permission denied; hint: check that "
                             "the file exists and that you may read it"));
    CHECK(statuses(run.out) == std::map<std::string, std::string>{
                                   {"story/a", "processed"}, {"story/alias", "processed"}, {"story/locked", "skipped"}});
  }
}

TEST_CASE("bad input: FIFOs and devices are never opened: as articles they are skipped with what they are, as "
          "story.yaml or review.yaml they are errors") {
  TempDir dir;
  dir.write("corpus/story/a.txt", kGood);
  REQUIRE(::mkfifo((dir / "corpus/story/pipe.txt").c_str(), 0644) == 0);
  const bool root = ::geteuid() == 0;
  if (root) REQUIRE(::mknod((dir / "corpus/story/zero.txt").c_str(), S_IFCHR | 0666, ::makedev(1, 5)) == 0);  // /dev/zero
  RunOptions options;
  options.timeout_seconds = 20;  // a FIFO opened for reading would wait for a writer for ever
  const std::string hint = "; hint: articles, story.yaml and review.yaml must be regular files";
  SECTION("among the articles") {
    const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"}, FACTLINT_SOURCE_DIR, options);
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, dir / "corpus/story/pipe.txt: error: a FIFO (named pipe), not a regular file: it was not opened" + hint));
    std::map<std::string, std::string> expected{{"story/a", "processed"}, {"story/pipe", "skipped"}};
    if (root) {
      CHECK(has(run.err, dir / "corpus/story/zero.txt: error: a character device, not a regular file: it was not opened"));
      expected["story/zero"] = "skipped";
    }
    CHECK(statuses(run.out) == expected);
    // Named one by one, too.
    const auto named = run_factlint({"check", dir / "corpus/story/pipe.txt", dir / "corpus/story/a.txt", "-f", "json"},
                                    FACTLINT_SOURCE_DIR, options);
    CHECK(named.exit_code == 2);
    CHECK(statuses(named.out) == std::map<std::string, std::string>{{"story/a", "processed"}, {"story/pipe", "skipped"}});
  }
  SECTION("story.yaml") {
    REQUIRE(::mkfifo((dir / "corpus/story/story.yaml").c_str(), 0644) == 0);
    const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"}, FACTLINT_SOURCE_DIR, options);
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, dir / "corpus/story/story.yaml: error: a FIFO (named pipe), not a regular file: it was not opened" + hint));
    for (const auto& [doc, status] : statuses(run.out)) CHECK(status == "skipped");
  }
  SECTION("review.yaml") {
    REQUIRE(::mkfifo((dir / "corpus/story/review.yaml").c_str(), 0644) == 0);
    const auto run = run_factlint({"check", dir / "corpus", "-f", "json", "--fail-on", "never"}, FACTLINT_SOURCE_DIR, options);
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, dir / "corpus/story/review.yaml: error: a FIFO (named pipe), not a regular file: it was not opened" + hint));
    CHECK(statuses(run.out)["story/a"] == "processed");  // the story is still checked
    const auto list = run_factlint({"review", dir / "corpus"}, FACTLINT_SOURCE_DIR, options);
    CHECK(list.exit_code == 2);
  }
}

namespace {

// A copy of the default pack with one more rule file, `packs/extra/extra.yaml`.
std::string pack_with(const TempDir& dir, const std::string& rules_yaml) {
  fs::copy(fs::path(FACTLINT_SOURCE_DIR) / "rules", dir.path() / "rules", fs::copy_options::recursive);
  dir.write("rules/packs/extra/extra.yaml", rules_yaml);
  return dir / "rules";
}

}  // namespace

TEST_CASE("bad input: rule packs with hostile or broken patterns") {
  TempDir dir;
  SECTION("a catastrophic-looking pattern stays linear in RE2") {
    const std::string rules = pack_with(dir, R"(rules:
  - id: nested-plus
    slot: ceo
    description: a pattern that backtracks exponentially in a backtracking engine
    patterns:
      - '(?P<value>(a+)+)!'
)");
    dir.write("story/a.txt", std::string(200000, 'a') + "b\n");
    const auto run = run_factlint({"check", dir / "story", "--rules", rules, "-f", "json", "--fail-on", "never"});
    CHECK(run.exit_code == 0);
    CHECK(json::parse(run.out)["summary"]["claims"] == 0);
  }
  SECTION("a pattern RE2 rejects names its file:line:col and RE2's reason") {
    const std::string rules = pack_with(dir, R"(rules:
  - id: look-ahead
    slot: ceo
    description: look-arounds do not exist in RE2
    patterns:
      - '(?=CEO)(?P<value>\w+)'
)");
    const auto run = run_factlint({"rules", "list", "--rules", rules});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "packs/extra/extra.yaml:6:9: error: RE2 rejects this pattern: invalid perl operator: (?= "));
    CHECK(has(run.err, "look-arounds and back-references do not exist in RE2"));
  }
  SECTION("a pattern without its value group") {
    const std::string rules = pack_with(dir, R"(rules:
  - id: no-value
    slot: ceo
    description: captures nothing
    patterns:
      - 'CEO (\w+)'
)");
    const auto run = run_factlint({"rules", "list", "--rules", rules});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, "packs/extra/extra.yaml:6:9: error: the pattern has no named group 'value'; hint: wrap the words "
                       "that hold it in (?P<value>...)"));
  }
  SECTION("a macro that uses itself, directly or through others, is one error at its definition, naming the cycle") {
    const std::string rules = pack_with(dir, R"(macros:
  LOOP_A: 'x{LOOP_B}'
  LOOP_B: 'y{LOOP_C}'
  LOOP_C: 'z{LOOP_A}'
  USES_LOOP: 'w{LOOP_B}'
  SELF: 'x{SELF}'
rules:
  - id: loops
    slot: ceo
    description: uses a macro that cannot be expanded
    patterns:
      - 'CEO (?P<value>{LOOP_A})'
)");
    const auto run = run_factlint({"rules", "list", "--rules", rules});
    CHECK(run.exit_code == 2);
    const std::string hint = "; hint: a macro may not use itself, directly or through other macros: take one of these out "
                             "of the next one's pattern\n";
    CHECK(run.err == rules + "/packs/extra/extra.yaml:2:3: error: macro {LOOP_A} uses itself: LOOP_A -> LOOP_B -> LOOP_C -> "
                             "LOOP_A" + hint +
                     rules + "/packs/extra/extra.yaml:6:3: error: macro {SELF} uses itself: SELF -> SELF" + hint);
  }
  SECTION("a macro that doubles itself forty levels deep is refused where it first passes 1 MB, at once") {
    std::string yaml = "macros:\n  D0: 'ab'\n";
    for (int i = 1; i <= 40; ++i) yaml += "  D" + std::to_string(i) + ": '{D" + std::to_string(i - 1) + "}{D" + std::to_string(i - 1) + "}'\n";
    yaml += "rules:\n  - id: huge\n    slot: ceo\n    description: a terabyte of pattern\n    patterns:\n      - 'CEO (?P<value>{D40})'\n";
    const std::string rules = pack_with(dir, yaml);
    RunOptions options;
    options.timeout_seconds = 120;  // it used to grow until the allocator gave up (exit 134)
    const auto run = run_factlint({"rules", "list", "--rules", rules}, FACTLINT_SOURCE_DIR, options);
    CHECK(run.exit_code == 2);
    CHECK(run.err == rules + "/packs/extra/extra.yaml:19:3: error: macro {D17} is more than 1024 KB once its macros are "
                             "expanded; hint: use each macro fewer times in it: every use repeats the macro's whole pattern\n");
  }
  SECTION("two thousand rules load, and the last of them matches") {
    std::string yaml = "rules:\n";
    for (int i = 0; i < 2000; ++i) {
      yaml += "  - id: generated-" + std::to_string(i) + "\n    slot: ceo\n    description: generated\n    patterns:\n" +
              "      - 'codeword" + std::to_string(i) + "\\s+(?P<value>[A-Z][a-z]+ [A-Z][a-z]+)'\n";
    }
    const std::string rules = pack_with(dir, yaml);
    dir.write("story/a.txt", "The memo said codeword1999 Jane Doe.\n");
    const auto run = run_factlint({"extract", dir / "story", "--rules", rules});
    CHECK(run.exit_code == 0);
    CHECK(has(run.out, "\"rule\":\"generated-1999\""));
    CHECK_FALSE(has(run.out, "\"rule\":\"generated-199\""));
  }
}

TEST_CASE("bad input: a broken baseline or review.yaml names its file and place") {
  TempDir dir;
  dir.write("corpus/story/a.txt", kGood);
  SECTION("baseline: not JSON") {
    dir.write("baseline.json", "{\"version\": 1, \"findings\": [\n");
    const auto run = run_factlint({"check", dir / "corpus", "--baseline", dir / "baseline.json"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());  // nothing is checked against a baseline that cannot be read
    CHECK(has(run.err, dir / "baseline.json:2:1: error: the baseline is not valid JSON: parse error at line 2, column 1"));
    CHECK(has(run.err, "hint: write it with 'factlint baseline write PATH -o FILE'"));
  }
  SECTION("review.yaml: an unknown key, an unknown decision") {
    dir.write("corpus/story/review.yaml", "decisions: []\n");
    const auto key = run_factlint({"check", dir / "corpus"});
    CHECK(key.exit_code == 2);
    CHECK(has(key.err, dir / "corpus/story/review.yaml:1:1: error: unknown key 'decisions'; hint: the only top-level key is 'findings'"));
    CHECK(has(key.out, "1 story: 1 document (0 skipped), 2 claims"));  // the story is still checked
    dir.write("corpus/story/review.yaml", "findings:\n  x: " + std::string(1000, '{') + "\n");
    const auto deep = run_factlint({"check", dir / "corpus"});
    CHECK(deep.exit_code == 2);
    CHECK(has(deep.err, "review.yaml is not valid YAML: nested more than 499 levels deep (lists or mappings inside one another)"));
    dir.write("corpus/story/review.yaml", "findings:\n  f61ab9777f5caa81:\n    status: maybe\n");
    const auto status = run_factlint({"check", dir / "corpus"});
    CHECK(status.exit_code == 2);
    CHECK(has(status.err, dir / "corpus/story/review.yaml:3:13: error: unknown status 'maybe'; hint: status is confirmed, "
                                "dismissed or resolved"));
  }
}
