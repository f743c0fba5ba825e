// The rule prefilter only ever keeps too many patterns, never too few: with
// the default pack, every document factlint ships gives the same claims with
// and without it. And it does filter: most patterns are skipped.
#include <catch2/catch.hpp>

#include <filesystem>

#include "factlint/corpus.hpp"
#include "factlint/extract.hpp"
#include "factlint/rules.hpp"

using namespace factlint;

namespace {

std::string claims_text(const std::vector<Claim>& claims) {
  std::string out;
  for (const Claim& c : claims) out += c.id + " " + c.value + " " + c.canonical + " " + c.about + "\n";
  return out;
}

}  // namespace

TEST_CASE("prefilter: the default pack reads the same claims with and without it") {
  Result<RuleSet> with = load_rule_pack(std::string(FACTLINT_SOURCE_DIR) + "/rules");
  REQUIRE(with);
  REQUIRE(with->prefilter != nullptr);
  RuleSet without = *with;
  without.prefilter.reset();

  Result<std::vector<StoryInput>> stories =
      discover_stories({std::string(FACTLINT_SOURCE_DIR) + "/corpus", std::string(FACTLINT_SOURCE_DIR) + "/tests/corpus",
                        std::string(FACTLINT_SOURCE_DIR) + "/tests/kinds"});
  REQUIRE(stories);
  std::size_t documents = 0, claims = 0, sentences = 0, candidates = 0;
  std::vector<char> may_match;
  for (const StoryInput& input : *stories) {
    const LoadedStory story = load_story(input);
    const StoryContext context{story.meta.subject, story.meta.aliases, story.meta.year, story.meta.country};
    for (const Document& doc : story.documents) {
      INFO(doc.path);
      const std::vector<Claim> filtered = extract_claims(doc, context, *with);
      CHECK(claims_text(filtered) == claims_text(extract_claims(doc, context, without)));
      ++documents;
      claims += filtered.size();
      for (const Span& s : doc.sentences) {
        REQUIRE(with->prefilter->candidates(doc.slice(s), may_match));
        for (char m : may_match) candidates += m != 0;
        ++sentences;
      }
    }
  }
  CHECK(documents >= 40);
  CHECK(claims >= 150);
  // It filters: on average a sentence leaves far fewer than half the patterns to run.
  CHECK(candidates * 4 < sentences * with->prefilter->patterns);
}

TEST_CASE("prefilter: upper case and accents in the sentence do not hide a pattern's words") {
  Result<RuleSet> pack = compile_rule_pack({{"t.yaml", R"(
slots:
  - {name: resigned_ceo, type: person}
rules:
  - id: r
    slot: resigned_ceo
    patterns: ['(?i)chief executive (?P<value>\p{Lu}\p{L}+) resigned']
    examples: [{text: "Chief executive Zoë resigned.", value: Zoë}]
)"}});
  REQUIRE(pack);
  REQUIRE(pack->prefilter != nullptr);
  std::vector<char> may_match;
  REQUIRE(pack->prefilter->candidates("CHIEF EXECUTIVE ÉLODIE RESIGNED", may_match));
  CHECK(may_match == std::vector<char>{1});
  REQUIRE(pack->prefilter->candidates("the weather was fine", may_match));
  CHECK(may_match == std::vector<char>{0});
}
