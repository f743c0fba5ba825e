// Finding: what reconciliation concludes about one slot of one story: the
// competing values, who says each, and the quoted evidence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/document.hpp"

namespace factlint {

// Ordered: info < warning < error, so `severity >= threshold` reads naturally.
enum class Severity { info, warning, error };

std::string_view to_string(Severity severity);  // "info", "warning", "error"

struct Evidence {
  std::string claim;     // the Claim's id
  std::string source;    // the Document's id
  std::string path;
  Position position;
  std::string text;      // the matched words
  std::string sentence;  // the sentence holding them
  Span span;             // byte offsets of `text` in the file
  std::size_t sentence_begin = 0;  // byte offset of `sentence` in the file, to place `text` inside it
};

// One value of a finding and everything said for it.
struct Side {
  std::string value;                 // the most common written form among its claims
  std::string canonical;             // its comparable form
  std::vector<std::string> sources;  // Document ids, sorted, each once
  std::vector<Evidence> evidence;    // one per claim, ordered by source then offset
  // Not the consensus value, when the consensus is decisive (docs/findings.md):
  // the sources an editor should look at first.
  bool outlier = false;
  // When its claims speak as of (YYYY-MM-DD, the latest dated claim), or ""
  // when no claim is dated; set on superseded findings.
  std::string as_of;
};

// An editor's decision on a finding, from the story's review.yaml
// (docs/review.md). An empty status: not reviewed.
struct ReviewNote {
  std::string status;  // "confirmed" | "dismissed" | "resolved"
  std::string value;   // resolved: the verified value
  std::string note;
  std::string by;
  std::string at;      // YYYY-MM-DD
  std::string severity_was;  // the severity before the decision changed it, or ""
};

struct Finding {
  std::string id;        // stable: a hash of story, slot, key, kind where it matters, and the sorted canonical values
  std::string slot;
  std::string key;       // which part of the slot: a field ("payment"), a recipient ("to the states"), a cross-slot check; or ""
  Severity severity = Severity::error;
  std::string kind;      // "entity-mismatch", "polarity", "superseded", ... (docs/findings.md)
  std::string message;   // one sentence
  std::vector<Side> sides;  // the consensus side first, then by support
  std::vector<std::string> updated_by;  // superseded: the sources of the newest value
  ReviewNote review;     // dismissed and resolved findings are shown as info
};

}  // namespace factlint
