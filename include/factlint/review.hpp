// Review decisions, versioned with the corpus: a story's review.yaml records,
// per finding id, whether an editor confirmed it, dismissed it or resolved it
// with a verified value (docs/review.md). Entry points: parse_review(),
// set_review_decision(), apply_review().
//
//   # review.yaml
//   findings:
//     3f9c0a7d12e4b856:
//       status: resolved
//       value: "Jane Doe"
//       note: "Confirmed with the company's filing"
//       by: "kim"
//       at: "2026-11-23"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/model/report.hpp"

namespace factlint {

// The file's name in a story folder.
inline constexpr std::string_view kReviewFile = "review.yaml";

struct ReviewDecision {
  std::string finding;  // the finding's id
  std::string status;   // "confirmed" | "dismissed" | "resolved"
  std::string value;    // resolved: the verified value (required)
  std::string note;
  std::string by;
  std::string at;       // YYYY-MM-DD
  int line = 0;         // where the entry starts in the file, for messages
};

struct Review {
  std::vector<ReviewDecision> decisions;  // in file order
  // The decision on `finding`, or nullptr.
  const ReviewDecision* find(std::string_view finding) const;
};

// Reads review.yaml's text. Fails, naming path:line:column, on YAML that does
// not parse, an unknown key, a status other than the three, or a resolved
// decision without a value. Empty text is an empty review.
Result<Review> parse_review(std::string_view path, std::string_view text);

// review.yaml's text with `decision` recorded: its entry replaced if the id is
// there, else added at the end of `findings:`. Every other line (comments,
// other entries, their order) is kept as it was. Values are written quoted,
// so any note is safe.
std::string set_review_decision(std::string_view text, const ReviewDecision& decision);

// Applies decisions to a story's findings: each decided finding gets its
// ReviewNote; dismissed and resolved ones become info (so no longer fail a
// check); a resolved value turns every quote of a side that differs from it
// into a Correction for that source's outlet. A value that names no side
// (side_named()) makes every side a correction: 'factlint review resolve'
// refuses such a value unless told it is new (--unstated).
void apply_review(StoryReport& story, const Review& review);

// The side of `finding` that `value` names, compared folded (case and
// accents): its value as shown, one of the forms it joins ("November 29" of
// "November 29 / November 30"), or its canonical value; null when none does.
//
//   side_named(finding, "jane doe")  // the side "Jane Doe"
const Side* side_named(const Finding& finding, std::string_view value);

}  // namespace factlint
