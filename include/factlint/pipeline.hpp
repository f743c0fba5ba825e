// The pipeline for one story, from loaded documents to a StoryReport, in two
// halves that may run on different machines: extract_story() needs the
// articles, reconcile_story() only what the first half wrote (claim_lines.hpp
// carries it between them). Entry points: check_story(), extract_story(),
// reconcile_story().
//
//   ExtractedStory extracted = factlint::extract_story(loaded, pack);
//   StoryReport report = factlint::reconcile_story(std::move(extracted), pack);
//   // the same report as factlint::check_story(loaded, pack)
#pragma once

#include <vector>

#include "factlint/corpus.hpp"
#include "factlint/model/diagnostic.hpp"
#include "factlint/model/report.hpp"
#include "factlint/reconcile.hpp"
#include "factlint/review.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// One story's extraction: everything reconciliation needs, and no text.
struct ExtractedStory {
  // Id, path, title, subject, documents (read and skipped) and claims; no
  // findings, consensus or trust yet.
  StoryReport report;
  std::vector<SourceInfo> sources;      // one per read document: its publication date
  std::vector<SentencePrints> prints;   // one per read document: for find_copies()
  Review review;                        // the story's review.yaml
  std::vector<Diagnostic> problems;     // met reading the story: skipped articles, a broken story.yaml
};

// How much one story may cost, so that no input can take the machine: a
// story past either limit is not checked. Every one of its documents is
// reported as skipped with the reason, the story's `skipped` says it, and a
// Diagnostic (in `problems`, or made by the caller from `skipped`) asks for
// a higher limit or a smaller story. The other stories go on.
struct StoryBudget {
  // Claims one story may make (--max-story-claims). A claim costs about
  // 4 KB of memory until the story is reported: 250,000 are about 1 GB.
  std::size_t max_claims = 250'000;
  // Seconds each half of a story's work (extraction; reconciliation) may
  // take (--story-time-limit); 0: no limit. Checked between documents and
  // between the steps of reconciliation. Past the limit, what is reported
  // depends on the machine's speed, so keep it far above a normal story's
  // time: it is a guard, not a schedule.
  double max_seconds = 600;
};

// Extracts the claims of every document of `story`. The subject comes from
// story.yaml, or is inferred (and marked so) when it names none. Claims are
// sorted by source, then offset. `problems` is a copy of story.errors, and
// says so when the story goes over `budget`.
ExtractedStory extract_story(const LoadedStory& story, const RuleSet& rules, const StoryBudget& budget = {});

// Reconciles an extracted story: the claims about its subject make findings,
// consensus and trust (reconcile()); copies are found from the prints; the
// review's decisions are applied. The order of `sources` and `prints` does
// not matter. A story over `budget` (more claims than it allows, or taking
// longer) comes back with its documents skipped and `skipped` set.
StoryReport reconcile_story(ExtractedStory story, const RuleSet& rules, const StoryBudget& budget = {});

// extract_story(), then reconcile_story().
StoryReport check_story(const LoadedStory& story, const RuleSet& rules, const StoryBudget& budget = {});

// The hint for a story over its budget, for the Diagnostic a caller makes of
// StoryReport::skipped.
constexpr const char* kOverBudgetHint =
    "raise --max-story-claims or --story-time-limit, or split the story into smaller ones (docs/robustness.md)";

}  // namespace factlint
