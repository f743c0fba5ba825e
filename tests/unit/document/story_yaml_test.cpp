// parse_story_yaml(): every field read, every mistake reported at its place.
#include <catch2/catch.hpp>

#include "factlint/story.hpp"

using namespace factlint;

TEST_CASE("a complete story.yaml is read") {
  Result<StoryMeta> meta = parse_story_yaml("s/story.yaml", R"(title: Acme breach
subject: Acme
aliases: [Acme Inc, Acme Corp]
country: kr
year: 2025
articles:
  - file: 001_a.txt
    outlet: Daily Planet
    published: 2025-12-10
    language: en
)");
  REQUIRE(meta.ok());
  CHECK(meta->title == "Acme breach");
  CHECK(meta->subject == "Acme");
  CHECK(meta->aliases == std::vector<std::string>{"Acme Inc", "Acme Corp"});
  CHECK(meta->country == "KR");
  CHECK(meta->year == 2025);
  REQUIRE(meta->articles.size() == 1);
  const ArticleEntry* a = meta->article("001_a.txt");
  REQUIRE(a != nullptr);
  CHECK(a->meta.outlet == "Daily Planet");
  CHECK(a->meta.published == CivilDate{2025, 12, 10});
  CHECK(a->line == 7);
}

TEST_CASE("an empty story.yaml is allowed") { CHECK(parse_story_yaml("story.yaml", "").ok()); }

TEST_CASE("mistakes in story.yaml are reported at their line and column") {
  auto first_error = [](std::string_view text) {
    Result<StoryMeta> meta = parse_story_yaml("s/story.yaml", text);
    REQUIRE_FALSE(meta.ok());
    return meta.errors().front();
  };
  SECTION("an unknown key, with a suggestion") {
    const Diagnostic e = first_error("title: x\nsubjet: Acme\n");
    CHECK(e.file == "s/story.yaml");
    CHECK(e.line == 2);
    CHECK(e.column == 1);
    CHECK(e.message == "unknown key 'subjet' in story.yaml");
    CHECK(e.hint == "did you mean 'subject'?");
  }
  SECTION("a duplicate key") {
    const Diagnostic e = first_error("subject: Acme\nsubject: Globex\n");
    CHECK(e.line == 2);
    CHECK(e.message == "duplicate key 'subject'");
  }
  SECTION("a value of the wrong type") {
    const Diagnostic e = first_error("aliases:\n  a: b\n");
    CHECK(e.line == 2);
    CHECK(e.message.find("'aliases' must be a list") != std::string::npos);
  }
  SECTION("a malformed date") {
    const Diagnostic e = first_error("articles:\n  - file: a.txt\n    published: 2025-02-30\n");
    CHECK(e.line == 3);
    CHECK(e.column == 16);
    CHECK(e.message.find("YYYY-MM-DD") != std::string::npos);
  }
  SECTION("a file outside the story folder") {
    CHECK(first_error("articles:\n  - file: ../../etc/passwd\n").message.find("not a file name inside") !=
          std::string::npos);
    CHECK(first_error("articles:\n  - file: /etc/passwd\n").line == 2);
  }
  SECTION("invalid YAML") {
    const Diagnostic e = first_error("title: [unclosed\n");
    CHECK(e.message.find("invalid YAML") == 0);
    CHECK(e.line >= 1);
  }
}
