// Every command-line flag, defined once in one table that also makes --help.
// Entry point: add_flags().
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace factlint::cli {

// What the user asked for, after parsing.
struct Options {
  std::vector<std::string> paths;  // check, extract: corpus, story or article paths
  std::string format = "text";     // check: text | json | markdown
  std::string rules_dir;           // empty: the default pack (rules_locator.hpp)
  std::string fail_on = "error";   // check: error | warning | never
  std::string min_severity = "info";  // check: the least severe finding shown: info | warning | error
  std::string color = "auto";      // auto | always | never
  std::string output;              // empty: standard output
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
};

// Adds to `app` every flag of the table that belongs to `command`, bound to
// `options`.
void add_flags(CLI::App& app, Command command, Options& options);

}  // namespace factlint::cli
