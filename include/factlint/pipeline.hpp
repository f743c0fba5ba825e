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

// Extracts the claims of every document of `story`. The subject comes from
// story.yaml, or is inferred (and marked so) when it names none. Claims are
// sorted by source, then offset. `problems` is a copy of story.errors.
ExtractedStory extract_story(const LoadedStory& story, const RuleSet& rules);

// Reconciles an extracted story: the claims about its subject make findings,
// consensus and trust (reconcile()); copies are found from the prints; the
// review's decisions are applied. The order of `sources` and `prints` does
// not matter.
StoryReport reconcile_story(ExtractedStory story, const RuleSet& rules);

// extract_story(), then reconcile_story().
StoryReport check_story(const LoadedStory& story, const RuleSet& rules);

}  // namespace factlint
