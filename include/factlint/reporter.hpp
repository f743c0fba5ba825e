// Output formats. Every format is a Reporter that renders a whole Report;
// make_reporter() is the one place a format is chosen by name. Adding a format
// is one file in src/report/ plus its test.
//
//   auto reporter = factlint::make_reporter("json", {});
//   if (reporter) reporter->write(report, std::cout);
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/report.hpp"

namespace factlint {

struct ReporterOptions {
  bool color = false;  // ANSI colour (text only); the CLI decides when
  // What fails the run (--fail-on): JUnit marks a slot failed when it has a
  // finding at least this severe. Other formats show every finding as is.
  Severity fail_on = Severity::error;
  // HTML: prepended to article paths in links, so that a page written in
  // another folder still reaches the articles ("../" from a subfolder).
  std::string link_prefix;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Writes the whole report; the same Report always gives the same bytes.
  virtual void write(const Report& report, std::ostream& out) const = 0;
};

// The reporter for `format`, or nullptr when no format has that name.
std::unique_ptr<Reporter> make_reporter(std::string_view format, const ReporterOptions& options);

// The names make_reporter() accepts: "github" (workflow-command annotations),
// "html" (a self-contained review page), "json", "junit", "markdown", "sarif"
// (SARIF 2.1.0), "text".
std::vector<std::string> reporter_formats();

// One row of the batch report's index page: a story, the page that shows it
// (relative to the index), and the problems met reading it.
struct IndexEntry {
  const StoryReport* story = nullptr;
  std::string page;                   // "stories/acme-2025.html"
  std::vector<std::string> problems;  // one line each: "path:line:col: message"
};

// The batch report's index.html: every story with its counts, in the order
// given (the CLI sorts by errors, most first), sortable by any column.
void write_html_index(const Report& report, const std::vector<IndexEntry>& entries, std::ostream& out);

}  // namespace factlint
