// `factlint baseline write` and `factlint review` (list, resolve, dismiss,
// confirm): the decisions people record. Entry points: run_baseline_write(),
// run_review_list(), run_review_edit().
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/command_support.hpp"
#include "cli/commands.hpp"
#include "cli/output_file.hpp"
#include "report/escape.hpp"
#include "report/primary_evidence.hpp"

namespace factlint::cli {

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

// Whether `edited` reads as `original` with `decision` set: the same
// decisions, the one on decision.finding replaced or added.
bool edit_says(const std::string& path, const std::string& original, const std::string& edited, const ReviewDecision& decision) {
  Result<Review> before = parse_review(path, original);
  Result<Review> after = parse_review(path, edited);
  if (!before || !after) return false;
  auto fields = [](const ReviewDecision& d) { return std::tie(d.finding, d.status, d.value, d.note, d.by, d.at); };
  std::vector<ReviewDecision> expected = before->decisions;
  auto same = std::find_if(expected.begin(), expected.end(), [&](const ReviewDecision& d) { return d.finding == decision.finding; });
  if (same != expected.end()) *same = decision;
  else expected.push_back(decision);
  std::vector<ReviewDecision> got = after->decisions;
  auto by_id = [](const ReviewDecision& a, const ReviewDecision& b) { return a.finding < b.finding; };
  std::stable_sort(expected.begin(), expected.end(), by_id);
  std::stable_sort(got.begin(), got.end(), by_id);
  return std::equal(expected.begin(), expected.end(), got.begin(), got.end(),
                    [&](const ReviewDecision& a, const ReviewDecision& b) { return fields(a) == fields(b); });
}
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
    LoadedStory story = load_story(input, inputs->load);
    problems.insert(problems.end(), story.errors.begin(), story.errors.end());
    const StoryReport report = check_story(story, *rules);
    out << fmt::format("{} ({})\n", detail::visible(report.id), detail::visible(report.path));
    for (const Finding& f : report.findings) {
      if (!f.review.status.empty()) continue;
      ++open;
      out << fmt::format("  open      {}  {:<7}  {} ({}): {}\n", f.id, to_string(f.severity), detail::visible(slot_and_key(f)),
                         f.kind, detail::visible(detail::sides_summary(f)));
    }
    for (const Finding& f : report.findings) {
      if (f.review.status.empty()) continue;
      ++decided;
      out << fmt::format("  {:<9} {}  {}{}{}{}\n", f.review.status, f.id, detail::visible(slot_and_key(f)),
                         f.review.value.empty() ? "" : ": " + detail::visible(f.review.value),
                         f.review.by.empty() ? "" : detail::visible(fmt::format(" (by {}{})", f.review.by, f.review.at.empty() ? "" : ", " + f.review.at)),
                         f.review.note.empty() ? "" : " — " + detail::visible(f.review.note));
    }
    for (const ReviewDecision& d : story.review.decisions) {
      const bool matches = std::any_of(report.findings.begin(), report.findings.end(),
                                       [&](const Finding& f) { return f.id == d.finding; });
      if (!matches) {
        out << fmt::format("  stale     {}  {} in {}:{} matches no finding any more\n", detail::visible(d.finding), d.status,
                           detail::visible((std::filesystem::path(input.dir) / std::string(kReviewFile)).string()), d.line);
      }
    }
    for (const Correction& c : report.corrections) {
      out << fmt::format("  correct   {}: {} says \"{}\", verified \"{}\" ({}:{}:{})\n",
                         detail::visible(c.outlet.empty() ? c.source : c.outlet + " (" + c.source + ")"),
                         detail::visible(slot_and_key(c.slot, c.key)), detail::visible(c.stated), detail::visible(c.verified),
                         detail::visible(c.evidence.path), c.evidence.position.line, c.evidence.position.column);
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
    LoadedStory story = load_story(input, inputs->load);
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
    // A value that names no side would make every outlet a correction: most
    // often a typo, so it is refused unless the editor says it is new.
    if (status == "resolved" && !options.unstated && side_named(*t.finding, options.value) == nullptr) {
      std::vector<std::string> sides;
      for (const Side& side : t.finding->sides)
        sides.push_back(fmt::format("\"{}\" ({} source{})", side.value, side.sources.size(), side.sources.size() == 1 ? "" : "s"));
      print_diagnostics({{"", 0, 0,
                          fmt::format("--value \"{}\" names none of the sides of {} ({}): {}", options.value, id,
                                      slot_and_key(*t.finding), fmt::join(sides, ", ")),
                          "give one of them as written (case and accents do not count), or add --unstated if no source "
                          "states the verified value: every outlet then needs a correction"}},
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
    // The edit is kept only if the file then says what it said before, with
    // this decision set: flow style ({...}) and anchors (&a, *a) are valid
    // YAML that a line-by-line edit can break or misread.
    if (!edit_says(path, text, edited, decision)) {
      print_diagnostics({{path, 0, 0,
                          "review.yaml is valid, but written in a form 'factlint review' cannot edit line by line (YAML "
                          "flow style, {...} or [...], or anchors and aliases, &name and *name); it was left as it was",
                          fmt::format("write each finding as a block of its own lines, as docs/review.md shows, then run "
                                      "the command again, or add \"{}\" by hand",
                                      t.id)}},
                        options);
      return kExitError;
    }
    if (auto error = write_file_atomically(path, edited)) {
      print_diagnostics({*error}, options);
      return kExitError;
    }
    std::cout << fmt::format("{}: {} {} ({}){}\n", detail::visible(path), status, t.id, detail::visible(slot_and_key(*t.finding)),
                             decision.value.empty() ? "" : ": " + detail::visible(decision.value));
  }
  return kExitClean;
}

}  // namespace factlint::cli
