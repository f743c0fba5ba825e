// detail: what the commands share: printing problems, loading the pack and
// the stories, checking stories on several threads, and writing outputs.
// Entry points: print_diagnostics(), build_report(), output_targets(),
// write_targets().
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <ostream>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
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

// One story read and its claims extracted. A story that cannot be checked
// (a bug, an exhausted resource) becomes a story whose documents are all
// skipped with the reason, so that the run goes on and nothing is lost; the
// problems met are in `.problems`.
ExtractedStory extract_one(const StoryInput& input, const RuleSet& rules, const LoadOptions& load,
                           const StoryBudget& budget);

// One story read and checked (extract_one(), then reconcile_story()); the
// problems met are added to `problems`.
StoryReport check_one(const StoryInput& input, const RuleSet& rules, const LoadOptions& load, const StoryBudget& budget,
                      std::vector<Diagnostic>& problems);

// The Diagnostic for a story that reconciliation found over its budget
// (StoryReport::skipped), or nothing.
std::optional<Diagnostic> over_budget(const StoryReport& report);

// --max-story-claims and --story-time-limit as a budget; on a bad value the
// reason is printed and nothing is returned.
std::optional<StoryBudget> story_budget(const Options& options);

// The rule pack and the stories the paths name; on failure the reasons are
// printed and nothing is returned.
struct Inputs {
  RuleSet rules;
  std::vector<StoryInput> stories;
  LoadOptions load;    // from --max-file-size
  StoryBudget budget;  // from --max-story-claims, --story-time-limit
};
std::optional<Inputs> load_inputs(const Options& options, const std::vector<std::string>& paths);

// How many threads --jobs asks for: a positive number, or one per core.
std::size_t job_count(const Options& options);

// Calls deliver(i, work(i)) for every i < count, in the order of i, with
// work() running on up to `jobs` threads. At most a few results per thread
// wait for their turn (a thread that runs ahead waits), so memory stays
// bounded whatever `count` is. `deliver` runs under a lock, one at a time.
template <class Work, class Deliver>
void map_in_order(std::size_t count, std::size_t jobs, Work&& work, Deliver&& deliver) {
  using Result = std::invoke_result_t<Work&, std::size_t>;
  const std::size_t window = std::max<std::size_t>(2, 4 * jobs);
  std::mutex lock;
  std::condition_variable room;
  std::map<std::size_t, Result> waiting;  // done, not yet delivered
  std::size_t next_to_take = 0, next_to_deliver = 0;
  auto worker = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock<std::mutex> guard(lock);
        room.wait(guard, [&] { return next_to_take >= count || next_to_take < next_to_deliver + window; });
        if (next_to_take >= count) return;
        i = next_to_take++;
      }
      Result result = work(i);
      const std::lock_guard<std::mutex> guard(lock);
      waiting.emplace(i, std::move(result));
      while (!waiting.empty() && waiting.begin()->first == next_to_deliver) {
        auto node = waiting.extract(waiting.begin());
        deliver(node.key(), std::move(node.mapped()));
        ++next_to_deliver;
      }
      room.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < std::min(jobs, count); ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

// One story checked, with the problems met reading it.
struct CheckedStory {
  StoryReport report;
  std::vector<Diagnostic> problems;
};

// Checks every story on up to `jobs` threads and calls done(i, checked) for
// each, in the order of `stories` (see map_in_order()).
template <class Done>
void check_each(const Inputs& inputs, std::size_t jobs, Done&& done) {
  map_in_order(
      inputs.stories.size(), jobs,
      [&](std::size_t i) {
        CheckedStory checked;
        checked.report = check_one(inputs.stories[i], inputs.rules, inputs.load, inputs.budget, checked.problems);
        return checked;
      },
      done);
}

// Checks every story, in parallel; reports[i] and problems[i] belong to
// stories[i]. `done` is called after each story, in order.
struct CheckedStories {
  std::vector<StoryReport> reports;
  std::vector<std::vector<Diagnostic>> problems;
};

template <class Done>
CheckedStories check_all(const Inputs& inputs, std::size_t jobs, Done&& done) {
  CheckedStories out;
  check_each(inputs, jobs, [&](std::size_t i, CheckedStory&& checked) {
    out.reports.push_back(std::move(checked.report));
    out.problems.push_back(std::move(checked.problems));
    done(inputs.stories[i]);
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

// Writes `content` to `path` (as OutputFile does: a regular file atomically),
// or standard output for "-"; false, with the reason printed, on failure.
bool emit_to(const Options& options, const std::string& path, const std::string& content);
// The same, with `write` making the bytes into the stream as it goes.
bool emit_to(const Options& options, const std::string& path, const std::function<void(std::ostream&)>& write);

// Renders `report` into every target; false when one could not be written.
bool write_targets(const Options& options, const Report& report, const std::vector<OutputTarget>& targets);

}  // namespace factlint::cli
