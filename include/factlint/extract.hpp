// Extraction: from a Document and a RuleSet to the Claims the document makes
// about the story's subject. Entry point: extract_claims().
//
//   StoryContext story{"Acme", {"Acme Inc"}};
//   std::vector<Claim> claims = factlint::extract_claims(doc, story, pack);
#pragma once

#include <string>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/document.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// Whom claims must be about.
struct StoryContext {
  std::string subject;               // "Acme"
  std::vector<std::string> aliases;  // "Acme Inc", ...
};

// Runs every rule over every sentence of `document` and returns its claims,
// sorted by offset. A match becomes a claim when its value parses as its
// slot's type, its context requirement (if any) holds, and it is about the
// story's subject: a match attached to another organisation ("Globex CEO ...",
// or a sentence about "the Globex breach") is dropped. When several matches
// of one slot overlap, the strongest, then longest, is kept.
std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules);

// The same, with only `rule` run (rule self-tests).
std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  const Rule& rule);

// The organisation `documents` name most often in the pack's organisation
// mentions (ties: the alphabetically first), for stories whose story.yaml
// names no subject; empty when they name none.
std::string infer_subject(const std::vector<Document>& documents, const RuleSet& rules);

}  // namespace factlint
