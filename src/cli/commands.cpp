// The commands behind `factlint check | extract | reconcile | rules list |
// rules test | normalize`; `report` is in report_command.cpp, `baseline` and `review` in
// review_commands.cpp. Every problem is a Diagnostic printed by
// print_diagnostics() (command_support.hpp), the one place that writes errors
// to the terminal.
#include "cli/commands.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/command_support.hpp"
#include "cli/output_file.hpp"
#include "factlint/claim_lines.hpp"
#include "factlint/rule_tests.hpp"
#include "factlint/values.hpp"
#include "report/json_model.hpp"

namespace factlint::cli {
namespace {

// A usage error, printed: exit code 2.
int usage_error(const Options& options, std::string message, std::string hint) {
  print_diagnostics({{"", 0, 0, std::move(message), std::move(hint)}}, options);
  return kExitError;
}

// A date written YYYY-MM-DD (--published), read as story.yaml reads it; nullopt when it is not one.
std::optional<CivilDate> published_date(const std::string& written) {
  Result<StoryMeta> meta = parse_story_yaml("--published", "articles: [{file: x.txt, published: '" + written + "'}]");
  if (!meta || meta->articles.empty()) return std::nullopt;
  return meta->articles.front().meta.published;
}

std::optional<Baseline> read_baseline(const Options& options) {
  std::ifstream in(options.baseline, std::ios::binary);
  if (!in) {
    print_diagnostics({{options.baseline, 0, 0, "cannot read the baseline file",
                        "check the path; write one with 'factlint baseline write PATH -o FILE'"}},
                      options);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  Result<Baseline> baseline = parse_baseline(options.baseline, text.str());
  if (!baseline) {
    print_diagnostics(baseline.errors(), options);
    return std::nullopt;
  }
  return std::move(baseline.value());
}

// What check and reconcile share once the report is built: the baseline,
// --min-severity, the outputs, the problems and the exit code.
int present_report(const Options& options, Report& report, const std::vector<Diagnostic>& problems,
                   const std::optional<Baseline>& baseline, const std::vector<OutputTarget>& targets) {
  // A baseline hides the findings it knows, from every output and from the
  // exit code; its entries that match nothing any more are stale.
  BaselineOutcome outcome;
  if (baseline) outcome = apply_baseline(report, *baseline);

  // What is shown (--min-severity) is separate from what fails the run
  // (--fail-on): the exit code is read from the full report, before the
  // findings not shown are dropped.
  const Severity threshold = options.fail_on == "warning" ? Severity::warning : Severity::error;
  const bool failing = options.fail_on != "never" &&
                       std::any_of(report.stories.begin(), report.stories.end(), [&](const StoryReport& story) {
                         return std::any_of(story.findings.begin(), story.findings.end(),
                                            [&](const Finding& f) { return f.severity >= threshold; });
                       });
  const Severity least = severity_named(options.min_severity);
  for (StoryReport& story : report.stories) {
    std::erase_if(story.findings, [&](const Finding& f) { return f.severity < least; });
  }
  const bool written = write_targets(options, report, targets);
  print_diagnostics(problems, options);
  if (baseline) {
    std::vector<Diagnostic> stale;
    for (const BaselineEntry& e : outcome.stale) {
      stale.push_back({options.baseline, 0, 0,
                       fmt::format("stale baseline entry {} ({} {}{}{}): no finding matches it any more", e.id, e.story,
                                   e.slot, e.key.empty() ? "" : " ", e.key),
                       "the contradiction is gone or changed: rewrite the baseline with 'factlint baseline write'"});
    }
    print_diagnostics(stale, options, "warning");
    std::fprintf(stderr, "baseline: %zu known finding%s hidden, %zu stale entr%s\n", outcome.known,
                 outcome.known == 1 ? "" : "s", outcome.stale.size(), outcome.stale.size() == 1 ? "y" : "ies");
  }
  if (!written || !problems.empty()) return kExitError;
  if (options.fail_on_stale && !outcome.stale.empty()) return kExitFindings;

  return failing ? kExitFindings : kExitClean;
}

// Every line of the claim files (a file, a folder of shard files, or "-" for
// standard input) into `reader`; false, with the reasons printed, when one
// cannot be read.
bool read_claim_files(const Options& options, ClaimLinesReader& reader) {
  namespace fs = std::filesystem;
  std::vector<Diagnostic> problems;
  auto read_stream = [&](std::istream& in, const std::string& name) {
    std::size_t number = 0;
    for (std::string line; std::getline(in, line);) reader.read_line(name, ++number, line);
    if (in.bad()) problems.push_back({name, 0, 0, "cannot read the file to its end", "check the disk and the file"});
  };
  for (const std::string& path : options.paths) {
    if (path == "-") {
      read_stream(std::cin, "<stdin>");
      continue;
    }
    std::error_code ec;
    std::vector<std::string> files;
    if (fs::is_directory(path, ec)) {
      // A folder of shards, as engines write them (part-00000, ...); hidden
      // files and markers such as _SUCCESS are not shards.
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file(ec) && !name.starts_with('.') && !name.starts_with('_')) {
          files.push_back(entry.path().lexically_normal().string());
        }
      }
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(path);
    }
    for (const std::string& file : files) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        problems.push_back({file, 0, 0, "cannot read the claim file",
                            "give files that 'factlint extract' wrote, a folder of them, or - for standard input"});
        continue;
      }
      read_stream(in, file);
    }
  }
  print_diagnostics(problems, options);
  return problems.empty();
}

}  // namespace

int run_check(const Options& options) {
  std::optional<std::vector<OutputTarget>> targets = output_targets(options, options.format.empty() ? "text" : options.format);
  if (!targets) return kExitError;
  std::optional<Baseline> baseline;
  if (!options.baseline.empty() && !(baseline = read_baseline(options))) return kExitError;
  std::vector<Diagnostic> problems;
  std::optional<Report> report = build_report(options, problems);
  if (!report) return kExitError;
  return present_report(options, *report, problems, baseline, *targets);
}

int run_reconcile(const Options& options) {
  std::optional<std::vector<OutputTarget>> targets = output_targets(options, options.format.empty() ? "text" : options.format);
  if (!targets) return kExitError;
  std::optional<Baseline> baseline;
  if (!options.baseline.empty() && !(baseline = read_baseline(options))) return kExitError;
  const std::optional<StoryBudget> budget = story_budget(options);
  if (!budget) return kExitError;
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return kExitError;
  }
  ClaimLinesReader reader;
  if (!read_claim_files(options, reader)) return kExitError;
  Result<std::vector<ExtractedStory>> stories = std::move(reader).finish(*rules);
  if (!stories) {
    print_diagnostics(stories.errors(), options);
    return kExitError;
  }
  // The problems met when the shards were extracted (skipped articles, a
  // broken story.yaml) fail this run as they would have failed check.
  std::vector<Diagnostic> problems;
  for (const ExtractedStory& story : *stories) problems.insert(problems.end(), story.problems.begin(), story.problems.end());
  Report report;
  report.version = version();
  report.slots = slot_infos(*rules);
  report.stories.reserve(stories->size());
  map_in_order(
      stories->size(), job_count(options),
      [&](std::size_t i) {
        const bool skipped_already = !(*stories)[i].report.skipped.empty();  // its Diagnostic came with the lines
        StoryReport story = reconcile_story(std::move((*stories)[i]), *rules, *budget);
        std::optional<Diagnostic> over = skipped_already ? std::nullopt : over_budget(story);
        return std::make_pair(std::move(story), over);
      },
      [&](std::size_t, std::pair<StoryReport, std::optional<Diagnostic>>&& done) {
        if (done.second) problems.push_back(*done.second);
        report.stories.push_back(std::move(done.first));
      });
  return present_report(options, report, problems, baseline, *targets);
}

int run_extract(const Options& options) {
  if (options.outputs.size() > 1) {
    print_diagnostics({{"", 0, 0, "extract writes one file", "give -o once"}}, options);
    return kExitError;
  }
  std::optional<Inputs> inputs = load_inputs(options, options.paths);
  if (!inputs) return kExitError;
  // Streamed: each story's lines are written, in corpus order, as soon as it
  // and the stories before it are done, and then forgotten, so memory does not
  // grow with the corpus. The file is moved into place only when complete.
  OutputFile out(options.outputs.empty() ? "-" : options.outputs.front());
  if (auto error = out.open()) {
    print_diagnostics({*error}, options);
    return kExitError;
  }
  // The lines are made on the worker threads; only writing them is in turn.
  struct Extracted {
    std::string lines;
    std::vector<Diagnostic> problems;
  };
  std::vector<Diagnostic> problems;
  map_in_order(
      inputs->stories.size(), job_count(options),
      [&](std::size_t i) {
        Extracted extracted;
        ExtractedStory story = extract_one(inputs->stories[i], inputs->rules, inputs->load, inputs->budget);
        extracted.problems = story.problems;
        std::ostringstream lines;
        write_claim_lines(story, lines);
        extracted.lines = std::move(lines).str();
        return extracted;
      },
      [&](std::size_t, Extracted&& extracted) {
        out.write(extracted.lines);
        problems.insert(problems.end(), extracted.problems.begin(), extracted.problems.end());
      });
  std::optional<Diagnostic> failure = out.commit();
  if (failure) problems.push_back(*failure);
  print_diagnostics(problems, options);
  return problems.empty() ? kExitClean : kExitError;
}

int run_rules_list(const Options& options) {
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return kExitError;
  }
  std::ostringstream out;
  if (options.patterns) {
    for (const Rule& rule : rules->rules)
      for (const Pattern& pattern : rule.patterns) out << pattern.expanded << '\n';
    std::cout << out.str();
    return kExitClean;
  }
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
  out << "evidence (factlint rules explain SLOT):\n";
  for (const SlotEvidence& e : rules->evidence) {
    out << fmt::format("  {:<20} takes {:<22} {} trigger{}, {} veto{}, {} example{}  {}:{}\n", e.slot,
                       fmt::format("{}", fmt::join(e.takes, ", ")), e.triggers.size(), e.triggers.size() == 1 ? "" : "s",
                       e.vetoes.size(), e.vetoes.size() == 1 ? "" : "es", e.examples.size() + e.counter_examples.size(),
                       e.examples.size() + e.counter_examples.size() == 1 ? "" : "s", e.where.file, e.where.line);
  }
  std::cout << out.str();
  return kExitClean;
}

int run_rules_explain(const Options& options) {
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return kExitError;
  }
  auto usage = [&](std::string message, std::string hint) { return usage_error(options, std::move(message), std::move(hint)); };
  const SlotEvidence* only = nullptr;
  if (options.slot != "all") {
    if (rules->slot(options.slot) == nullptr) {
      return usage(fmt::format("unknown slot '{}'", options.slot), "run 'factlint rules list' for the slots, or write 'all'");
    }
    only = rules->evidence_for(options.slot);
    if (only == nullptr) {
      std::cout << fmt::format("{}: no evidence; only its phrase rules make its claims (factlint rules list)\n", options.slot);
      return kExitClean;
    }
  }
  std::ostringstream out;
  for (const SlotEvidence& e : rules->evidence) {
    if (only != nullptr && &e != only) continue;
    for (const std::string& line : describe_evidence(e, *rules)) out << line << '\n';
  }
  if (!options.text.empty()) {
    ArticleMeta meta;
    if (!options.published.empty()) {
      meta.published = published_date(options.published);
      if (!meta.published) return usage(fmt::format("--published '{}' is not a date of the form YYYY-MM-DD", options.published), "");
    }
    Result<Document> doc = make_document("text", "TEXT", options.text, meta);
    if (!doc) {
      print_diagnostics(doc.errors(), options);
      return kExitError;
    }
    out << '\n';
    for (const std::string& line : explain_evidence(*doc, StoryContext{"Acme", {}, std::nullopt, ""}, *rules, only))
      out << line << '\n';
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
  auto usage = [&](std::string message, std::string hint) { return usage_error(options, std::move(message), std::move(hint)); };
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
    context.published = published_date(options.published);
    if (!context.published) return usage(fmt::format("--published '{}' is not a date of the form YYYY-MM-DD", options.published), "");
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
  std::string rejected;
  context.rejected = &rejected;
  std::optional<ParsedValue> value = parse_value(options.text, context);
  if (!value && !rejected.empty()) {
    return usage(fmt::format("cannot read \"{}\" as a {}: it holds {}", options.text, to_string(slot.type), rejected),
                 "factlint makes no claim of a value out of range; see docs/values.md");
  }
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
