// `factlint report`: one page (or any format) for people, or the batch
// folder: index.html, a page per story, report.json, report.md. Entry point:
// run_report().
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "cli/command_support.hpp"
#include "cli/commands.hpp"
#include "cli/output_folder.hpp"
#include "report/escape.hpp"
#include "text/text.hpp"

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
    const std::string name = detail::visible(what);
    std::fprintf(stderr, "\r\x1b[2K[%s%s] %zu/%zu %.*s", std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, '.').c_str(), done_, total_, static_cast<int>(std::min<std::size_t>(name.size(), 40)),
                 name.data());
    std::fflush(stderr);
  }

 private:
  std::size_t total_, done_ = 0;
  bool shown_;
};

// The page file of each story, in the order of `stories`: its id made safe as
// a file name (file_name_safe(): no separator, no "..", no control
// character), with a hash of its id and path added when the id had to change
// or two stories would share a name (compared without case, for file systems
// that ignore it). Stories that share an id are told apart, and `notes` says
// so.
std::vector<std::string> page_names(const std::vector<StoryReport>& stories, std::vector<Diagnostic>& notes) {
  std::vector<std::string> base(stories.size());
  std::map<std::string, std::vector<std::size_t>> by_folded;  // lower-cased name -> stories
  std::map<std::string, std::vector<std::size_t>> by_id;
  for (std::size_t i = 0; i < stories.size(); ++i) {
    base[i] = detail::file_name_safe(stories[i].id);
    if (base[i].empty()) base[i] = "story";
    by_folded[detail::ascii_lower(base[i])].push_back(i);
    by_id[stories[i].id].push_back(i);
  }
  std::vector<std::string> names(stories.size());
  std::set<std::string> taken;
  for (std::size_t i = 0; i < stories.size(); ++i) {
    const bool unique = base[i] == stories[i].id && by_folded[detail::ascii_lower(base[i])].size() == 1;
    std::string name = base[i];
    if (!unique) {
      const std::uint64_t h = detail::fnv1a(stories[i].path, detail::fnv1a(stories[i].id + '\0'));
      name = fmt::format("{}-{:08x}", base[i], static_cast<std::uint32_t>(h >> 32));
    }
    // Same id and same path (a folder and JSON Lines of one name, given from
    // its parent folder): numbered in order.
    std::string candidate = name;
    for (int n = 2; !taken.insert(detail::ascii_lower(candidate)).second; ++n) candidate = fmt::format("{}-{}", name, n);
    names[i] = candidate + ".html";
  }
  for (const auto& [id, members] : by_id) {
    if (members.size() < 2) continue;
    std::vector<std::string> which;
    for (std::size_t i : members) which.push_back(fmt::format("{} -> stories/{}", stories[i].path, names[i]));
    notes.push_back({"", 0, 0,
                     fmt::format("{} stories have the id '{}' ({}): each has its own page", members.size(), id,
                                 fmt::join(which, ", ")),
                     "give the stories different names (a folder's name, or \"story\" in article JSON Lines)"});
  }
  return names;
}

// A folder for the batch report: one that exists, or a name ending in '/'.
bool is_batch_folder(const std::string& path) {
  std::error_code ec;
  return (!path.empty() && path.back() == '/') || std::filesystem::is_directory(path, ec);
}

int run_batch_report(const Options& options, const std::string& dir) {
  namespace fs = std::filesystem;
  // Built beside the target and moved into place whole: a full disk or an
  // error half-way leaves the previous site as it was.
  OutputFolder site(dir, {"index.html", "stories", "report.json", "report.md"});
  if (auto error = site.open()) {
    print_diagnostics({*error}, options);
    return kExitError;
  }
  std::optional<Inputs> inputs = load_inputs(options, options.paths);
  if (!inputs) return kExitError;
  const RuleSet* rules = &inputs->rules;
  const std::vector<StoryInput>* stories = &inputs->stories;
  std::error_code ec;
  fs::create_directories(site.file("stories"), ec);
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
  std::vector<std::vector<std::string>> story_problems(stories->size());
  {
    Progress progress(stories->size());
    CheckedStories checked =
        check_all(*inputs, job_count(options), [&](const StoryInput& input) { progress.step(input.id); });
    report.stories = std::move(checked.reports);
    for (std::size_t i = 0; i < stories->size(); ++i) {
      for (const Diagnostic& d : checked.problems[i]) story_problems[i].push_back(to_string(d));
      problems.insert(problems.end(), checked.problems[i].begin(), checked.problems[i].end());
    }
  }
  std::vector<Diagnostic> notes;
  const std::vector<std::string> pages = page_names(report.stories, notes);
  bool written = true;
  ReporterOptions page_options;
  // The pages link to the articles from where the site will be, not from
  // where it is built.
  page_options.link_prefix = link_prefix_for((fs::path(dir) / "stories" / "x.html").string());
  std::vector<IndexEntry> entries;
  for (std::size_t i = 0; i < report.stories.size() && written; ++i) {
    const StoryReport& story = report.stories[i];
    Report one{report.version, {story}, report.slots};
    const std::string page = "stories/" + pages[i];
    written &= emit_to(options, site.file(page), render(one, "html", page_options));
    entries.push_back({&story, page, story_problems[i]});
  }
  auto errors_of = [](const IndexEntry& e) {
    return std::count_if(e.story->findings.begin(), e.story->findings.end(),
                         [](const Finding& f) { return f.severity == Severity::error; });
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const IndexEntry& a, const IndexEntry& b) { return errors_of(a) > errors_of(b); });
  std::ostringstream index;
  write_html_index(report, entries, index);
  written = written && emit_to(options, site.file("index.html"), index.str());
  for (const char* format : {"json", "markdown"}) {
    const std::string file = std::string("report.") + (std::string_view(format) == "json" ? "json" : "md");
    written = written && emit_to(options, site.file(file), [&](std::ostream& out) { make_reporter(format, {})->write(report, out); });
  }
  if (written) {
    if (auto error = site.commit()) {
      print_diagnostics({*error}, options);
      written = false;
    }
  }
  print_diagnostics(notes, options, "warning");
  print_diagnostics(problems, options);
  if (written) {
    std::fprintf(stderr, "report: %zu stor%s written to %s (index.html, stories/, report.json, report.md)\n",
                 report.stories.size(), report.stories.size() == 1 ? "y" : "ies", dir.c_str());
  } else {
    std::fprintf(stderr, "report: nothing written; %s is as it was\n", dir.c_str());
  }
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
