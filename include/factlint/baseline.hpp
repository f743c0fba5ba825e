// Baselines: the findings a corpus already has, recorded by id, so that a CI
// check fails only on findings that are new. Entry points: baseline_json(),
// parse_baseline(), apply_baseline().
//
//   std::string text = factlint::baseline_json(report);          // factlint baseline write
//   Result<Baseline> known = factlint::parse_baseline("b.json", text);
//   BaselineOutcome outcome = factlint::apply_baseline(report, *known);
//   // report now holds only new findings; outcome.stale lists entries that match nothing
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/model/report.hpp"

namespace factlint {

// One known finding. Only `id` is matched; the rest is for the person who
// reads the file or a stale-entry message.
struct BaselineEntry {
  std::string id;
  std::string story;
  std::string slot;
  std::string key;
  std::string kind;
  std::string severity;
  std::string message;
};

struct Baseline {
  std::vector<BaselineEntry> entries;
};

// The baseline file for `report`: JSON, {"factlint_baseline": 1, "findings":
// [...]}, every finding sorted by story then id, so that rewriting it after a
// change gives a readable diff.
std::string baseline_json(const Report& report);

// Reads a baseline file's text. Fails, naming path:line:column, on JSON that
// does not parse or does not have the shape above.
Result<Baseline> parse_baseline(std::string_view path, std::string_view text);

struct BaselineOutcome {
  std::size_t known = 0;              // findings the baseline knew, removed from the report
  std::vector<BaselineEntry> stale;   // entries of the stories checked that no finding matches any more
};

// Removes from `report` every finding whose id the baseline holds. An entry
// is stale when its story was checked (or it names no story) and no finding
// has its id; entries of stories not in `report` are left alone.
BaselineOutcome apply_baseline(Report& report, const Baseline& baseline);

}  // namespace factlint
