// `factlint report`: one page (or any format) for people, or the batch
// folder: index.html, a page per story, report.json, report.md. Entry point:
// run_report().
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "cli/command_support.hpp"
#include "cli/commands.hpp"

namespace factlint::cli {
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
        check_all(*inputs, job_count(options), [&](const StoryInput& input) { progress.step(input.id); });
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

}  // namespace factlint::cli
