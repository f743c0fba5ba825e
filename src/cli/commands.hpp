// The commands: each turns Options into an exit code, printing its output and
// reporting problems through one Diagnostics printer. Entry points: run_*().
#pragma once

#include "cli/flags.hpp"

namespace factlint::cli {

// Exit codes (documented in README.md and docs/output.md).
enum ExitCode : int {
  kExitClean = 0,     // no finding at or above --fail-on
  kExitFindings = 1,  // findings at or above --fail-on
  kExitError = 2,     // usage, configuration or input error (the report still lists every document)
};

int run_check(const Options& options);
int run_extract(const Options& options);
int run_reconcile(const Options& options);
int run_report(const Options& options);
int run_baseline_write(const Options& options);
int run_review_list(const Options& options);
// status: "resolved" | "dismissed" | "confirmed"
int run_review_edit(const Options& options, const std::string& status);
int run_rules_list(const Options& options);
int run_rules_test(const Options& options);
// factlint rules explain SLOT [TEXT]
int run_rules_explain(const Options& options);
int run_normalize(const Options& options);

}  // namespace factlint::cli
