// factlint: checks facts for consistency across conflicting news reports.
//
// The pipeline, one header per stage:
//   corpus.hpp     paths -> stories -> Documents (documents.hpp, story.hpp)
//   rules.hpp      rule pack folder -> RuleSet
//   extract.hpp    Document + RuleSet -> Claims
//   reconcile.hpp  Claims -> Findings
//   review.hpp     review.yaml decisions -> findings dismissed, resolved, corrections
//   pipeline.hpp   one story, end to end -> StoryReport, in two halves
//   claim_lines.hpp  the halves' JSON Lines, for runs sharded over many machines
//   baseline.hpp   known findings, so that a check fails only on new ones
//   reporter.hpp   Report -> text | json | markdown | html | sarif | junit | github
#pragma once

#include "factlint/baseline.hpp"
#include "factlint/claim_lines.hpp"
#include "factlint/corpus.hpp"
#include "factlint/documents.hpp"
#include "factlint/extract.hpp"
#include "factlint/model/report.hpp"
#include "factlint/pipeline.hpp"
#include "factlint/reconcile.hpp"
#include "factlint/reporter.hpp"
#include "factlint/review.hpp"
#include "factlint/rules.hpp"
#include "factlint/story.hpp"

namespace factlint {

// "0.1.0"
constexpr const char* version() { return FACTLINT_VERSION; }

}  // namespace factlint
