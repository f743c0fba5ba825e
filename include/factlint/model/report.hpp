// Report: everything one run concludes, story by story; the one thing every
// output format renders. Its JSON form is a contract (docs/output.md).
#pragma once

#include <string>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/consensus.hpp"
#include "factlint/model/finding.hpp"

namespace factlint {

// Every input document appears in the report, read or not.
struct DocumentRecord {
  std::string id;
  std::string path;
  bool processed = true;  // false: skipped, and `error` says why
  std::string error;
};

struct StoryReport {
  std::string id;        // the story folder's name
  std::string path;      // the story folder as the user reaches it
  std::string title;
  std::string subject;   // whom the claims are about
  bool subject_inferred = false;  // true when no story.yaml named the subject
  std::vector<DocumentRecord> documents;  // sorted by id
  std::vector<Claim> claims;              // sorted by source, then offset
  std::vector<Finding> findings;          // sorted by slot, then severity (worst first), then id
  std::vector<Consensus> consensus;       // one per fact with claims, sorted by slot, then key
  std::vector<SourceTrust> sources;       // one per processed document, sorted by id
};

struct Report {
  std::string version;  // factlint's version
  std::vector<StoryReport> stories;  // sorted by id
};

}  // namespace factlint
