// The commands behind `factlint check | extract | report | baseline write |
// review | rules list | rules test | normalize`.
// Every problem is a Diagnostic printed by print_diagnostics(), the one place
// that writes errors to the terminal.
#include "cli/commands.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "cli/output_file.hpp"
#include "cli/rules_locator.hpp"
#include "cli/terminal.hpp"
#include "factlint/factlint.hpp"
#include "factlint/rule_tests.hpp"
#include "factlint/values.hpp"
#include "report/json_model.hpp"
#include "report/primary_evidence.hpp"

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

// One story read and checked; a story that cannot be checked (a bug, an
// exhausted resource) becomes a story whose documents are all skipped with
// the reason, so that the run goes on and nothing is lost.
StoryReport check_one(const StoryInput& input, const RuleSet& rules, std::vector<Diagnostic>& problems) {
  LoadedStory story = load_story(input);
  problems.insert(problems.end(), story.errors.begin(), story.errors.end());
  try {
    return check_story(story, rules);
  } catch (const std::exception& e) {
    problems.push_back({input.dir, 0, 0, fmt::format("cannot check this story: {}", e.what()),
                        "please report this as a bug, with the story"});
    StoryReport broken;
    broken.id = input.id;
    broken.path = input.dir;
    broken.documents = story.records;
    for (DocumentRecord& d : broken.documents) d.processed = false, d.error = "skipped: the story could not be checked";
    return broken;
  }
}

// The rule pack and the stories the paths name; on failure the reasons are
// printed and nothing is returned.
struct Inputs {
  RuleSet rules;
  std::vector<StoryInput> stories;
};

std::optional<Inputs> load_inputs(const Options& options, const std::vector<std::string>& paths) {
  Result<RuleSet> rules = load_rules(options);
  if (!rules) {
    print_diagnostics(rules.errors(), options);
    return std::nullopt;
  }
  Result<std::vector<StoryInput>> stories = discover_stories(paths);
  if (!stories) {
    print_diagnostics(stories.errors(), options);
    return std::nullopt;
  }
  return Inputs{std::move(rules.value()), std::move(stories.value())};
}

// How many threads --jobs asks for: a positive number, or one per core.
std::size_t job_count(const Options& options) {
  unsigned n = 0;
  if (!options.jobs.empty()) {
    const char* end = options.jobs.data() + options.jobs.size();
    if (std::from_chars(options.jobs.data(), end, n).ptr != end || n == 0) n = 0;
  }
  if (n == 0) n = std::max(1u, std::thread::hardware_concurrency());
  return n;
}

// Calls work(i) for every i < count on up to `jobs` threads. Each i is done
// once, by one thread; callers write results to slot i, so the output order
// never depends on the threads.
template <class Work>
void for_each_index(std::size_t count, std::size_t jobs, Work&& work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < std::min(jobs, count); ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

// Checks every story, in parallel; reports[i] and problems[i] belong to
// stories[i]. `done` is called after each story, under a lock.
struct CheckedStories {
  std::vector<StoryReport> reports;
  std::vector<std::vector<Diagnostic>> problems;
};

template <class Done>
CheckedStories check_all(const std::vector<StoryInput>& stories, const RuleSet& rules, std::size_t jobs, Done&& done) {
  CheckedStories out;
  out.reports.resize(stories.size());
  out.problems.resize(stories.size());
  std::mutex lock;
  for_each_index(stories.size(), jobs, [&](std::size_t i) {
    out.reports[i] = check_one(stories[i], rules, out.problems[i]);
    const std::lock_guard<std::mutex> guard(lock);
    done(stories[i]);
  });
  return out;
}

std::vector<SlotInfo> slot_infos(const RuleSet& rules) {
  std::vector<SlotInfo> slots;
  for (const Slot& slot : rules.slots) slots.push_back({slot.name, std::string(to_string(slot.type)), slot.description});
  return slots;
}

// The whole pipeline over the paths. `problems` receives every input
// Diagnostic (skipped documents, broken story.yaml); they do not stop the run.
std::optional<Report> build_report(const Options& options, std::vector<Diagnostic>& problems) {
  std::optional<Inputs> inputs = load_inputs(options, options.paths);
  if (!inputs) return std::nullopt;
  Report report;
  report.version = version();
  report.slots = slot_infos(inputs->rules);
  CheckedStories checked = check_all(inputs->stories, inputs->rules, job_count(options), [](const StoryInput&) {});
  report.stories = std::move(checked.reports);
  for (const std::vector<Diagnostic>& found : checked.problems) problems.insert(problems.end(), found.begin(), found.end());
  return report;
}

// Where one rendering of the report goes: a file, or "-" for standard output.
struct OutputTarget {
  std::string format;
  std::string path;
};

// The -o values as targets: "FORMAT=FILE" names its format, a plain FILE takes
// `format`. At most one goes to standard output; none means standard output.
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

// From the folder a page is written in back to the working directory, so that
// the page's links reach the articles ("" or "../../").
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

// Writes `content` to `path` (atomically), or standard output for "-".
bool emit_to(const Options& options, const std::string& path, const std::string& content) {
  if (path == "-") {
    std::cout << content << std::flush;
    return static_cast<bool>(std::cout);
  }
  if (auto error = write_file_atomically(path, content)) {
    print_diagnostics({*error}, options);
    return false;
  }
  return true;
}

// Renders `report` into every target; false when one could not be written.
bool write_targets(const Options& options, const Report& report, const std::vector<OutputTarget>& targets) {
  bool written = true;
  for (const OutputTarget& target : targets) {
    ReporterOptions reporter_options;
    reporter_options.color = target.path == "-" && target.format == "text" && use_color(options.color, stdout);
    reporter_options.fail_on = options.fail_on == "warning" ? Severity::warning : Severity::error;
    if (target.path != "-") reporter_options.link_prefix = link_prefix_for(target.path);
    written &= emit_to(options, target.path, render(report, target.format, reporter_options));
  }
  return written;
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

}  // namespace

int run_check(const Options& options) {
  std::optional<std::vector<OutputTarget>> targets = output_targets(options, options.format.empty() ? "text" : options.format);
  if (!targets) return kExitError;
  std::optional<Baseline> baseline;
  if (!options.baseline.empty() && !(baseline = read_baseline(options))) return kExitError;
  std::vector<Diagnostic> problems;
  std::optional<Report> report = build_report(options, problems);
  if (!report) return kExitError;

  // A baseline hides the findings it knows, from every output and from the
  // exit code; its entries that match nothing any more are stale.
  BaselineOutcome outcome;
  if (baseline) outcome = apply_baseline(*report, *baseline);

  // What is shown (--min-severity) is separate from what fails the run
  // (--fail-on): the exit code below reads the full report.
  Report shown = *report;
  const Severity least = severity_named(options.min_severity);
  for (StoryReport& story : shown.stories) {
    std::erase_if(story.findings, [&](const Finding& f) { return f.severity < least; });
  }
  const bool written = write_targets(options, shown, *targets);
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

  if (options.fail_on == "never") return kExitClean;
  const Severity threshold = options.fail_on == "warning" ? Severity::warning : Severity::error;
  for (const StoryReport& story : report->stories)
    for (const Finding& finding : story.findings)
      if (finding.severity >= threshold) return kExitFindings;
  return kExitClean;
}

int run_extract(const Options& options) {
  if (options.outputs.size() > 1) {
    print_diagnostics({{"", 0, 0, "extract writes one file", "give -o once"}}, options);
    return kExitError;
  }
  std::vector<Diagnostic> problems;
  std::optional<Report> report = build_report(options, problems);
  if (!report) return kExitError;
  std::ostringstream out;
  write_claim_lines(*report, out);
  const bool written = emit_to(options, options.outputs.empty() ? "-" : options.outputs.front(), out.str());
  print_diagnostics(problems, options);
  return written && problems.empty() ? kExitClean : kExitError;
}

namespace {

// A progress bar on standard error, drawn only when it is a terminal: never
// in files, pipes or CI logs.
class Progress {
 public:
  explicit Progress(std::size_t total) : total_(total), shown_(::isatty(STDERR_FILENO) == 1 && total > 1) {}
  ~Progress() {
    if (shown_) std::fprintf(stderr, "\r\x1b[2K");
  }
  void step(std::string_view what) {
    ++done_;
    if (!shown_) return;
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = done_ * kWidth / total_;
    std::fprintf(stderr, "\r\x1b[2K[%s%s] %zu/%zu %.*s", std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, '.').c_str(), done_, total_, static_cast<int>(std::min<std::size_t>(what.size(), 40)),
                 what.data());
    std::fflush(stderr);
  }

 private:
  std::size_t total_, done_ = 0;
  bool shown_;
};

// A folder for the batch report: one that exists, or a name ending in '/'.
bool is_batch_folder(const std::string& path) {
  std::error_code ec;
  return (!path.empty() && path.back() == '/') || std::filesystem::is_directory(path, ec);
}

int run_batch_report(const Options& options, const std::string& dir) {
  namespace fs = std::filesystem;
  std::optional<Inputs> inputs = load_inputs(options, options.paths);
  if (!inputs) return kExitError;
  const RuleSet* rules = &inputs->rules;
  const std::vector<StoryInput>* stories = &inputs->stories;
  std::error_code ec;
  fs::create_directories(fs::path(dir) / "stories", ec);
  if (ec) {
    print_diagnostics({{dir, 0, 0, fmt::format("cannot create the report folder: {}", ec.message()),
                        "check the path and your permissions"}},
                      options);
    return kExitError;
  }
  Report report;
  report.version = version();
  report.slots = slot_infos(*rules);
  std::vector<Diagnostic> problems;
  std::map<std::string, std::vector<std::string>> story_problems;
  {
    Progress progress(stories->size());
    CheckedStories checked =
        check_all(*stories, *rules, job_count(options), [&](const StoryInput& input) { progress.step(input.id); });
    report.stories = std::move(checked.reports);
    for (std::size_t i = 0; i < stories->size(); ++i) {
      for (const Diagnostic& d : checked.problems[i]) story_problems[(*stories)[i].id].push_back(to_string(d));
      problems.insert(problems.end(), checked.problems[i].begin(), checked.problems[i].end());
    }
  }
  bool written = true;
  ReporterOptions page_options;
  page_options.link_prefix = link_prefix_for((fs::path(dir) / "stories" / "x.html").string());
  std::vector<IndexEntry> entries;
  for (const StoryReport& story : report.stories) {
    Report one{report.version, {story}, report.slots};
    const std::string page = "stories/" + story.id + ".html";
    written &= emit_to(options, (fs::path(dir) / page).string(), render(one, "html", page_options));
    entries.push_back({&story, page, story_problems[story.id]});
  }
  auto errors_of = [](const IndexEntry& e) {
    return std::count_if(e.story->findings.begin(), e.story->findings.end(),
                         [](const Finding& f) { return f.severity == Severity::error; });
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const IndexEntry& a, const IndexEntry& b) { return errors_of(a) > errors_of(b); });
  std::ostringstream index;
  write_html_index(report, entries, index);
  written &= emit_to(options, (fs::path(dir) / "index.html").string(), index.str());
  written &= emit_to(options, (fs::path(dir) / "report.json").string(), render(report, "json", {}));
  written &= emit_to(options, (fs::path(dir) / "report.md").string(), render(report, "markdown", {}));
  print_diagnostics(problems, options);
  std::fprintf(stderr, "report: %zu stor%s written to %s (index.html, stories/, report.json, report.md)\n",
               report.stories.size(), report.stories.size() == 1 ? "y" : "ies", dir.c_str());
  return written && problems.empty() ? kExitClean : kExitError;
}

}  // namespace

int run_report(const Options& options) {
  if (options.outputs.size() == 1 && is_batch_folder(options.outputs.front())) {
    return run_batch_report(options, options.outputs.front());
  }
  std::optional<std::vector<OutputTarget>> targets = output_targets(options, options.format.empty() ? "html" : options.format);
  if (!targets) return kExitError;
  std::vector<Diagnostic> problems;
  std::optional<Report> report = build_report(options, problems);
  if (!report) return kExitError;
  const Severity least = severity_named(options.min_severity);
  for (StoryReport& story : report->stories) {
    std::erase_if(story.findings, [&](const Finding& f) { return f.severity < least; });
  }
  const bool written = write_targets(options, *report, *targets);
  print_diagnostics(problems, options);
  return written && problems.empty() ? kExitClean : kExitError;
}

int run_baseline_write(const Options& options) {
  if (options.outputs.size() > 1) {
    print_diagnostics({{"", 0, 0, "baseline write writes one file", "give -o once"}}, options);
    return kExitError;
  }
  std::vector<Diagnostic> problems;
  std::optional<Report> report = build_report(options, problems);
  if (!report) return kExitError;
  const std::string path = options.outputs.empty() ? "-" : options.outputs.front();
  const bool written = emit_to(options, path, baseline_json(*report));
  print_diagnostics(problems, options);
  std::size_t count = 0;
  for (const StoryReport& story : report->stories) count += story.findings.size();
  if (path != "-") std::fprintf(stderr, "baseline: %zu finding%s written to %s\n", count, count == 1 ? "" : "s", path.c_str());
  return written && problems.empty() ? kExitClean : kExitError;
}

namespace {

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

std::string slot_and_key(const std::string& slot, const std::string& key) { return key.empty() ? slot : slot + " " + key; }
std::string slot_and_key(const Finding& f) { return slot_and_key(f.slot, f.key); }

}  // namespace

int run_review_list(const Options& options) {
  std::optional<Inputs> inputs = load_inputs(options, options.paths);
  if (!inputs) return kExitError;
  const RuleSet* rules = &inputs->rules;
  const std::vector<StoryInput>* stories = &inputs->stories;
  std::vector<Diagnostic> problems;
  std::ostringstream out;
  std::size_t open = 0, decided = 0;
  for (const StoryInput& input : *stories) {
    LoadedStory story = load_story(input);
    problems.insert(problems.end(), story.errors.begin(), story.errors.end());
    const StoryReport report = check_story(story, *rules);
    out << fmt::format("{} ({})\n", report.id, report.path);
    for (const Finding& f : report.findings) {
      if (!f.review.status.empty()) continue;
      ++open;
      out << fmt::format("  open      {}  {:<7}  {} ({}): {}\n", f.id, to_string(f.severity), slot_and_key(f), f.kind,
                         detail::sides_summary(f));
    }
    for (const Finding& f : report.findings) {
      if (f.review.status.empty()) continue;
      ++decided;
      out << fmt::format("  {:<9} {}  {}{}{}{}\n", f.review.status, f.id, slot_and_key(f),
                         f.review.value.empty() ? "" : ": " + f.review.value,
                         f.review.by.empty() ? "" : fmt::format(" (by {}{})", f.review.by, f.review.at.empty() ? "" : ", " + f.review.at),
                         f.review.note.empty() ? "" : " — " + f.review.note);
    }
    for (const ReviewDecision& d : story.review.decisions) {
      const bool matches = std::any_of(report.findings.begin(), report.findings.end(),
                                       [&](const Finding& f) { return f.id == d.finding; });
      if (!matches) {
        out << fmt::format("  stale     {}  {} in {}:{} matches no finding any more\n", d.finding, d.status,
                           (std::filesystem::path(input.dir) / std::string(kReviewFile)).string(), d.line);
      }
    }
    for (const Correction& c : report.corrections) {
      out << fmt::format("  correct   {}{}: {} says \"{}\", verified \"{}\" ({}:{}:{})\n", c.outlet.empty() ? c.source : c.outlet,
                         c.outlet.empty() ? "" : " (" + c.source + ")", slot_and_key(c.slot, c.key),
                         c.stated, c.verified, c.evidence.path, c.evidence.position.line, c.evidence.position.column);
    }
  }
  out << fmt::format("{} open, {} decided\n", open, decided);
  std::cout << out.str();
  print_diagnostics(problems, options);
  return problems.empty() ? kExitClean : kExitError;
}

int run_review_edit(const Options& options, const std::string& status) {
  if (status == "resolved" && options.value.empty()) {
    print_diagnostics({{"", 0, 0, "resolve needs the verified value", "add --value \"...\""}}, options);
    return kExitError;
  }
  Options where = options;
  if (where.paths.empty()) where.paths = {"corpus"};
  std::optional<Inputs> inputs = load_inputs(options, where.paths);
  if (!inputs) return kExitError;
  const RuleSet* rules = &inputs->rules;
  const std::vector<StoryInput>* stories = &inputs->stories;
  // Every id is found before any file changes: all or nothing.
  struct Target {
    std::string id, dir;
    const Finding* finding = nullptr;
  };
  std::vector<StoryReport> reports;
  reports.reserve(stories->size());
  std::vector<Diagnostic> problems;
  for (const StoryInput& input : *stories) {
    LoadedStory story = load_story(input);
    problems.insert(problems.end(), story.errors.begin(), story.errors.end());
    reports.push_back(check_story(story, *rules));
  }
  if (!problems.empty()) {
    print_diagnostics(problems, options);
    return kExitError;
  }
  std::vector<Target> targets;
  for (const std::string& id : options.ids) {
    Target t{id, "", nullptr};
    for (std::size_t s = 0; s < reports.size() && !t.finding; ++s)
      for (const Finding& f : reports[s].findings)
        if (f.id == id) t = {id, (*stories)[s].dir, &f};
    if (!t.finding) {
      print_diagnostics({{"", 0, 0, fmt::format("no finding has the id '{}' in {}", id, fmt::join(where.paths, ", ")),
                          fmt::format("'factlint review {}' lists the findings and their ids", fmt::join(where.paths, " "))}},
                        options);
      return kExitError;
    }
    targets.push_back(t);
  }
  const char* user = std::getenv("USER");
  for (const Target& t : targets) {
    const std::string path = (std::filesystem::path(t.dir) / std::string(kReviewFile)).string();
    std::string text;
    if (std::ifstream in(path, std::ios::binary); in) {
      std::ostringstream s;
      s << in.rdbuf();
      text = s.str();
    }
    ReviewDecision decision{t.id, status, status == "resolved" ? options.value : "", options.note,
                            options.by.empty() ? (user ? user : "") : options.by, today(), 0};
    const std::string edited = set_review_decision(text, decision);
    Result<Review> check = parse_review(path, edited);
    if (!check) {
      print_diagnostics(check.errors(), options);
      return kExitError;
    }
    if (auto error = write_file_atomically(path, edited)) {
      print_diagnostics({*error}, options);
      return kExitError;
    }
    std::cout << fmt::format("{}: {} {} ({}){}\n", path, status, t.id, slot_and_key(*t.finding),
                             decision.value.empty() ? "" : ": " + decision.value);
  }
  return kExitClean;
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
