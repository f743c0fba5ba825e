// detail: what the commands share: printing problems, loading the pack and
// the stories, checking stories on several threads, and writing outputs.
// Entry points: print_diagnostics(), build_report(), output_targets(),
// write_targets().
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "cli/flags.hpp"
#include "factlint/factlint.hpp"

namespace factlint::cli {

// The one place that prints problems, one line each (so that grep and CI logs
// keep them whole): "path:line:col: error: message; hint: ...". Colour follows
// --color, judged on stderr.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, const Options& options,
                       std::string_view level = "error");

Result<RuleSet> load_rules(const Options& options);

// One story read and checked; a story that cannot be checked (a bug, an
// exhausted resource) becomes a story whose documents are all skipped with
// the reason, so that the run goes on and nothing is lost.
StoryReport check_one(const StoryInput& input, const RuleSet& rules, std::vector<Diagnostic>& problems);

// The rule pack and the stories the paths name; on failure the reasons are
// printed and nothing is returned.
struct Inputs {
  RuleSet rules;
  std::vector<StoryInput> stories;
};
std::optional<Inputs> load_inputs(const Options& options, const std::vector<std::string>& paths);

// How many threads --jobs asks for: a positive number, or one per core.
std::size_t job_count(const Options& options);

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

// The pack's slots, as reports describe them.
std::vector<SlotInfo> slot_infos(const RuleSet& rules);

// The whole pipeline over the paths. `problems` receives every input
// Diagnostic (skipped documents, broken story.yaml); they do not stop the run.
std::optional<Report> build_report(const Options& options, std::vector<Diagnostic>& problems);

// Where one rendering of the report goes: a file, or "-" for standard output.
struct OutputTarget {
  std::string format;
  std::string path;
};

// The -o values as targets: "FORMAT=FILE" names its format, a plain FILE takes
// `format`. At most one goes to standard output; none means standard output.
std::optional<std::vector<OutputTarget>> output_targets(const Options& options, const std::string& format);

// From the folder a page is written in back to the working directory, so that
// the page's links reach the articles ("" or "../../").
std::string link_prefix_for(const std::string& output_path);

// `report` in `format` (a name reporter_formats() knows).
std::string render(const Report& report, const std::string& format, ReporterOptions reporter_options);

// "error" | "warning" | anything else (info).
Severity severity_named(const std::string& name);

// Writes `content` to `path` (atomically), or standard output for "-".
bool emit_to(const Options& options, const std::string& path, const std::string& content);

// Renders `report` into every target; false when one could not be written.
bool write_targets(const Options& options, const Report& report, const std::vector<OutputTarget>& targets);

}  // namespace factlint::cli
