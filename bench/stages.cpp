// Where the time goes, stage by stage, on a corpus: rule compilation,
// loading, extraction (and within it the prefilter scan alone), finding
// copies, reconciliation. Prints figures; asserts nothing.
//
//   build/bench/factlint_stages rules/ /tmp/corpus-10MB
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "factlint/factlint.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const bool no_prefilter = argc == 4 && std::string(argv[3]) == "--no-prefilter";
  if (argc != 3 && !no_prefilter) {
    std::fprintf(stderr, "usage: factlint_stages RULES_DIR CORPUS [--no-prefilter]\n");
    return 2;
  }
  auto start = Clock::now();
  factlint::Result<factlint::RuleSet> rules = factlint::load_rule_pack(argv[1]);
  if (!rules) {
    std::fprintf(stderr, "cannot load the rules: %s\n", factlint::to_string(rules.errors().front()).c_str());
    return 2;
  }
  const double compile = seconds_since(start);
  if (no_prefilter) rules->prefilter.reset();  // every pattern on every sentence, for comparison
  auto stories = factlint::discover_stories({argv[2]});
  if (!stories) return 2;

  double load = 0, prefilter = 0, extract = 0, copies = 0, reconcile = 0;
  std::size_t bytes = 0, documents = 0, claims = 0, sentences = 0;
  for (const factlint::StoryInput& input : *stories) {
    start = Clock::now();
    const factlint::LoadedStory story = factlint::load_story(input);
    load += seconds_since(start);
    factlint::StoryContext context{story.meta.subject, story.meta.aliases, story.meta.year, story.meta.country};
    std::vector<factlint::Claim> all;
    for (const factlint::Document& doc : story.documents) {
      bytes += doc.text.size();
      ++documents;
      sentences += doc.sentences.size();
      if (rules->prefilter) {
        start = Clock::now();
        std::vector<char> may_match;
        for (const factlint::Span& s : doc.sentences) rules->prefilter->candidates(doc.slice(s), may_match);
        prefilter += seconds_since(start);
      }
      start = Clock::now();
      std::vector<factlint::Claim> found = factlint::extract_claims(doc, context, *rules);
      extract += seconds_since(start);
      claims += found.size();
      all.insert(all.end(), found.begin(), found.end());
    }
    start = Clock::now();
    auto copy_groups = factlint::find_copies(story.documents, rules->trust);
    copies += seconds_since(start);
    std::vector<factlint::SourceInfo> sources;
    for (const factlint::Document& doc : story.documents) sources.push_back({doc.id, doc.meta.published});
    start = Clock::now();
    factlint::reconcile(input.id, all, sources, copy_groups, *rules);
    reconcile += seconds_since(start);
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("corpus: %zu stories, %zu documents, %.2f MB, %zu sentences, %zu claims\n", stories->size(), documents, mb,
              sentences, claims);
  std::printf("%-34s %8.3f s\n", "rule compile (incl. prefilter)", compile);
  std::printf("%-34s %8.3f s  %8.2f MB/s\n", "load (read, UTF-8, lines, ICU)", load, mb / load);
  std::printf("%-34s %8.3f s  %8.2f MB/s\n", "prefilter scan alone (atoms)", prefilter, mb / prefilter);
  std::printf("%-34s %8.3f s  %8.2f MB/s\n", "extract (incl. its prefilter scan)", extract, mb / extract);
  std::printf("%-34s %8.3f s\n", "find copies", copies);
  std::printf("%-34s %8.3f s  %8.0f claims/s\n", "reconcile", reconcile, static_cast<double>(claims) / reconcile);
  return 0;
}
