// Outputs that cannot be forged: titles, file names and article text that
// carry line breaks, terminal escapes, GitHub workflow commands, bidirectional
// controls, bytes that are not UTF-8 or XML's forbidden characters are shown,
// never acted on, in every format; XML and JSON outputs stay well formed.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
using factlint::testing::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A fictional story whose every untrusted string is hostile: its folder name
// (not UTF-8), its title, an outlet, article file names and article text.
std::string hostile_story(const TempDir& dir) {
  const std::string story = "corpus/evil\xE9-2024";
  dir.write(story + "/story.yaml",
            "title: \"Acme breach\\n::error file=a.txt::forged title\\e[2J\\u202Ereversed\"\n"
            "subject: Acme Corp\n"
            "year: 2024\n"
            "articles:\n"
            "  - {file: \"a\\nb.txt\", outlet: \"Daily\\e]0;pwned\\a\"}\n");
  dir.write(story + "/a\nb.txt",
            "Acme Corp chief executive Jane Doe resigned on March 3, 2024, \x1b[31m red \xE2\x80\xAE" "desrever\n"
            "::warning file=x::forged line.\n");
  dir.write(story + "/caf\xE9.txt", "Acme Corp chief executive John Roe resigned on March 9, 2024.\n");
  dir.write(story + "/bad\xEF\xBF\xBE.txt", "Acme Corp chief executive Jane Doe resigned on March 3, 2024.\n");
  dir.write(story + "/::error file=y::name.txt", "Acme Corp chief executive Jane Doe resigned on March 3, 2024.\n");
  return dir / "corpus";
}

// Lines whose first non-blank characters are "::": what GitHub Actions reads as a workflow command.
std::vector<std::string> command_lines(const std::string& text) {
  std::vector<std::string> found;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t start = line.find_first_not_of(" \t");
    if (start != std::string::npos && line.compare(start, 2, "::") == 0) found.push_back(line);
  }
  return found;
}

bool has_control(const std::string& text) {
  for (unsigned char c : text)
    if ((c < 0x20 && c != '\n') || c == 0x7f) return true;
  return false;
}

}  // namespace

TEST_CASE("forged outputs: text, Markdown and the terminal show control characters; no line is a workflow command") {
  TempDir dir;
  const std::string corpus = hostile_story(dir);
  for (const char* format : {"text", "markdown"}) {
    INFO(format);
    const auto run = run_factlint({"check", corpus, "-f", format, "--fail-on", "never", "--color", "never"});
    CHECK(run.exit_code == 0);
    CHECK(command_lines(run.out).empty());
    CHECK(command_lines(run.err).empty());
    CHECK(!has_control(run.out));
    CHECK(!has_control(run.err));
    CHECK(run.out.find("\xE2\x80\xAE") == std::string::npos);  // no right-to-left override
    // ... and each is shown, not dropped.
    CHECK(run.out.find("x1b") != std::string::npos);
    CHECK(run.out.find("202e") != std::string::npos);
    CHECK(run.out.find("evil\\xe9-2024") != std::string::npos);
  }
  const auto text = run_factlint({"check", corpus, "--fail-on", "never", "--color", "never"});
  CHECK(text.out.find("Acme breach\\n::error file=a.txt::forged title\\x1b[2J\\u{202e}reversed") != std::string::npos);
  CHECK(text.out.find("\\x3a:error file=y::name") != std::string::npos);  // a source id that starts with "::"
}

TEST_CASE("forged outputs: GitHub annotations carry only factlint's own commands") {
  TempDir dir;
  const std::string corpus = hostile_story(dir);
  const auto run = run_factlint({"check", corpus, "-f", "github", "--fail-on", "never"});
  CHECK(run.exit_code == 0);
  const std::vector<std::string> commands = command_lines(run.out);
  CHECK(!commands.empty());  // the resigned_ceo contradiction
  for (const std::string& line : commands) {
    INFO(line);
    CHECK((line.rfind("::error file=", 0) == 0 || line.rfind("::warning file=", 0) == 0 || line.rfind("::notice file=", 0) == 0));
  }
  CHECK(!has_control(run.out));
}

TEST_CASE("forged outputs: JUnit XML, SARIF and JSON stay well formed with names that are not UTF-8 or hold U+FFFE") {
  TempDir dir;
  const std::string corpus = hostile_story(dir);
  for (const char* format : {"json", "sarif"}) {
    INFO(format);
    const auto run = run_factlint({"check", corpus, "-f", format, "--fail-on", "never"});
    CHECK(run.exit_code == 0);
    CHECK_NOTHROW(json::parse(run.out));  // strict: invalid UTF-8 throws
  }
  const std::string xml = dir / "report.xml";
  const auto run = run_factlint({"check", corpus, "-o", "junit=" + xml, "--fail-on", "never"});
  CHECK(run.exit_code == 0);
  CHECK(slurp(xml).find("<testcase") != std::string::npos);
  // Python's expat parser refuses what XML 1.0 forbids: bytes that are not
  // UTF-8, control characters, U+FFFE and U+FFFF.
  const std::string parse = "python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' '" + xml + "'";
  CHECK(std::system(parse.c_str()) == 0);
}
