// Report: everything one run concludes, story by story; the one thing every
// output format renders. Its JSON form is a contract (docs/output.md).
#pragma once

#include <string>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/consensus.hpp"
#include "factlint/model/diagnostic.hpp"
#include "factlint/model/finding.hpp"

namespace factlint {

// Every input document appears in the report, read or not.
struct DocumentRecord {
  std::string id;
  std::string path;
  bool processed = true;  // false: skipped, and `error` says why
  std::string error;
  std::string outlet;     // from story.yaml, or ""
  std::string published;  // YYYY-MM-DD from story.yaml, or ""
  // Words read but not used, each at its place, in the order of the text: a
  // value out of range ("1e400 customers", "February 30") makes no claim,
  // and a note says so.
  std::vector<Diagnostic> notes;
};

// A source that states something other than the value an editor verified
// (a `resolved` review decision): what its outlet should correct.
struct Correction {
  std::string source;    // the Document's id
  std::string outlet;    // from story.yaml, or ""
  std::string finding;   // the finding's id
  std::string slot;
  std::string key;
  std::string stated;    // what the source says
  std::string verified;  // what the editor verified
  Evidence evidence;     // where it says it
};

struct StoryReport {
  std::string id;        // the story folder's name
  std::string path;      // the story folder as the user reaches it
  std::string title;
  std::string subject;   // whom the claims are about
  bool subject_inferred = false;  // true when no story.yaml named the subject
  // Why the story was not checked (over its budget: pipeline.hpp's
  // StoryBudget), or "". Then every document is skipped with this reason, and
  // there are no claims, findings, consensus or sources.
  std::string skipped;
  std::vector<DocumentRecord> documents;  // sorted by id
  std::vector<Claim> claims;              // sorted by source, then offset
  std::vector<Finding> findings;          // sorted by slot, then severity (worst first), then id
  std::vector<Consensus> consensus;       // one per fact with claims, sorted by slot, then key
  std::vector<SourceTrust> sources;       // one per processed document, sorted by id
  std::vector<Correction> corrections;    // from review decisions, sorted by outlet, then source, then slot
};

// A slot of the rule pack, as reports describe it (SARIF's rule metadata).
struct SlotInfo {
  std::string name;         // "resigned_ceo"
  std::string type;         // "person", "quantity", ...
  std::string description;  // one line, from slots.yaml
};

struct Report {
  std::string version;  // factlint's version
  std::vector<StoryReport> stories;  // sorted by id
  std::vector<SlotInfo> slots;       // every slot of the pack the run used, in the pack's order
};

}  // namespace factlint
