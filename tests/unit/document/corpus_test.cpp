// discover_stories() and load_story(): paths become stories, every article is
// listed as read or skipped with its reason, and one bad article does not
// stop the others.
#include <catch2/catch.hpp>

#include "factlint/corpus.hpp"
#include "support/temp_dir.hpp"

using namespace factlint;
using factlint::testing::TempDir;

TEST_CASE("a corpus folder, a story folder and an article file all resolve to stories") {
  TempDir dir;
  dir.write("corpus/beta/b1.txt", "B.");
  dir.write("corpus/alpha/a2.txt", "A2.");
  dir.write("corpus/alpha/a1.txt", "A1.");
  dir.write("corpus/alpha/notes.md", "not an article");
  dir.write("corpus/alpha/.hidden.txt", "hidden");
  dir.write("corpus/empty/readme.md", "no articles");

  SECTION("a corpus: every story folder, sorted, articles sorted") {
    Result<std::vector<StoryInput>> stories = discover_stories({dir / "corpus"});
    REQUIRE(stories.ok());
    REQUIRE(stories->size() == 2);
    CHECK((*stories)[0].id == "alpha");
    CHECK(article_files((*stories)[0]) == std::vector<std::string>{dir / "corpus/alpha/a1.txt", dir / "corpus/alpha/a2.txt"});
    CHECK((*stories)[1].id == "beta");
  }
  SECTION("one article: its folder is the story, and only it is read") {
    Result<std::vector<StoryInput>> stories = discover_stories({dir / "corpus/alpha/a2.txt"});
    REQUIRE(stories.ok());
    REQUIRE(stories->size() == 1);
    CHECK((*stories)[0].id == "alpha");
    CHECK(article_files((*stories)[0]) == std::vector<std::string>{dir / "corpus/alpha/a2.txt"});
  }
  SECTION("a story named twice is read once") {
    Result<std::vector<StoryInput>> stories =
        discover_stories({dir / "corpus/alpha", dir / "corpus/alpha/a1.txt", dir / "corpus/alpha/"});
    REQUIRE(stories.ok());
    REQUIRE(stories->size() == 1);
    CHECK(article_files((*stories)[0]).size() == 2);
    // Two files of one story, one named twice: those two only.
    Result<std::vector<StoryInput>> files = discover_stories(
        {dir / "corpus/alpha/a2.txt", dir / "corpus/alpha/a1.txt", dir / "corpus/alpha/../alpha/a2.txt"});
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    CHECK(article_files((*files)[0]) == std::vector<std::string>{dir / "corpus/alpha/a1.txt", dir / "corpus/alpha/a2.txt"});
  }
  SECTION("a missing path or a non-article file is an error naming it") {
    Result<std::vector<StoryInput>> missing = discover_stories({dir / "nope"});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors().front().file == dir / "nope");
    CHECK(missing.errors().front().message == "no such file or folder");
    CHECK_FALSE(discover_stories({dir / "corpus/alpha/notes.md"}).ok());
    CHECK_FALSE(discover_stories({dir / "corpus/empty"}).ok());
  }
}

TEST_CASE("load_story() reads story.yaml and keeps going past a bad article") {
  TempDir dir;
  dir.write("s/story.yaml", "subject: Acme\narticles:\n  - file: good.txt\n    outlet: Planet\n  - file: gone.txt\n");
  dir.write("s/good.txt", "Acme CEO Jane Doe resigned.");
  dir.write("s/bad.txt", "Latin-1 caf\xE9.");
  Result<std::vector<StoryInput>> stories = discover_stories({dir / "s"});
  REQUIRE(stories.ok());
  const LoadedStory story = load_story(stories->front());

  CHECK(story.meta.subject == "Acme");
  REQUIRE(story.documents.size() == 1);
  CHECK(story.documents[0].id == "good");
  CHECK(story.documents[0].meta.outlet == "Planet");
  REQUIRE(story.records.size() == 2);
  CHECK(story.records[0].id == "bad");
  CHECK_FALSE(story.records[0].processed);
  CHECK(story.records[0].error.find("invalid UTF-8") != std::string::npos);
  CHECK(story.records[1].processed);
  // One error for the bad article, one for the listed article that is missing.
  REQUIRE(story.errors.size() == 2);
  const bool names_missing = story.errors[0].message.find("gone.txt") != std::string::npos ||
                             story.errors[1].message.find("gone.txt") != std::string::npos;
  CHECK(names_missing);
}

TEST_CASE("a broken story.yaml skips every article of the story, with the reason") {
  TempDir dir;
  dir.write("s/story.yaml", "subject: Acme\nsubjects: oops\n");
  dir.write("s/a.txt", "text");
  Result<std::vector<StoryInput>> stories = discover_stories({dir / "s"});
  REQUIRE(stories.ok());
  const LoadedStory story = load_story(stories->front());
  CHECK(story.documents.empty());
  REQUIRE(story.records.size() == 1);
  CHECK_FALSE(story.records[0].processed);
  CHECK(story.records[0].error.find("story.yaml is invalid") != std::string::npos);
  REQUIRE(story.errors.size() == 1);
  CHECK(story.errors[0].line == 2);
}
