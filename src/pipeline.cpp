// One story end to end: documents -> claims -> findings -> StoryReport.
// Entry points: check_story(), extract_story().
#include <algorithm>

#include "factlint/extract.hpp"
#include "factlint/pipeline.hpp"
#include "factlint/reconcile.hpp"
#include "factlint/review.hpp"

namespace factlint {

StoryReport extract_story(const LoadedStory& story, const RuleSet& rules) {
  StoryReport report;
  report.id = story.input.id;
  report.path = story.input.dir;
  report.title = story.meta.title;
  report.documents = story.records;

  StoryContext context{story.meta.subject, story.meta.aliases, story.meta.year, story.meta.country};
  if (context.subject.empty()) {
    context.subject = infer_subject(story.documents, rules);
    report.subject_inferred = true;
  }
  report.subject = context.subject;

  for (const Document& doc : story.documents) {
    std::vector<Claim> claims = extract_claims(doc, context, rules);
    report.claims.insert(report.claims.end(), std::make_move_iterator(claims.begin()),
                         std::make_move_iterator(claims.end()));
  }
  std::stable_sort(report.claims.begin(), report.claims.end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.source, a.span.begin) < std::tie(b.source, b.span.begin);
  });
  return report;
}

StoryReport check_story(const LoadedStory& story, const RuleSet& rules) {
  StoryReport report = extract_story(story, rules);
  // Claims about other organisations stay in the report, labelled; only the
  // subject's are reconciled.
  std::vector<Claim> about_subject;
  for (const Claim& claim : report.claims)
    if (claim.about == report.subject) about_subject.push_back(claim);
  std::vector<SourceInfo> sources;
  for (const Document& doc : story.documents) sources.push_back({doc.id, doc.meta.published});
  Reconciliation reconciled =
      reconcile(report.id, about_subject, sources, find_copies(story.documents, rules.trust), rules);
  report.findings = std::move(reconciled.findings);
  report.consensus = std::move(reconciled.consensus);
  report.sources = std::move(reconciled.sources);
  apply_review(report, story.review);
  return report;
}

}  // namespace factlint
