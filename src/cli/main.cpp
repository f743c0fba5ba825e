// factlint's command line: builds the commands and their flags (from the flag
// table), parses, and runs one command. Entry point: main().
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/flags.hpp"
#include "factlint/factlint.hpp"

namespace {

constexpr const char* kExamples = R"(Examples:
  factlint check corpus/                        check every story of a corpus
  factlint check corpus/my-story -f json       one story, as JSON
  factlint check corpus/ --fail-on warning      CI: fail on warnings too
  factlint extract corpus/ -o claims.jsonl      claims as JSON Lines
  factlint rules test                           run the rule pack's own examples
  factlint normalize -t date "late March" --year 2024
                                                the typed value of some words

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage,
configuration or input error.)";

}  // namespace

int main(int argc, char** argv) {
  using namespace factlint::cli;
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
  extract->add_option("paths", options.paths, "Corpus folders, story folders or article (.txt) files")
      ->type_name("PATH")
      ->required();
  add_flags(*extract, kExtract, options);

  CLI::App* rules = app.add_subcommand("rules", "Inspect and test a rule pack");
  rules->require_subcommand(1);
  CLI::App* rules_list = rules->add_subcommand("list", "List the pack's slots and rules");
  add_flags(*rules_list, kRulesList, options);
  CLI::App* rules_test = rules->add_subcommand("test", "Run every rule's examples and counter-examples");
  rules_test->add_option("dir", options.rules_dir, "Rule pack folder (default: the default pack)")->type_name("DIR");
  add_flags(*rules_test, kRulesTest, options);

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
  if (rules_list->parsed()) return run_rules_list(options);
  if (rules_test->parsed()) return run_rules_test(options);
  if (normalize->parsed()) return run_normalize(options);
  return kExitError;
}
