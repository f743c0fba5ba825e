// What the commands share. Entry points: print_diagnostics(),
// build_report(), output_targets(), write_targets() (command_support.hpp).
#include "cli/command_support.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/output_file.hpp"
#include "cli/rules_locator.hpp"
#include "cli/terminal.hpp"
#include "report/escape.hpp"

namespace factlint::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, const Options& options, std::string_view level) {
  const bool color = use_color(options.color, stderr);
  const std::string_view bold = color ? "\x1b[1m" : "";
  const std::string_view tint = color ? (level == "error" ? "\x1b[1;31m" : "\x1b[1;33m") : "";
  const std::string_view cyan = color ? "\x1b[36m" : "";
  const std::string_view reset = color ? "\x1b[0m" : "";
  for (const Diagnostic& d : diagnostics) {
    // File names and messages quote the input: shown, never acted on by the terminal.
    const std::string where = to_string(Diagnostic{detail::visible(d.file), d.line, d.column, "", ""});  // "path:line:col: " or ""
    std::string line = fmt::format("{}{}{}{}{}:{} {}", bold, where, reset, tint, level, reset, detail::visible(d.message));
    if (!d.hint.empty()) line += fmt::format("; {}hint:{} {}", cyan, reset, detail::visible(d.hint));
    std::fprintf(stderr, "%s\n", line.c_str());
  }
}

Result<RuleSet> load_rules(const Options& options) {
  return load_rule_pack(options.rules_dir.empty() ? default_rules_dir() : options.rules_dir);
}

namespace {

// A story that could not be checked (a bug, an exhausted resource): every
// document skipped, with the reason, so that the run goes on and nothing is lost.
ExtractedStory broken_story(const StoryInput& input, std::vector<DocumentRecord> records, std::string_view why,
                            std::vector<Diagnostic> problems) {
  problems.push_back({input.dir, 0, 0, fmt::format("cannot check this story: {}", why),
                      "please report this as a bug, with the story"});
  ExtractedStory broken;
  broken.report.id = input.id;
  broken.report.path = input.dir;
  broken.report.documents = std::move(records);
  for (DocumentRecord& d : broken.report.documents) d.processed = false, d.error = "skipped: the story could not be checked";
  broken.problems = std::move(problems);
  return broken;
}

}  // namespace

ExtractedStory extract_one(const StoryInput& input, const RuleSet& rules, const LoadOptions& load,
                           const StoryBudget& budget) {
  LoadedStory story = load_story(input, load);
  try {
    return extract_story(story, rules, budget);
  } catch (const std::exception& e) {
    return broken_story(input, story.records, e.what(), story.errors);
  }
}

std::optional<Diagnostic> over_budget(const StoryReport& report) {
  if (report.skipped.empty()) return std::nullopt;
  return Diagnostic{report.path, 0, 0, report.skipped, kOverBudgetHint};
}

StoryReport check_one(const StoryInput& input, const RuleSet& rules, const LoadOptions& load, const StoryBudget& budget,
                      std::vector<Diagnostic>& problems) {
  ExtractedStory extracted = extract_one(input, rules, load, budget);
  problems.insert(problems.end(), extracted.problems.begin(), extracted.problems.end());
  const bool skipped_already = !extracted.report.skipped.empty();  // its Diagnostic is among the problems
  std::vector<DocumentRecord> records = extracted.report.documents;
  try {
    StoryReport report = reconcile_story(std::move(extracted), rules, budget);
    if (auto over = over_budget(report); over && !skipped_already) problems.push_back(*over);
    return report;
  } catch (const std::exception& e) {
    ExtractedStory broken = broken_story(input, std::move(records), e.what(), {});
    problems.insert(problems.end(), broken.problems.begin(), broken.problems.end());
    return std::move(broken.report);
  }
}

// "64M", "1G", "500K", "1000": a size in bytes, with binary units.
std::optional<std::uint64_t> parse_size(std::string_view text) {
  std::uint64_t number = 0;
  const char* end = text.data() + text.size();
  const auto [stop, status] = std::from_chars(text.data(), end, number);
  if (status != std::errc{} || stop == text.data()) return std::nullopt;
  const std::string_view unit(stop, static_cast<std::size_t>(end - stop));
  const int shift = unit.empty() || unit == "B" ? 0 : unit == "K" || unit == "k" ? 10 : unit == "M" || unit == "m" ? 20 : unit == "G" || unit == "g" ? 30 : -1;
  if (shift < 0 || number == 0 || number > (~std::uint64_t{0} >> shift)) return std::nullopt;
  return number << shift;
}

std::optional<StoryBudget> story_budget(const Options& options) {
  StoryBudget budget;
  if (!options.max_story_claims.empty()) {
    std::size_t n = 0;
    const char* end = options.max_story_claims.data() + options.max_story_claims.size();
    const auto [stop, status] = std::from_chars(options.max_story_claims.data(), end, n);
    if (status != std::errc{} || stop != end || n == 0) {
      print_diagnostics({{"", 0, 0, fmt::format("--max-story-claims '{}' is not a number of claims", options.max_story_claims),
                          "write a whole number above 0: 250000"}},
                        options);
      return std::nullopt;
    }
    budget.max_claims = n;
  }
  if (!options.story_time_limit.empty()) {
    double seconds = -1;
    const char* end = options.story_time_limit.data() + options.story_time_limit.size();
    const auto [stop, status] = std::from_chars(options.story_time_limit.data(), end, seconds);
    if (status != std::errc{} || stop != end || !(seconds >= 0) || seconds > 1e9) {
      print_diagnostics({{"", 0, 0, fmt::format("--story-time-limit '{}' is not a number of seconds", options.story_time_limit),
                          "write seconds, such as 600, or 0 for no limit"}},
                        options);
      return std::nullopt;
    }
    budget.max_seconds = seconds;
  }
  return budget;
}

std::optional<Inputs> load_inputs(const Options& options, const std::vector<std::string>& paths) {
  const std::optional<StoryBudget> budget = story_budget(options);
  if (!budget) return std::nullopt;
  LoadOptions load;
  if (!options.max_file_size.empty()) {
    const std::optional<std::uint64_t> size = parse_size(options.max_file_size);
    if (!size) {
      print_diagnostics({{"", 0, 0, fmt::format("--max-file-size '{}' is not a size", options.max_file_size),
                          "write a number of bytes with K, M or G: 64M, 1G"}},
                        options);
      return std::nullopt;
    }
    load.max_file_size = *size;
  }
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return std::nullopt;
  }
  // "-": article JSON Lines on standard input (what Spark's RDD.pipe gives).
  std::vector<std::string> named;
  std::copy_if(paths.begin(), paths.end(), std::back_inserter(named), [](const std::string& p) { return p != "-"; });
  std::vector<StoryInput> stories;
  if (!named.empty()) {
    Result<std::vector<StoryInput>> found = discover_stories(named);
    if (!found) {
      print_diagnostics(found.errors(), options);
      return std::nullopt;
    }
    stories = std::move(found.value());
  }
  if (named.size() != paths.size()) {
    std::ostringstream text;
    text << std::cin.rdbuf();
    const std::vector<Diagnostic> bad = add_article_lines(stories, "<stdin>", text.str());
    if (!bad.empty()) {
      print_diagnostics(bad, options);
      return std::nullopt;
    }
  }
  return Inputs{std::move(rules.value()), std::move(stories), load, *budget};
}

std::size_t job_count(const Options& options) {
  unsigned n = 0;
  if (!options.jobs.empty()) {
    const char* end = options.jobs.data() + options.jobs.size();
    if (std::from_chars(options.jobs.data(), end, n).ptr != end || n == 0) n = 0;
  }
  if (n == 0) n = std::max(1u, std::thread::hardware_concurrency());
  return n;
}

std::vector<SlotInfo> slot_infos(const RuleSet& rules) {
  std::vector<SlotInfo> slots;
  for (const Slot& slot : rules.slots) slots.push_back({slot.name, std::string(to_string(slot.type)), slot.description});
  return slots;
}

std::optional<Report> build_report(const Options& options, std::vector<Diagnostic>& problems) {
  std::optional<Inputs> inputs = load_inputs(options, options.paths);
  if (!inputs) return std::nullopt;
  Report report;
  report.version = version();
  report.slots = slot_infos(inputs->rules);
  CheckedStories checked = check_all(*inputs, job_count(options), [](const StoryInput&) {});
  report.stories = std::move(checked.reports);
  for (const std::vector<Diagnostic>& found : checked.problems) problems.insert(problems.end(), found.begin(), found.end());
  return report;
}

std::optional<std::vector<OutputTarget>> output_targets(const Options& options, const std::string& format) {
  std::vector<OutputTarget> targets;
  const std::vector<std::string> known = reporter_formats();
  for (const std::string& value : options.outputs) {
    const std::size_t eq = value.find('=');
    const std::string prefix = eq == std::string::npos ? "" : value.substr(0, eq);
    const bool word = !prefix.empty() && std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (word && std::find(known.begin(), known.end(), prefix) == known.end()) {
      print_diagnostics({{"", 0, 0, fmt::format("unknown format '{}' in '-o {}'", prefix, value),
                          fmt::format("the formats are {}", fmt::join(known, ", "))}},
                        options);
      return std::nullopt;
    }
    if (word) targets.push_back({prefix, value.substr(eq + 1)});
    else targets.push_back({format, value});
    if (targets.back().path.empty()) {
      print_diagnostics({{"", 0, 0, fmt::format("'-o {}' names no file", value), "write FORMAT=FILE, or FORMAT=- for standard output"}}, options);
      return std::nullopt;
    }
  }
  if (targets.empty()) targets.push_back({format, "-"});
  if (std::count_if(targets.begin(), targets.end(), [](const OutputTarget& t) { return t.path == "-"; }) > 1) {
    print_diagnostics({{"", 0, 0, "more than one output goes to standard output", "give all but one of them a file"}}, options);
    return std::nullopt;
  }
  return targets;
}

std::string link_prefix_for(const std::string& output_path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir = fs::absolute(fs::path(output_path), ec).parent_path();
  const fs::path back = fs::relative(fs::current_path(ec), dir, ec);
  if (ec || back.empty() || back == ".") return "";
  return back.generic_string() + "/";
}

std::string render(const Report& report, const std::string& format, ReporterOptions reporter_options) {
  auto reporter = make_reporter(format, reporter_options);
  std::ostringstream out;
  reporter->write(report, out);
  return out.str();
}

Severity severity_named(const std::string& name) {
  return name == "error" ? Severity::error : name == "warning" ? Severity::warning : Severity::info;
}

bool emit_to(const Options& options, const std::string& path, const std::string& content) {
  return emit_to(options, path, [&](std::ostream& out) { out << content; });
}

bool emit_to(const Options& options, const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout << std::flush;
    return static_cast<bool>(std::cout);
  }
  OutputFile file(path);
  std::optional<Diagnostic> error = file.open();
  if (!error) {
    {
      OutputStream out(file);
      write(out);
    }
    error = file.commit();
  }
  if (error) {
    print_diagnostics({*error}, options);
    return false;
  }
  return true;
}

bool write_targets(const Options& options, const Report& report, const std::vector<OutputTarget>& targets) {
  bool written = true;
  for (const OutputTarget& target : targets) {
    ReporterOptions reporter_options;
    reporter_options.color = target.path == "-" && target.format == "text" && use_color(options.color, stdout);
    reporter_options.fail_on = options.fail_on == "warning" ? Severity::warning : Severity::error;
    if (target.path != "-") reporter_options.link_prefix = link_prefix_for(target.path);
    written &= emit_to(options, target.path, [&](std::ostream& out) {
      make_reporter(target.format, reporter_options)->write(report, out);
    });
  }
  return written;
}

}  // namespace factlint::cli
