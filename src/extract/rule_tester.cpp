// Rule self-tests: each rule run alone over its own examples. Entry point:
// run_rule_tests().
#include <fmt/format.h>

#include "factlint/documents.hpp"
#include "factlint/extract.hpp"
#include "factlint/person_name.hpp"
#include "factlint/rule_tests.hpp"

namespace factlint {
namespace {

std::string describe(const std::vector<Claim>& claims) {
  if (claims.empty()) return "nothing";
  std::string out;
  for (const Claim& c : claims) out += fmt::format("{}'{}' (from \"{}\")", out.empty() ? "" : ", ", c.value, c.text);
  return out;
}

bool yields(const std::vector<Claim>& claims, const std::string& expected, const NameRules& names) {
  const std::optional<PersonName> want = parse_person_name(expected, names);
  for (const Claim& c : claims) {
    if (want ? same_person(c.canonical, want->canonical) : c.value == expected) return true;
  }
  return false;
}

}  // namespace

RuleTestSummary run_rule_tests(const RuleSet& rules) {
  RuleTestSummary summary;
  for (const Rule& rule : rules.rules) {
    ++summary.rules;
    auto run = [&](const RuleExample& example) {
      ++summary.cases;
      Result<Document> doc = make_document("example", example.where.file, example.text);
      if (!doc) return std::vector<Claim>{};
      return extract_claims(*doc, StoryContext{example.subject, {}}, rules, rule);
    };
    for (const RuleExample& example : rule.examples) {
      const std::vector<Claim> claims = run(example);
      if (!yields(claims, example.value, rules.names)) {
        summary.failures.push_back({example.where.file, example.where.line, example.where.column,
                                    fmt::format("rule '{}': expected '{}', got {}", rule.id, example.value, describe(claims)),
                                    fmt::format("text: \"{}\"", example.text)});
      }
    }
    for (const RuleExample& counter : rule.counter_examples) {
      const std::vector<Claim> claims = run(counter);
      if (!claims.empty()) {
        summary.failures.push_back({counter.where.file, counter.where.line, counter.where.column,
                                    fmt::format("rule '{}': counter-example should yield nothing, got {}", rule.id,
                                                describe(claims)),
                                    fmt::format("text: \"{}\"", counter.text)});
      }
    }
  }
  return summary;
}

}  // namespace factlint
