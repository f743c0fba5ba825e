// The pipeline for one story, from loaded documents to a StoryReport. Entry
// points: check_story(), extract_story().
#pragma once

#include "factlint/corpus.hpp"
#include "factlint/model/report.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// Extracts claims from every document of `story` and reconciles them. The
// subject comes from story.yaml, or is inferred (and marked so) when it names
// none.
StoryReport check_story(const LoadedStory& story, const RuleSet& rules);

// The first half of check_story(): the documents and their claims, in the
// order of the text, with no findings, consensus or trust (what `factlint
// extract` writes).
StoryReport extract_story(const LoadedStory& story, const RuleSet& rules);

}  // namespace factlint
