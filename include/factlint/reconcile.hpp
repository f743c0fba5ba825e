// Reconciliation: from the claims of one story to findings, consensus and
// source trust. Entry points: reconcile(), find_copies(). What each kind of
// finding means is in docs/findings.md.
//
//   const auto copies = factlint::find_copies(documents, rules.trust);
//   const auto result = factlint::reconcile("acme-2024", claims, sources, copies, rules);
//   result.findings;    // contradictions, updates, coverage, cross-slot checks
//   result.consensus;   // per fact: the trust-weighted value and the plain majority
//   result.sources;     // per article: trust, and the findings it is on the wrong side of
#pragma once

#include <chrono>
#include <optional>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/consensus.hpp"
#include "factlint/model/document.hpp"
#include "factlint/model/finding.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// What reconciliation needs to know of one article besides its claims.
struct SourceInfo {
  std::string id;                       // the Document's id
  std::optional<CivilDate> published;   // from story.yaml; without it, its values are never "superseded"
};

// Articles that share long runs of identical sentences: syndicated or copied
// text. Their agreement counts once in the vote.
struct CopyGroup {
  std::vector<std::string> sources;  // Document ids, sorted
  std::size_t longest_run = 0;       // the longest run of identical sentences found between two of them
};

// What find_copies() compares of one article: each of its sentences of
// `settings.copy_min_words` words or more, in order, as a 64-bit hash of its
// folded words (case, accents and punctuation do not count). Small enough to
// travel with an article's claims (`factlint extract` writes it), so that
// copies are found across shards without the text.
struct SentencePrints {
  std::string id;                       // the Document's id
  std::vector<std::uint64_t> sentences;
};

// The SentencePrints of `document`. Never fails.
SentencePrints sentence_prints(const Document& document, const TrustSettings& settings);

// Groups articles into copies: two are copies when they share
// `settings.copy_min_run` identical sentences in a row (sentences of fewer
// than `settings.copy_min_words` words do not count). Copying is transitive.
// Only groups of two or more are returned, sorted by their first source. The
// order of `prints` does not matter. Never fails. (Two different sentences
// with one hash would count as equal: a chance of about 1 in 10^19 a pair.)
std::vector<CopyGroup> find_copies(std::vector<SentencePrints> prints, const TrustSettings& settings);

// The same, from the documents' text.
std::vector<CopyGroup> find_copies(const std::vector<Document>& documents, const TrustSettings& settings);

struct Reconciliation {
  std::vector<Finding> findings;     // sorted by slot, severity (worst first), key, then id
  std::vector<Consensus> consensus;  // one per fact, sorted by slot, then key
  std::vector<SourceTrust> sources;  // one per SourceInfo, sorted by id
  // Why reconciliation stopped before its end, or "": the deadline passed
  // ("reconciling the story took longer than 600 s"), or a fact has more
  // different values than kMaxValuesPerFact. Then the lists above are empty.
  std::string stopped;
};

// Reconciles the claims of one story's subject. `claims` are compared fact by
// fact: a single-valued slot is one fact; a many-valued slot with `one_per:
// recipient` is one fact per recipient; a field-set slot is one fact per data
// field. Within a fact:
//   - values that conflict make a finding whose kind follows the value type
//     (entity-, date-, numeric-, category-mismatch; polarity for fields); it
//     is an error only when a conflicting pair is stated outright on both
//     sides, `hedged` (a warning) when every conflict involves speculation;
//   - values that later articles replace are `superseded` (info), when
//     publication dates order them;
//   - an article that conflicts with itself makes an `intra-source` warning;
//   - values a tolerance apart, with no conflict, make a `minor-difference`
//     warning.
// Field-set slots also get a `coverage` note for fields only some sources
// list, and `rules.checks` add `cross-slot` warnings on consensus values.
// Consensus and trust come from a trust-weighted vote (docs/findings.md).
// Values that cannot be placed (an unresolved date, money in no known
// currency) take no part. Deterministic: same input, same output. Equal
// values are compared once, so the cost grows with the claims and the square
// of a fact's different values, not of its claims.
//
// A reconciliation still running at `deadline`, or given a fact of more than
// kMaxValuesPerFact different values (their comparisons grow with its
// square), stops, with nothing but `stopped` set.
constexpr std::size_t kMaxValuesPerFact = 10'000;
struct Deadline {
  std::chrono::steady_clock::time_point at;
  std::string limit;  // how the reason names the limit: "600 s"
};
Reconciliation reconcile(std::string_view story_id, const std::vector<Claim>& claims,
                         const std::vector<SourceInfo>& sources, const std::vector<CopyGroup>& copies,
                         const RuleSet& rules, const std::optional<Deadline>& deadline = std::nullopt);

// The same with no publication dates and no copies; the sources are those
// that made claims. For tests and quick use.
Reconciliation reconcile(std::string_view story_id, const std::vector<Claim>& claims, const RuleSet& rules);

// A finding's stable id: a hex hash of story, slot and the sorted canonical
// values; line numbers play no part, so edits elsewhere keep it.
std::string finding_id(std::string_view story_id, std::string_view slot, std::vector<std::string> canonical_values);

}  // namespace factlint
