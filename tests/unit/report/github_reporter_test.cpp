// GitHub workflow commands: one annotation per finding at its primary
// location; article text cannot end the annotation or start a command.
#include <catch2/catch.hpp>

#include <sstream>

#include "factlint/reporter.hpp"
#include "unit/report/sample_report.hpp"

using namespace factlint;

TEST_CASE("GitHub: an ::error per finding, at the primary quote, with every quote in the message") {
  Report report = testing::sample();
  report.stories[0].findings[0].sides[1].outlier = true;
  std::ostringstream out;
  make_reporter("github", {})->write(report, out);
  const std::string text = out.str();
  CHECK(text.find("::error file=s/bad.txt,title=factlint%3A document skipped::invalid UTF-8\n") != std::string::npos);
  CHECK(text.find("::error file=s/two.txt,line=1,col=5,title=resigned_ceo (entity-mismatch)::sources disagree%0A"
                  "s/one.txt:1:5 (Jane Doe): \"CEO Jane Doe resigned\"%0As/two.txt:1:5 (John Roe): \"CEO John Roe resigned\"%0A"
                  "finding 00112233aabbccdd\n") != std::string::npos);
}

TEST_CASE("GitHub: line breaks, control characters, percent signs and property separators in article text are escaped") {
  Report report = testing::sample();
  Finding& f = report.stories[0].findings[0];
  f.message = "100%\n::error::injected\x1b[2J";
  f.sides[0].evidence[0].path = "s/a,b:c.txt";
  f.sides[0].outlier = true;
  std::ostringstream out;
  make_reporter("github", {})->write(report, out);
  const std::string text = out.str();
  // Shown as written (visible()), then escaped for the runner.
  CHECK(text.find("100%25\\n::error::injected\\x1b[2J") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("\n::error::injected") == std::string::npos);  // never at the start of a line
  CHECK(text.find("file=s/a%2Cb%3Ac.txt,line=1") != std::string::npos);
  // Every line is a command or the log line of a document read, whose path is escaped too.
  report.stories[0].documents[1].path = "s/one\n::error::injected.txt";
  std::ostringstream again;
  make_reporter("github", {})->write(report, again);
  CHECK(again.str().find("factlint: read s/one\\n::error::injected.txt\n") != std::string::npos);
  std::istringstream lines(again.str());
  for (std::string line; std::getline(lines, line);) CHECK((line.rfind("::", 0) == 0 || line.rfind("factlint: read ", 0) == 0));
}
