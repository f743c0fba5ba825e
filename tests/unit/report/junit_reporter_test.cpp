// JUnit: a test suite per story, a test case per slot, failing at --fail-on;
// a skipped document is an error case; text is XML-escaped.
#include <catch2/catch.hpp>

#include <sstream>

#include "factlint/reporter.hpp"
#include "unit/report/sample_report.hpp"

using namespace factlint;

namespace {

std::string junit(const Report& report, Severity fail_on = Severity::error) {
  ReporterOptions options;
  options.fail_on = fail_on;
  std::ostringstream out;
  make_reporter("junit", options)->write(report, out);
  return out.str();
}

}  // namespace

TEST_CASE("JUnit: a failing case for a slot with an error, an error case for a skipped document, a case per read one") {
  const std::string xml = junit(testing::sample());
  // 4 cases: three documents (one skipped) and one slot.
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factlint\" tests=\"4\" failures=\"1\" errors=\"1\">", 0) == 0);
  CHECK(xml.find("<testsuite name=\"s\" tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"0\">") != std::string::npos);
  CHECK(xml.find("<testcase classname=\"s\" name=\"read s/one.txt\"/>") != std::string::npos);
  CHECK(xml.find("<testcase classname=\"s\" name=\"read s/bad.txt\">\n      <error message=\"invalid UTF-8\"/>") != std::string::npos);
  CHECK(xml.find("<testcase classname=\"s\" name=\"resigned_ceo\">\n      <failure message=\"sources disagree on resigned_ceo\"") !=
        std::string::npos);
  CHECK(xml.find("s/two.txt:1:5: two says &quot;CEO John Roe resigned&quot;") != std::string::npos);
}

TEST_CASE("JUnit: a warning fails only when --fail-on warning; article text is escaped") {
  Report report = testing::sample();
  Finding& f = report.stories[0].findings[0];
  f.severity = Severity::warning;
  f.message = "a <b> & \"c\"";
  const std::string lenient = junit(report);
  CHECK(lenient.find("failures=\"0\"") != std::string::npos);
  CHECK(lenient.find("<system-out>warning [entity-mismatch] a &lt;b&gt; &amp; &quot;c&quot;") != std::string::npos);
  CHECK(lenient.find("<b>") == std::string::npos);
  CHECK(junit(report, Severity::warning).find("<failure") != std::string::npos);
}
