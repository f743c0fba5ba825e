// One story end to end: documents -> claims -> findings -> StoryReport.
// Entry points: extract_story(), reconcile_story(), check_story().
#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "factlint/extract.hpp"
#include "factlint/pipeline.hpp"

namespace factlint {

namespace {

using Clock = std::chrono::steady_clock;

std::optional<Clock::time_point> deadline_of(const StoryBudget& budget) {
  if (budget.max_seconds <= 0) return std::nullopt;
  return Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(budget.max_seconds));
}

std::string seconds_text(double seconds) { return fmt::format("{:g} s", seconds); }

// The story as not checked, for `why`: every document skipped with the
// reason, nothing else kept.
void skip_whole_story(StoryReport& report, const std::string& why) {
  report.skipped = why;
  for (DocumentRecord& d : report.documents) {
    d.processed = false;
    d.error = "skipped: " + why;
    d.notes.clear();
  }
  report.claims.clear();
  report.findings.clear();
  report.consensus.clear();
  report.sources.clear();
  report.corrections.clear();
}

std::string too_many_claims(std::size_t limit) {
  return fmt::format("the story makes more than {} claims (--max-story-claims), so it was not checked", limit);
}

}  // namespace

ExtractedStory extract_story(const LoadedStory& story, const RuleSet& rules, const StoryBudget& budget) {
  ExtractedStory out;
  StoryReport& report = out.report;
  report.id = story.input.id;
  report.path = story.input.dir;
  report.title = story.meta.title;
  report.documents = story.records;
  out.review = story.review;
  out.problems = story.errors;

  StoryContext context{story.meta.subject, story.meta.aliases, story.meta.year, story.meta.country};
  if (context.subject.empty()) {
    context.subject = infer_subject(story.documents, rules);
    report.subject_inferred = true;
  }
  report.subject = context.subject;

  const std::optional<Clock::time_point> deadline = deadline_of(budget);
  std::string over;  // why the story is over its budget
  for (std::size_t d = 0; d < story.documents.size() && over.empty(); ++d) {
    const Document& doc = story.documents[d];
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
    if (report.claims.size() > budget.max_claims) {
      over = too_many_claims(budget.max_claims);
    } else if (deadline && Clock::now() > *deadline && d + 1 < story.documents.size()) {
      over = fmt::format("extracting the story took longer than {} (--story-time-limit), so it was not checked",
                         seconds_text(budget.max_seconds));
    }
  }
  if (!over.empty()) {
    skip_whole_story(report, over);
    out.sources.clear();
    out.prints.clear();
    out.problems.push_back({story.input.dir, 0, 0, over, kOverBudgetHint});
    return out;
  }
  std::stable_sort(report.claims.begin(), report.claims.end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.source, a.span.begin) < std::tie(b.source, b.span.begin);
  });
  return out;
}

StoryReport reconcile_story(ExtractedStory story, const RuleSet& rules, const StoryBudget& budget) {
  StoryReport report = std::move(story.report);
  if (!report.skipped.empty()) return report;
  // Read back from shards, a story may hold more claims than one extraction allowed.
  if (report.claims.size() > budget.max_claims) {
    skip_whole_story(report, too_many_claims(budget.max_claims));
    return report;
  }
  // Claims about other organisations stay in the report, labelled; only the
  // subject's are reconciled.
  std::vector<Claim> about_subject;
  for (const Claim& claim : report.claims)
    if (claim.about == report.subject) about_subject.push_back(claim);
  // Sorted, so that a story read back from shards, in any order, reconciles
  // exactly as one read from its folder.
  std::sort(story.sources.begin(), story.sources.end(),
            [](const SourceInfo& a, const SourceInfo& b) { return a.id < b.id; });
  std::optional<Deadline> deadline;
  if (const auto at = deadline_of(budget)) deadline = Deadline{*at, seconds_text(budget.max_seconds)};
  Reconciliation reconciled =
      reconcile(report.id, about_subject, story.sources, find_copies(std::move(story.prints), rules.trust), rules, deadline);
  if (!reconciled.stopped.empty()) {
    const bool timed_out = reconciled.stopped.starts_with("reconciling");
    skip_whole_story(report, fmt::format("{}{}, so it was not checked", reconciled.stopped,
                                         timed_out ? " (--story-time-limit)" : ""));
    return report;
  }
  report.findings = std::move(reconciled.findings);
  report.consensus = std::move(reconciled.consensus);
  report.sources = std::move(reconciled.sources);
  apply_review(report, story.review);
  return report;
}

StoryReport check_story(const LoadedStory& story, const RuleSet& rules, const StoryBudget& budget) {
  return reconcile_story(extract_story(story, rules, budget), rules, budget);
}

}  // namespace factlint
