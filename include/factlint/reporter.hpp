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
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Writes the whole report; the same Report always gives the same bytes.
  virtual void write(const Report& report, std::ostream& out) const = 0;
};

// The reporter for `format`, or nullptr when no format has that name.
std::unique_ptr<Reporter> make_reporter(std::string_view format, const ReporterOptions& options);

// The names make_reporter() accepts: "json", "markdown", "text".
std::vector<std::string> reporter_formats();

// JSON Lines, as `factlint extract` prints them: for each story, one
// {"record": "document", ...} line per input document (processed or skipped,
// with the reason), then one self-contained {"record": "claim", ...} line per
// claim, carrying its story and subject.
void write_claim_lines(const Report& report, std::ostream& out);

}  // namespace factlint
