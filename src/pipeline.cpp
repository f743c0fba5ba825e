// One story end to end: documents -> claims -> findings -> StoryReport.
// Entry points: extract_story(), reconcile_story(), check_story().
#include <algorithm>

#include "factlint/extract.hpp"
#include "factlint/pipeline.hpp"

namespace factlint {

ExtractedStory extract_story(const LoadedStory& story, const RuleSet& rules) {
  ExtractedStory out;
  StoryReport& report = out.report;
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
    std::vector<Diagnostic> notes;
    std::vector<Claim> claims = extract_claims(doc, context, rules, &notes);
    if (!notes.empty()) {
      for (DocumentRecord& record : report.documents)
        if (record.id == doc.id && record.path == doc.path) record.notes = std::move(notes);
    }
    report.claims.insert(report.claims.end(), std::make_move_iterator(claims.begin()),
                         std::make_move_iterator(claims.end()));
    out.sources.push_back({doc.id, doc.meta.published});
    out.prints.push_back(sentence_prints(doc, rules.trust));
  }
  std::stable_sort(report.claims.begin(), report.claims.end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.source, a.span.begin) < std::tie(b.source, b.span.begin);
  });
  out.review = story.review;
  out.problems = story.errors;
  return out;
}

StoryReport reconcile_story(ExtractedStory story, const RuleSet& rules) {
  StoryReport report = std::move(story.report);
  // Claims about other organisations stay in the report, labelled; only the
  // subject's are reconciled.
  std::vector<Claim> about_subject;
  for (const Claim& claim : report.claims)
    if (claim.about == report.subject) about_subject.push_back(claim);
  // Sorted, so that a story read back from shards, in any order, reconciles
  // exactly as one read from its folder.
  std::sort(story.sources.begin(), story.sources.end(),
            [](const SourceInfo& a, const SourceInfo& b) { return a.id < b.id; });
  Reconciliation reconciled =
      reconcile(report.id, about_subject, story.sources, find_copies(std::move(story.prints), rules.trust), rules);
  report.findings = std::move(reconciled.findings);
  report.consensus = std::move(reconciled.consensus);
  report.sources = std::move(reconciled.sources);
  apply_review(report, story.review);
  return report;
}

StoryReport check_story(const LoadedStory& story, const RuleSet& rules) {
  return reconcile_story(extract_story(story, rules), rules);
}

}  // namespace factlint
