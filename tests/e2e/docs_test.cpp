// The examples in the docs are real: each "$ factlint normalize ..." block in
// docs/values.md is run, and its output must be the JSON the block shows;
// each "$ factlint check ..." block in docs/findings.md is run, and every line
// it shows must be a line of the real report; the console sessions of
// docs/ci.md and docs/review.md are run in order in a copy of the corpus.
#include <catch2/catch.hpp>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::TempDir;

namespace {

struct Example {
  std::string command;  // the line after "$ factlint "
  std::string output;
};

std::string read_doc(const std::string& name) {
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/docs/" + name);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The blocks of `markdown` that start with "$ factlint <command> ".
std::vector<Example> examples(const std::string& markdown, const std::string& command) {
  std::vector<Example> out;
  std::istringstream lines(markdown);
  std::string line;
  Example* current = nullptr;
  const std::string prompt = "$ factlint " + command + " ";
  while (std::getline(lines, line)) {
    if (line.rfind(prompt, 0) == 0) {
      out.push_back({line.substr(11), ""});
      current = &out.back();
    } else if (line == "```") {
      current = nullptr;
    } else if (current != nullptr) {
      current->output += line + "\n";
    }
  }
  return out;
}

// Splits a shell-like command line: words, '...' and "..." quoting.
std::vector<std::string> words(const std::string& command) {
  std::vector<std::string> out;
  std::string word;
  char quote = 0;
  bool in_word = false;
  for (char c : command) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else {
        word += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ') {
      if (in_word) out.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(word);
  return out;
}

// Every "$ factlint ..." line of the ```console blocks of `markdown`, in
// order, with the lines shown after it.
std::vector<Example> console_session(const std::string& markdown) {
  std::vector<Example> out;
  std::istringstream lines(markdown);
  bool in_console = false;
  for (std::string line; std::getline(lines, line);) {
    if (line == "```console") {
      in_console = true;
    } else if (line == "```") {
      in_console = false;
    } else if (in_console && line.rfind("$ factlint ", 0) == 0) {
      out.push_back({line.substr(11), ""});
    } else if (in_console && !out.empty()) {
      out.back().output += line + "\n";
    }
  }
  return out;
}

// Runs a doc's console session in a copy of the bundled corpus; each line it
// shows must be a line of standard output or error, with today's date read
// as YYYY-MM-DD.
void run_session(const std::string& doc, std::size_t at_least) {
  const std::vector<Example> session = console_session(read_doc(doc));
  CHECK(session.size() >= at_least);
  TempDir dir;
  std::filesystem::copy(std::string(FACTLINT_SOURCE_DIR) + "/corpus", dir / "corpus", std::filesystem::copy_options::recursive);
  const std::time_t now = std::time(nullptr);
  char today[11];
  std::strftime(today, sizeof today, "%Y-%m-%d", std::gmtime(&now));
  for (const Example& e : session) {
    INFO(doc << ": $ factlint " << e.command);
    const auto run = run_factlint(words(e.command), dir.path().string());
    CHECK(run.exit_code <= 1);
    std::set<std::string> real;
    std::istringstream out(run.out + run.err);
    for (std::string line; std::getline(out, line);) {
      for (std::size_t at = line.find(today); at != std::string::npos; at = line.find(today)) line.replace(at, 10, "YYYY-MM-DD");
      real.insert(line);
    }
    std::istringstream shown(e.output);
    for (std::string line; std::getline(shown, line);) {
      if (line.empty() || line.rfind("[...", 0) == 0) continue;
      INFO(line);
      CHECK(real.count(line) == 1);
    }
  }
}

}  // namespace

TEST_CASE("the console session of docs/review.md runs and prints what the page shows") { run_session("review.md", 6); }

TEST_CASE("the console session of docs/ci.md runs and prints what the page shows") { run_session("ci.md", 4); }

TEST_CASE("the console session of docs/scaling.md runs and prints what the page shows") { run_session("scaling.md", 3); }

TEST_CASE("the console session of docs/rules.md runs and prints what the page shows") { run_session("rules.md", 1); }

TEST_CASE("every factlint normalize example in docs/values.md prints what the page shows") {
  const std::vector<Example> found = examples(read_doc("values.md"), "normalize");
  CHECK(found.size() >= 15);
  for (const Example& e : found) {
    INFO(e.command);
    const auto run = run_factlint(words(e.command));
    CHECK(run.exit_code == 0);
    CHECK(nlohmann::json::parse(run.out) == nlohmann::json::parse(e.output));
  }
}

TEST_CASE("every factlint check example in docs/findings.md shows lines of the real report") {
  const std::vector<Example> found = examples(read_doc("findings.md"), "check");
  CHECK(found.size() >= 12);
  for (const Example& e : found) {
    INFO(e.command);
    const auto run = run_factlint(words(e.command));
    CHECK(run.exit_code <= 1);
    std::set<std::string> real;
    std::istringstream out(run.out);
    for (std::string line; std::getline(out, line);) real.insert(line);
    std::istringstream shown(e.output);
    for (std::string line; std::getline(shown, line);) {
      if (line.empty() || line.rfind("[...", 0) == 0) continue;  // "[...]" marks a cut
      INFO(line);
      CHECK(real.count(line) == 1);
    }
  }
}
