// The commands behind `factlint check | extract | rules list | rules test`.
// Every problem is a Diagnostic printed by print_diagnostics(), the one place
// that writes errors to the terminal.
#include "cli/commands.hpp"

#include <charconv>
#include <cstdio>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/output_file.hpp"
#include "cli/rules_locator.hpp"
#include "cli/terminal.hpp"
#include "factlint/factlint.hpp"
#include "factlint/rule_tests.hpp"
#include "factlint/values.hpp"
#include "report/json_model.hpp"

namespace factlint::cli {
namespace {

// The one place that prints problems, one line each (so that grep and CI logs
// keep them whole): "path:line:col: error: message; hint: ...". Colour follows
// --color, judged on stderr.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, const Options& options,
                       std::string_view level = "error") {
  const bool color = use_color(options.color, stderr);
  const std::string_view bold = color ? "\x1b[1m" : "";
  const std::string_view tint = color ? (level == "error" ? "\x1b[1;31m" : "\x1b[1;33m") : "";
  const std::string_view cyan = color ? "\x1b[36m" : "";
  const std::string_view reset = color ? "\x1b[0m" : "";
  for (const Diagnostic& d : diagnostics) {
    const std::string where = to_string(Diagnostic{d.file, d.line, d.column, "", ""});  // "path:line:col: " or ""
    std::string line = fmt::format("{}{}{}{}{}:{} {}", bold, where, reset, tint, level, reset, d.message);
    if (!d.hint.empty()) line += fmt::format("; {}hint:{} {}", cyan, reset, d.hint);
    std::fprintf(stderr, "%s\n", line.c_str());
  }
}

Result<RuleSet> load_rules(const Options& options) {
  return load_rule_pack(options.rules_dir.empty() ? default_rules_dir() : options.rules_dir);
}

// The whole pipeline over the paths. `problems` receives every input
// Diagnostic (skipped documents, broken story.yaml); they do not stop the run.
std::optional<Report> build_report(const Options& options, std::vector<Diagnostic>& problems) {
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return std::nullopt;
  }
  Result<std::vector<StoryInput>> stories = discover_stories(options.paths);
  if (!stories) {
    print_diagnostics(stories.errors(), options);
    return std::nullopt;
  }
  Report report;
  report.version = version();
  for (const StoryInput& input : *stories) {
    LoadedStory story = load_story(input);
    problems.insert(problems.end(), story.errors.begin(), story.errors.end());
    report.stories.push_back(check_story(story, *rules));
  }
  return report;
}

// Writes `content` to --output (atomically) or standard output.
bool emit(const Options& options, const std::string& content) {
  if (options.output.empty()) {
    std::cout << content << std::flush;
    return static_cast<bool>(std::cout);
  }
  if (auto error = write_file_atomically(options.output, content)) {
    print_diagnostics({*error}, options);
    return false;
  }
  return true;
}

}  // namespace

int run_check(const Options& options) {
  std::vector<Diagnostic> problems;
  std::optional<Report> report = build_report(options, problems);
  if (!report) return kExitError;
  auto reporter = make_reporter(options.format, {use_color(options.color, stdout) && options.output.empty()});
  if (!reporter) {
    print_diagnostics({{"", 0, 0, fmt::format("unknown format '{}'", options.format), "use --format text, json or markdown"}}, options);
    return kExitError;
  }
  // What is shown (--min-severity) is separate from what fails the run
  // (--fail-on): the exit code below reads the full report.
  Report shown = *report;
  const Severity least = options.min_severity == "error"     ? Severity::error
                         : options.min_severity == "warning" ? Severity::warning
                                                             : Severity::info;
  for (StoryReport& story : shown.stories) {
    std::erase_if(story.findings, [&](const Finding& f) { return f.severity < least; });
  }
  std::ostringstream out;
  reporter->write(shown, out);
  const bool written = emit(options, out.str());
  print_diagnostics(problems, options);
  if (!written || !problems.empty()) return kExitError;

  if (options.fail_on == "never") return kExitClean;
  const Severity threshold = options.fail_on == "warning" ? Severity::warning : Severity::error;
  for (const StoryReport& story : report->stories)
    for (const Finding& finding : story.findings)
      if (finding.severity >= threshold) return kExitFindings;
  return kExitClean;
}

int run_extract(const Options& options) {
  std::vector<Diagnostic> problems;
  std::optional<Report> report = build_report(options, problems);
  if (!report) return kExitError;
  std::ostringstream out;
  write_claim_lines(*report, out);
  const bool written = emit(options, out.str());
  print_diagnostics(problems, options);
  return written && problems.empty() ? kExitClean : kExitError;
}

int run_rules_list(const Options& options) {
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return kExitError;
  }
  std::ostringstream out;
  out << "slots:\n";
  for (const Slot& slot : rules->slots) {
    out << fmt::format("  {:<20} {:<9} {:<4} {}\n", slot.name, to_string(slot.type),
                       slot.cardinality == Cardinality::one ? "one" : "many", slot.description);
  }
  out << "rules:\n";
  for (const Rule& rule : rules->rules) {
    out << fmt::format("  {:<28} {:<16} {:<6} {} pattern{}, {} example{}  {}:{}\n", rule.id, rule.slot,
                       rule.strength == Strength::strong ? "strong" : "weak", rule.patterns.size(),
                       rule.patterns.size() == 1 ? "" : "s", rule.examples.size() + rule.counter_examples.size(),
                       rule.examples.size() + rule.counter_examples.size() == 1 ? "" : "s", rule.where.file,
                       rule.where.line);
  }
  std::cout << out.str();
  return kExitClean;
}

int run_rules_test(const Options& options) {
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return kExitError;
  }
  const RuleTestSummary summary = run_rule_tests(*rules);
  if (!options.coverage.empty()) {
    Options corpus = options;
    corpus.paths = options.coverage;
    std::vector<Diagnostic> problems;
    std::optional<Report> report = build_report(corpus, problems);
    if (!report) return kExitError;
    print_diagnostics(problems, options);
    int silent = 0;
    for (const auto& [rule, count] : rule_coverage(*rules, *report)) {
      if (count > 0) continue;
      if (silent++ == 0) std::cout << "rules that never fire on " << fmt::format("{}", fmt::join(options.coverage, ", ")) << ":\n";
      std::cout << fmt::format("  {}:{}: {} ({})\n", rule->where.file, rule->where.line, rule->id, rule->slot);
    }
    std::cout << fmt::format("coverage: {} of {} rules fire\n", rules->rules.size() - static_cast<std::size_t>(silent),
                             rules->rules.size());
  }
  print_diagnostics(summary.failures, options, "failed");
  std::cout << fmt::format("{} rules, {} examples and counter-examples: {} passed, {} failed", summary.rules,
                           summary.cases, summary.cases - summary.failed_cases, summary.failed_cases);
  if (summary.incomplete_rules > 0) {
    std::cout << fmt::format("; {} rule{} with too few examples", summary.incomplete_rules,
                             summary.incomplete_rules == 1 ? "" : "s");
  }
  std::cout << '\n';
  return summary.failures.empty() ? kExitClean : kExitFindings;
}

int run_normalize(const Options& options) {
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return kExitError;
  }
  auto usage = [&](std::string message, std::string hint) {
    print_diagnostics({{"", 0, 0, std::move(message), std::move(hint)}}, options);
    return kExitError;
  };
  Slot slot;
  if (!options.slot.empty()) {
    const Slot* named = rules->slot(options.slot);
    if (named == nullptr) return usage(fmt::format("unknown slot '{}'", options.slot), "run 'factlint rules list' for the slots");
    slot = *named;
  } else if (auto type = parse_value_type(options.type)) {
    slot.name = options.type;
    slot.type = *type;
    if (slot.type == ValueType::category) return usage("a category needs a slot", "use --slot, such as --slot perpetrator");
  } else {
    return usage("normalize needs --type or --slot", "for example: factlint normalize --type quantity \"nearly 12 million\"");
  }
  ValueContext context(*rules, slot);
  if (!options.published.empty()) {
    Result<StoryMeta> meta = parse_story_yaml("--published", "articles: [{file: x.txt, published: " + options.published + "}]");
    if (!meta) return usage(fmt::format("--published '{}' is not a date of the form YYYY-MM-DD", options.published), "");
    context.published = meta->articles.front().meta.published;
  }
  if (!options.year.empty()) {
    int year = 0;
    const char* end = options.year.data() + options.year.size();
    const auto [stop, status] = std::from_chars(options.year.data(), end, year);
    if (status != std::errc{} || stop != end || options.year.size() != 4) {
      return usage(fmt::format("--year '{}' is not a year", options.year), "write four digits: 2025");
    }
    context.year = year;
  }
  context.country = options.country;
  std::optional<ParsedValue> value = parse_value(options.text, context);
  // A date claim whose words name no date stays in a report, unresolved; asked
  // for directly, the honest answer is that nothing was read.
  const auto* date = value ? std::get_if<DateValue>(&value->typed) : nullptr;
  if (!value || (date != nullptr && date->granularity.empty())) {
    return usage(fmt::format("cannot read \"{}\" as a {}", options.text, to_string(slot.type)),
                 "see docs/values.md for the forms each type reads");
  }
  detail::Json out{{"type", std::string(to_string(slot.type))},
                   {"text", options.text},
                   {"value", value->display},
                   {"canonical", value->canonical},
                   {"typed", detail::typed_json(value->typed)}};
  std::cout << out.dump(2, ' ', false, detail::Json::error_handler_t::replace) << '\n';
  return kExitClean;
}

}  // namespace factlint::cli
