// libFuzzer target: the files factlint reads back: a baseline (JSON), a
// review.yaml, claim lines (then reconciled), article JSON Lines (then
// loaded). The first byte picks which. Each parses or gives Diagnostics naming
// the file; nothing crashes. Seeds: tests/fuzz/seeds/readers.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "factlint/baseline.hpp"
#include "factlint/claim_lines.hpp"
#include "factlint/corpus.hpp"
#include "factlint/review.hpp"

namespace {

const factlint::RuleSet& pack() {
  static const factlint::RuleSet rules = [] {
    factlint::Result<factlint::RuleSet> r = factlint::load_rule_pack(std::string(FACTLINT_SOURCE_DIR) + "/rules");
    if (!r) std::abort();
    return std::move(r).value();
  }();
  return rules;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 4) {
    case 0: {
      factlint::Result<factlint::Baseline> baseline = factlint::parse_baseline("baseline.json", text);
      if (!baseline && baseline.errors().front().file != "baseline.json") std::abort();
      break;
    }
    case 1: {
      factlint::Result<factlint::Review> review = factlint::parse_review("review.yaml", text);
      if (!review && review.errors().front().file != "review.yaml") std::abort();
      break;
    }
    case 2: {
      factlint::ClaimLinesReader reader;
      std::size_t number = 0;
      for (std::size_t begin = 0; begin <= text.size();) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        reader.read_line("claims.jsonl", ++number, std::string_view(text).substr(begin, end - begin));
        begin = end + 1;
      }
      factlint::Result<std::vector<factlint::ExtractedStory>> stories = std::move(reader).finish(pack());
      if (stories) {
        for (factlint::ExtractedStory& story : *stories) (void)factlint::reconcile_story(std::move(story), pack());
      }
      break;
    }
    default: {
      std::vector<factlint::StoryInput> stories;
      const std::vector<factlint::Diagnostic> errors = factlint::add_article_lines(stories, "articles.jsonl", text);
      if (!errors.empty() && errors.front().file != "articles.jsonl") std::abort();
      for (const factlint::StoryInput& story : stories) (void)factlint::load_story(story);
      break;
    }
  }
  return 0;
}
