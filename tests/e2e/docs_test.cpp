// The examples in the docs are real: each "$ factlint normalize ..." block in
// docs/values.md is run, and its output must be the JSON the block shows;
// each "$ factlint check ..." block in docs/findings.md is run, and every line
// it shows must be a line of the real report.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;

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

}  // namespace

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
