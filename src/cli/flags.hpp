// Every command-line flag, defined once in one table that also makes --help.
// Entry point: add_flags().
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace factlint::cli {

// What the user asked for, after parsing.
struct Options {
  std::vector<std::string> paths;  // check, extract, report, review: corpus, story or article paths
  std::string format;              // check, report: a reporter format; "" for the command's default
  std::string rules_dir;           // empty: the default pack (rules_locator.hpp)
  std::string fail_on = "error";   // check: error | warning | never
  std::string min_severity = "info";  // check: the least severe finding shown: info | warning | error
  std::string color = "auto";      // auto | always | never
  std::vector<std::string> outputs;  // [FORMAT=]FILE, each written atomically; none: standard output
  std::string jobs;                // stories checked at once; "": one per core
  std::string max_file_size;       // articles larger than this are skipped; "": the default (64M)
  std::string max_story_claims;    // a story making more claims is skipped; "": the default (250000)
  std::string story_time_limit;    // seconds a half of a story's work may take; "": the default (600)
  std::string baseline;            // check: findings already known (factlint baseline write)
  bool fail_on_stale = false;      // check: exit 1 when a baseline entry no longer matches
  bool patterns = false;           // rules list: print every rule pattern, expanded, one per line
  // review resolve | dismiss | confirm: the findings, and what to record
  std::vector<std::string> ids;
  std::string value;
  bool unstated = false;  // review resolve: the verified value is stated by no side
  std::string note;
  std::string by;
  std::vector<std::string> coverage;  // rules test: corpora to find rules that never fire on
  // normalize: the words, their type or slot, and the context dates resolve in
  std::string text;
  std::string type;
  std::string slot;
  std::string published;
  std::string year;
  std::string country;
};

// The commands a flag can belong to.
enum Command : unsigned {
  kCheck = 1u << 0,
  kExtract = 1u << 1,
  kRulesList = 1u << 2,
  kRulesTest = 1u << 3,
  kNormalize = 1u << 4,
  kReport = 1u << 5,
  kBaselineWrite = 1u << 6,
  kReviewList = 1u << 7,
  kReviewEdit = 1u << 8,    // review resolve | dismiss | confirm
  kReviewResolve = 1u << 9, // review resolve only
  kReconcile = 1u << 10,
  kRulesExplain = 1u << 11,
};

// Adds to `app` every flag of the table that belongs to `command`, bound to
// `options`.
void add_flags(CLI::App& app, Command command, Options& options);

}  // namespace factlint::cli
