// The JUnit XML report, for CI systems that show test results (Jenkins,
// GitLab, Azure). Entry point: make_junit_reporter().
//
// One test suite per story, one test case per slot the story's articles speak
// to: it fails when the slot has a finding at or above the run's --fail-on
// level; milder findings are printed in its system-out. Every document is a
// test case too ("read PATH"): a skipped one has an <error>, so nothing is lost.
#include <map>
#include <set>

#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

std::string xml(std::string_view text) { return html_escape(text); }  // XML escapes as HTML does

std::string describe(const Finding& f) {
  std::string text = fmt::format("{} [{}] {}\n", to_string(f.severity), f.kind, f.message);
  for (const Side& side : f.sides)
    for (const Evidence& e : side.evidence)
      text += fmt::format("  {}:{}:{}: {} says \"{}\"\n", e.path, e.position.line, e.position.column, e.source, e.text);
  text += fmt::format("  id: {}\n", f.id);
  return text;
}

class JunitReporter final : public Reporter {
 public:
  explicit JunitReporter(Severity fail_on) : fail_on_(fail_on) {}

  void write(const Report& report, std::ostream& out) const override {
    std::string suites;
    std::size_t all_tests = 0, all_failures = 0, all_errors = 0;
    for (const StoryReport& story : report.stories) {
      std::set<std::string> slots;
      for (const Claim& c : story.claims)
        if (c.about == story.subject) slots.insert(c.slot);
      std::map<std::string, std::vector<const Finding*>> by_slot;
      for (const Finding& f : story.findings) {
        slots.insert(f.slot);
        by_slot[f.slot].push_back(&f);
      }
      std::string cases;
      std::size_t tests = 0, failures = 0, errors = 0;
      // Every document is a test case, read (passed) or not (an error).
      for (const DocumentRecord& d : story.documents) {
        ++tests;
        if (d.processed) {
          cases += fmt::format("    <testcase classname=\"{}\" name=\"read {}\"/>\n", xml(story.id), xml(d.path));
          continue;
        }
        ++errors;
        cases += fmt::format("    <testcase classname=\"{}\" name=\"read {}\">\n      <error message=\"{}\"/>\n    </testcase>\n",
                             xml(story.id), xml(d.path), xml(d.error));
      }
      for (const std::string& slot : slots) {
        ++tests;
        std::string failing, mild;
        for (const Finding* f : by_slot[slot]) (f->severity >= fail_on_ ? failing : mild) += describe(*f);
        cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n", xml(story.id), xml(slot));
        if (!failing.empty()) {
          ++failures;
          cases += fmt::format("      <failure message=\"{}\" type=\"factlint\">{}</failure>\n",
                               xml(fmt::format("sources disagree on {}", slot)), xml(failing));
        }
        if (!mild.empty()) cases += fmt::format("      <system-out>{}</system-out>\n", xml(mild));
        cases += "    </testcase>\n";
      }
      suites += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n{}  </testsuite>\n",
                            xml(story.id), tests, failures, errors, cases);
      all_tests += tests, all_failures += failures, all_errors += errors;
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"factlint\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}</testsuites>\n",
                       all_tests, all_failures, all_errors, suites);
  }

 private:
  Severity fail_on_;
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(const ReporterOptions& options) {
  return std::make_unique<JunitReporter>(options.fail_on);
}

}  // namespace factlint::detail
