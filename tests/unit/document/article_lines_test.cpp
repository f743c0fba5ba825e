// Article JSON Lines: articles grouped into stories whatever the order of the
// lines and files, read as documents like files are, and every bad line
// named by file:line:column with what is wrong.
#include <catch2/catch.hpp>

#include "factlint/corpus.hpp"

using namespace factlint;

namespace {

// The first error of reading `text` as "in.jsonl"; fails the test when there is none.
Diagnostic first_error(std::string_view text) {
  std::vector<StoryInput> stories;
  const std::vector<Diagnostic> errors = add_article_lines(stories, "in.jsonl", text);
  REQUIRE(!errors.empty());
  return errors.front();
}

// The stories of `text`, read as "a.jsonl"; fails the test on any error.
std::vector<StoryInput> stories_from(std::string_view text) {
  std::vector<StoryInput> stories;
  const std::vector<Diagnostic> errors = add_article_lines(stories, "a.jsonl", text);
  INFO((errors.empty() ? "" : to_string(errors.front())));
  REQUIRE(errors.empty());
  return stories;
}

}  // namespace

TEST_CASE("article lines: grouped by story, sorted by id, across texts") {
  std::vector<StoryInput> stories;
  CHECK(add_article_lines(stories, "a.jsonl",
                          "{\"story\": \"s2\", \"id\": \"b\", \"text\": \"CEO Jane Doe resigned.\"}\n"
                          "\n"
                          "{\"story\": \"s1\", \"id\": \"x\", \"text\": \"One.\", \"published\": \"2025-11-30\", \"outlet\": \"Daily\"}\r\n")
            .empty());
  CHECK(add_article_lines(stories, "b.jsonl", "{\"story\": \"s2\", \"id\": \"a\", \"text\": \"Two.\", \"subject\": \"Acme\"}").empty());
  REQUIRE(stories.size() == 2);
  CHECK(stories[0].id == "s1");
  CHECK(stories[1].id == "s2");
  REQUIRE(stories[1].lines->articles.size() == 2);
  CHECK(stories[1].lines->articles[0].id == "a");
  CHECK(stories[1].lines->articles[0].origin == "b.jsonl:1");
  CHECK(stories[1].lines->articles[1].origin == "a.jsonl:1");
  CHECK(stories[1].lines->meta.subject == "Acme");
  REQUIRE(stories[0].lines->articles[0].meta.published);
  CHECK(stories[0].lines->articles[0].meta.published->day == 30);
  CHECK(stories[0].lines->articles[0].meta.outlet == "Daily");

  const LoadedStory loaded = load_story(stories[1]);
  CHECK(loaded.errors.empty());
  CHECK(loaded.meta.subject == "Acme");
  REQUIRE(loaded.documents.size() == 2);
  CHECK(loaded.documents[1].path == "s2/b");
  CHECK(loaded.documents[1].text == "CEO Jane Doe resigned.");
  CHECK(loaded.documents[1].sentences.size() == 1);
  REQUIRE(loaded.records.size() == 2);
  CHECK(loaded.records[0].processed);
}

TEST_CASE("article lines: what story.yaml would say, from any line of the story") {
  const std::vector<StoryInput> stories =
      stories_from("{\"story\": \"s\", \"id\": \"a\", \"text\": \"One.\", \"aliases\": [\"Acme Inc\"], \"country\": \"kr\"}\n"
                   "{\"story\": \"s\", \"id\": \"b\", \"text\": \"Two.\", \"year\": 2025, \"country\": \"KR\"}\n");
  const LoadedStory loaded = load_story(stories[0]);
  CHECK(loaded.meta.aliases == std::vector<std::string>{"Acme Inc"});
  CHECK(loaded.meta.country == "KR");
  CHECK(loaded.meta.year == 2025);

  CHECK(first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\", \"year\": \"2025\"}").message ==
        "\"year\" should be a year: a whole number such as 2025");
  CHECK(first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\", \"aliases\": \"Acme\"}").message ==
        "\"aliases\" should be a list of strings");
  CHECK(first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\", \"country\": \"Korea\"}").message ==
        "country 'Korea' is not an ISO 3166-1 two-letter code");
  CHECK(first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\", \"year\": 2024}\n"
                    "{\"story\": \"s\", \"id\": \"b\", \"text\": \"x\", \"year\": 2025}").message ==
        "story 's' has \"year\" 2025 here but 2024 on an earlier line");
}

TEST_CASE("article lines: an article that is not text is skipped with the reason and its line") {
  const std::vector<StoryInput> stories = stories_from(
      "{\"story\": \"s\", \"id\": \"ok\", \"text\": \"Fine.\"}\n"
      "{\"story\": \"s\", \"id\": \"nul\", \"text\": \"a\\u0000b\"}\n");
  const LoadedStory loaded = load_story(stories[0]);
  REQUIRE(loaded.records.size() == 2);
  CHECK(loaded.documents.size() == 1);
  CHECK(!loaded.records[0].processed);
  CHECK(loaded.records[0].id == "nul");
  CHECK(loaded.records[0].error.find("(the line at a.jsonl:2)") != std::string::npos);
  CHECK(loaded.errors.size() == 1);

  LoadOptions small;
  small.max_file_size = 3;
  const LoadedStory limited = load_story(stories[0], small);
  CHECK(limited.documents.empty());
  CHECK(limited.records[1].error.find("more than the 3 bytes --max-file-size allows") != std::string::npos);
}

TEST_CASE("article lines: bad lines are named with file:line:column") {
  Diagnostic d = first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\"}\n{\"story\": \"s\", \"id\": 7, \"text\": \"x\"}");
  CHECK(to_string(d).rfind("in.jsonl:2:16: \"id\" should be a string", 0) == 0);
  d = first_error("{\"story\": \"s\", \"text\": \"x\"}");
  CHECK(d.message == "no \"id\"");
  d = first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\", \"body\": \"y\"}");
  CHECK(d.message == "unknown key \"body\"");
  CHECK(d.column == 40);
  d = first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\", \"published\": \"2025-02-30\"}");
  CHECK(d.message == "'2025-02-30' is not a date of the form YYYY-MM-DD");
  d = first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\"}\n{\"story\": \"s\", \"id\": \"a\", \"text\": \"y\"}");
  CHECK(d.message == "story 's' has article 'a' twice: also at in.jsonl:1");
  d = first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"x\", \"subject\": \"A\"}\n"
                  "{\"story\": \"s\", \"id\": \"b\", \"text\": \"y\", \"subject\": \"B\"}");
  CHECK(d.message == "story 's' has \"subject\" 'B' here but 'A' on an earlier line");
  d = first_error("{\"story\": \"s\", \"id\": \"a\", \"text\": \"\xff\"}");
  CHECK(d.line == 1);
  CHECK(d.message.find("not a JSON object") == 0);
  CHECK(d.hint.find("each line is one article") == 0);
  d = first_error("[1, 2]");
  CHECK(d.message == "not a JSON object");
}

TEST_CASE("article lines: a .jsonl path is a source of stories, next to folders") {
  Result<std::vector<StoryInput>> none = discover_stories({std::string(FACTLINT_SOURCE_DIR) + "/README.md"});
  REQUIRE(!none);
  CHECK(none.errors()[0].message == "not an article: articles are .txt files, or JSON Lines (.jsonl)");
}
