// The examples in docs/values.md are real: each "$ factlint normalize ..."
// block is run, and its output must be the JSON the block shows.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;

namespace {

struct Example {
  std::string command;  // the line after "$ factlint "
  std::string output;
};

std::vector<Example> examples(const std::string& markdown) {
  std::vector<Example> out;
  std::istringstream lines(markdown);
  std::string line;
  Example* current = nullptr;
  while (std::getline(lines, line)) {
    if (line.rfind("$ factlint normalize ", 0) == 0) {
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
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/docs/values.md");
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  const std::vector<Example> found = examples(text.str());
  CHECK(found.size() >= 15);
  for (const Example& e : found) {
    INFO(e.command);
    const auto run = run_factlint(words(e.command));
    CHECK(run.exit_code == 0);
    CHECK(nlohmann::json::parse(run.out) == nlohmann::json::parse(e.output));
  }
}
