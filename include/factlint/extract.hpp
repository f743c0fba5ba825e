// Extraction: from a Document and a RuleSet to the Claims the document makes
// about the story's subject. Entry point: extract_claims().
//
//   StoryContext story{"Acme", {"Acme Inc"}};
//   std::vector<Claim> claims = factlint::extract_claims(doc, story, pack);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/diagnostic.hpp"
#include "factlint/model/document.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// Whom claims must be about.
struct StoryContext {
  std::string subject;               // "Acme"
  std::vector<std::string> aliases;  // "Acme Inc", ...
  std::optional<int> year;           // default year for dates written without one
  std::string country;               // ISO 3166-1, for shares of a population and bare currency symbols
};

// Runs every rule over every sentence of `document` and returns its claims,
// sorted by offset. A match becomes a claim when its value parses as its
// slot's type and its context requirement (if any) holds. When several
// matches of one slot overlap, the strongest, then longest, is kept; a claim
// of a slot that yields to another slot's overlapping claim is dropped. Each
// claim's `about` is the story's subject, or the other organisation its words
// attach it to ("Globex CEO ...", or a sentence about "the Globex breach").
// A match whose words hold a value out of range ("1e400 customers",
// "February 30") makes no claim; when `notes` is given, a note at its place
// says so, once per place.
std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  std::vector<Diagnostic>* notes = nullptr);

// The same, with only `rule`'s claims (rule self-tests); `rule` must be one of
// `rules.rules`. Person names that other rules find are still known, so that
// a surname alone can be read.
std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  const Rule& rule);

// The same, with only the claims that `evidence` makes (a slot's
// self-tests); `evidence` must be one of `rules.evidence`. Rules make no
// claims then, but the person names they find are still known.
std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  const SlotEvidence& evidence);

// What `evidence` is made of, as lines for people: the slot, the mention
// kinds it takes and the detectors that find them, its threshold, each
// trigger and veto with its weight and place.
std::vector<std::string> describe_evidence(const SlotEvidence& evidence, const RuleSet& rules);

// Why each mention of `document` did or did not become a claim, as lines for
// people: each sentence's clauses (with what their verbs say), its mentions,
// every slot's verdict on each mention (the triggers found, the veto, the
// slot with more evidence), then the claims made. With `only`, the verdicts
// and claims of that slot alone.
//   factlint rules explain affected_count "Intruders got into 2.4 million members' files."
std::vector<std::string> explain_evidence(const Document& document, const StoryContext& story, const RuleSet& rules,
                                          const SlotEvidence* only = nullptr);

// The organisation `documents` name most often in the pack's organisation
// mentions (ties: the alphabetically first), for stories whose story.yaml
// names no subject; empty when they name none.
std::string infer_subject(const std::vector<Document>& documents, const RuleSet& rules);

}  // namespace factlint
