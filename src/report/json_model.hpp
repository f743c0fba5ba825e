// detail: the JSON form of the report model, shared by the JSON report and
// the JSON Lines claims. The contract is docs/output.md; fields are only ever
// added, never renamed or removed.
#pragma once

#include <nlohmann/json.hpp>

#include "factlint/model/report.hpp"

namespace factlint::detail {

using Json = nlohmann::ordered_json;  // keys in the order written, so output is stable and readable

// The JSON report's format version ("factlint_report"; docs/schema/report.json).
constexpr int kReportVersion = 1;

// A typed value's fields (docs/values.md); null for no value.
Json typed_json(const TypedValue& value);
Json claim_json(const Claim& claim);
// How many of a story's date claims have no year to be placed in (Claim::unplaced).
std::size_t unplaced_dates(const StoryReport& story);
Json evidence_json(const Evidence& evidence);
Json correction_json(const Correction& correction);
Json finding_json(const Finding& finding);
Json consensus_json(const Consensus& consensus);
Json source_json(const SourceTrust& source);
// A document's notes: [{"line", "column", "message"}] (the file is the document's).
Json notes_json(const std::vector<Diagnostic>& notes);
Json document_json(const DocumentRecord& document);
// A story's fields before its lists: id, path, title, subject, subject_inferred,
// and, when there is something to say, skipped and unplaced_dates.
Json story_json_head(const StoryReport& story);
// The whole story: its head, then documents, claims, findings, consensus,
// sources and corrections.
Json story_json(const StoryReport& story);
Json report_json(const Report& report);
// Its "summary": stories, documents, skipped, claims, errors, warnings, infos.
Json report_json_summary(const Report& report);

// Counts over the whole report, as in its "summary".
struct Totals {
  std::size_t stories = 0, documents = 0, skipped = 0, claims = 0, errors = 0, warnings = 0, infos = 0;
};
Totals totals(const Report& report);

}  // namespace factlint::detail
