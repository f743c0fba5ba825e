// factlint's command line: builds the commands and their flags (from the flag
// table), parses, and runs one command. Entry point: main().
#include <cstdio>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/flags.hpp"
#include "cli/output_file.hpp"
#include "factlint/factlint.hpp"

namespace {

constexpr const char* kExamples = R"(Examples:
  factlint check corpus/                        check every story of a corpus
  factlint check corpus/my-story -f json       one story, as JSON
  factlint check corpus/ --fail-on warning      CI: fail on warnings too
  factlint check corpus/ -o sarif=factlint.sarif -o text=-
                                                CI: SARIF for the dashboard, text for the log
  factlint baseline write corpus/ -o .factlint-baseline.json
  factlint check corpus/ --baseline .factlint-baseline.json
                                                CI: fail only on new findings
  factlint report corpus/my-story -o review.html
                                                an editor's review page
  factlint report corpus/ -o site/              batch: index.html, a page per story, report.json, report.md
  factlint review corpus/my-story               findings still open, decisions, corrections
  factlint review dismiss 3f9c0a7d12e4b856 --note "both figures are right" --in corpus/my-story
  factlint extract corpus/ -o claims.jsonl      claims as JSON Lines
  factlint reconcile shard-*.jsonl -f json      the report, from claims extracted in shards
  factlint rules test                           run the rule pack's own examples
  factlint normalize -t date "late March" --year 2024
                                                the typed value of some words

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage,
configuration or input error.)";

}  // namespace

int main(int argc, char** argv) {
  using namespace factlint::cli;
  remove_unfinished_outputs_on_signal();
  Options options;
  CLI::App app{"factlint: checks facts for consistency across conflicting news reports", "factlint"};
  app.set_version_flag("-V,--version", std::string("factlint ") + factlint::version());
  app.footer(kExamples);
  app.require_subcommand(1);

  CLI::App* check = app.add_subcommand("check", "Extract claims from articles, reconcile them, report contradictions");
  check->add_option("paths", options.paths, "Corpus folders, story folders or article (.txt) files (default: corpus/)")
      ->type_name("PATH");
  add_flags(*check, kCheck, options);
  check->footer(kExamples);

  CLI::App* extract = app.add_subcommand("extract", "Print the claims found in articles as JSON Lines");
  extract->add_option("paths", options.paths, "Corpus folders, story folders, article (.txt) files, article JSON Lines (.jsonl), or - for JSON Lines on standard input")
      ->type_name("PATH")
      ->required();
  add_flags(*extract, kExtract, options);
  extract->footer(R"(Examples:
  factlint extract corpus/ -o claims.jsonl
  factlint extract articles.jsonl -o claims.jsonl     articles as JSON Lines: {"story", "id", "text", ...}
  cat part.jsonl | factlint extract - > claims.jsonl   the same from standard input (Spark's RDD.pipe)

Every story's lines start with a {"record": "story"} line; 'factlint reconcile' reads them back (docs/scaling.md).
Exit codes: 0 written, 2 usage or input error (the lines are still written, listing what was skipped).)");

  CLI::App* reconcile = app.add_subcommand("reconcile", "Reconcile claims that 'extract' wrote, from any number of shards");
  reconcile->add_option("claims", options.paths, "Claim files (JSON Lines from 'factlint extract'), folders of them, or -")
      ->type_name("FILE")
      ->required();
  add_flags(*reconcile, kReconcile, options);
  reconcile->footer(R"(Examples:
  factlint extract corpus/a corpus/b -o shard-1.jsonl     (on one machine)
  factlint extract corpus/c -o shard-2.jsonl              (on another)
  factlint reconcile shard-1.jsonl shard-2.jsonl -f json  the report 'factlint check corpus/ -f json' writes

Shards may come in any order and split stories between them (docs/scaling.md).
Exit codes: as check: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.)");

  CLI::App* report = app.add_subcommand("report", "Write a report for people: one HTML review page, or a batch folder");
  report->add_option("paths", options.paths, "Corpus folders, story folders or article (.txt) files (default: corpus/)")
      ->type_name("PATH");
  add_flags(*report, kReport, options);
  report->footer(R"(Examples:
  factlint report corpus/my-story -o review.html    one self-contained page
  factlint report corpus/ -o site/                  index.html, stories/*.html, report.json, report.md

Exit codes: 0 written, 2 usage or input error (the report is still written, listing what was skipped).)");

  CLI::App* baseline = app.add_subcommand("baseline", "Record the findings a corpus has now, for check --baseline");
  baseline->require_subcommand(1);
  CLI::App* baseline_write = baseline->add_subcommand("write", "Write every current finding's id to a baseline file");
  baseline_write->add_option("paths", options.paths, "Corpus folders, story folders or article files (default: corpus/)")
      ->type_name("PATH");
  add_flags(*baseline_write, kBaselineWrite, options);
  constexpr const char* kBaselineExamples = R"(Examples:
  factlint baseline write corpus/ -o .factlint-baseline.json
  factlint check corpus/ --baseline .factlint-baseline.json [--fail-on-stale]

See docs/ci.md. Exit codes: 0 written, 2 usage or input error.)";
  baseline->footer(kBaselineExamples);
  baseline_write->footer(kBaselineExamples);

  CLI::App* review = app.add_subcommand("review", "List findings still to review, or record a decision in review.yaml");
  review->add_option("paths", options.paths, "Corpus or story folders (default: corpus/)")->type_name("PATH");
  add_flags(*review, kReviewList, options);
  review->require_subcommand(0, 1);
  constexpr const char* kReviewExamples = R"(Examples:
  factlint review corpus/my-story
  factlint review resolve 3f9c0a7d12e4b856 --value "Jane Doe" --note "company filing" --in corpus/my-story
  factlint review dismiss 3f9c0a7d12e4b856 --note "both figures are right" --in corpus/my-story
  factlint review confirm 3f9c0a7d12e4b856 --in corpus/my-story

Decisions are kept in the story's review.yaml (docs/review.md). Exit codes: 0 done, 2 usage or input error.)";
  review->footer(kReviewExamples);
  std::vector<std::pair<CLI::App*, std::string>> decisions;
  for (const auto& [name, status, help] :
       {std::tuple{"resolve", "resolved", "Record the verified value: sources that differ need a correction"},
        std::tuple{"dismiss", "dismissed", "Record that the finding is not a real contradiction: no longer an error"},
        std::tuple{"confirm", "confirmed", "Record that the contradiction is real: it stays an error until resolved"}}) {
    CLI::App* edit = review->add_subcommand(name, help);
    edit->add_option("ids", options.ids, "Finding ids, as 'factlint review' lists them")->type_name("ID")->required();
    add_flags(*edit, std::string_view(name) == "resolve" ? Command(kReviewEdit | kReviewResolve) : kReviewEdit, options);
    edit->footer(kReviewExamples);
    decisions.emplace_back(edit, status);
  }

  CLI::App* rules = app.add_subcommand("rules", "Inspect and test a rule pack");
  rules->require_subcommand(1);
  CLI::App* rules_list = rules->add_subcommand("list", "List the pack's slots and rules");
  add_flags(*rules_list, kRulesList, options);
  CLI::App* rules_test = rules->add_subcommand("test", "Run every rule's examples and counter-examples");
  rules_test->add_option("dir", options.rules_dir, "Rule pack folder (default: the default pack)")->type_name("DIR");
  add_flags(*rules_test, kRulesTest, options);

  CLI::App* rules_explain = rules->add_subcommand(
      "explain", "Show what a slot's evidence is made of, and why each mention of a text did or did not become a claim");
  rules_explain->add_option("slot", options.slot, "A slot of the pack, or 'all'")->type_name("SLOT")->required();
  rules_explain->add_option("text", options.text, "Words to explain, as an article writes them")->type_name("TEXT");
  add_flags(*rules_explain, kRulesExplain, options);
  rules_explain->footer(R"(Examples:
  factlint rules explain affected_count
  factlint rules explain affected_count "Intruders got into 2.4 million members' files."
  factlint rules explain all "Acme said on Monday that the breach began in March." --published 2024-05-02)");

  CLI::App* normalize = app.add_subcommand("normalize", "Print the typed value that factlint reads from some words");
  normalize->add_option("text", options.text, "The words, as an article writes them")->type_name("TEXT")->required();
  add_flags(*normalize, kNormalize, options);
  normalize->footer(R"(Examples:
  factlint normalize --type quantity "nearly 12 million"
  factlint normalize --type quantity "nearly a third of Canadians"
  factlint normalize --type date "late March" --year 2024
  factlint normalize --type date "on Wednesday" --published 2024-03-15
  factlint normalize --type money "61.2 billion won" --published 2024-03-15
  factlint normalize --slot perpetrator "a former employee")");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "error: %s; hint: run 'factlint --help' (or 'factlint COMMAND --help')\n", e.what());
    return kExitError;
  }

  if (check->parsed()) {
    if (options.paths.empty()) options.paths = {"corpus"};
    return run_check(options);
  }
  if (extract->parsed()) return run_extract(options);
  if (reconcile->parsed()) return run_reconcile(options);
  if (report->parsed()) {
    if (options.paths.empty()) options.paths = {"corpus"};
    return run_report(options);
  }
  if (baseline_write->parsed()) {
    if (options.paths.empty()) options.paths = {"corpus"};
    return run_baseline_write(options);
  }
  for (const auto& [edit, status] : decisions)
    if (edit->parsed()) return run_review_edit(options, status);
  if (review->parsed()) {
    if (options.paths.empty()) options.paths = {"corpus"};
    return run_review_list(options);
  }
  if (rules_list->parsed()) return run_rules_list(options);
  if (rules_test->parsed()) return run_rules_test(options);
  if (rules_explain->parsed()) return run_rules_explain(options);
  if (normalize->parsed()) return run_normalize(options);
  return kExitError;
}
