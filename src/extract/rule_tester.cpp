// Rule self-tests: each rule run alone over its own examples. Entry point:
// run_rule_tests().
#include <fmt/format.h>

#include "factlint/documents.hpp"
#include "factlint/extract.hpp"
#include "factlint/person_name.hpp"
#include "factlint/rule_tests.hpp"
#include "text/text.hpp"

namespace factlint {
namespace {

std::string describe(const std::vector<Claim>& claims) {
  if (claims.empty()) return "nothing";
  std::string out;
  for (const Claim& c : claims) out += fmt::format("{}'{}' (from \"{}\")", out.empty() ? "" : ", ", c.value, c.text);
  return out;
}

// Whether one of `claims` has the value `expected`: for people, the same
// person; otherwise the same display or canonical form, ignoring case.
bool yields(const std::vector<Claim>& claims, const std::string& expected, const NameRules& names) {
  const std::optional<PersonName> want = parse_person_name(expected, names);
  const std::string wanted = detail::ascii_lower(expected);
  for (const Claim& c : claims) {
    if (c.type == ValueType::person && want) {
      if (same_person(c.canonical, want->canonical)) return true;
    } else if (detail::ascii_lower(c.value) == wanted || detail::ascii_lower(c.canonical) == wanted) {
      return true;
    }
  }
  return false;
}

// Runs `cases` (examples when `with_value`, else counter-examples) through
// `claims_of`, counting them and each failure in `summary`.
template <class ClaimsOf>
void run_cases(const std::vector<RuleExample>& cases, bool with_value, std::string_view name, const RuleSet& rules,
               ClaimsOf&& claims_of, RuleTestSummary& summary) {
  for (const RuleExample& example : cases) {
    ++summary.cases;
    // The claims a case yields about its subject: claims about other
    // organisations are what counter-examples are often written to show.
    std::vector<Claim> claims;
    if (Result<Document> doc = make_document("example", example.where.file, example.text)) {
      for (Claim& c : claims_of(*doc, StoryContext{example.subject, {}, std::nullopt, ""}))
        if (c.about == example.subject) claims.push_back(std::move(c));
    }
    if (with_value && !yields(claims, example.value, rules.names)) {
      ++summary.failed_cases;
      summary.failures.push_back({example.where.file, example.where.line, example.where.column,
                                  fmt::format("{}: \"{}\" should yield '{}', got {}", name, example.text, example.value,
                                              describe(claims)),
                                  ""});
    } else if (!with_value && !claims.empty()) {
      ++summary.failed_cases;
      summary.failures.push_back({example.where.file, example.where.line, example.where.column,
                                  fmt::format("{}: counter-example \"{}\" should yield nothing, got {}", name,
                                              example.text, describe(claims)),
                                  ""});
    }
  }
}

}  // namespace

RuleTestSummary run_rule_tests(const RuleSet& rules) {
  RuleTestSummary summary;
  for (const SlotEvidence& evidence : rules.evidence) {
    ++summary.rules;
    if (evidence.examples.size() < 2 || evidence.counter_examples.empty()) {
      ++summary.incomplete_rules;
      summary.failures.push_back({evidence.where.file, evidence.where.line, evidence.where.column,
                                  fmt::format("the evidence of slot '{}' has {} example{} and {} counter-example{}",
                                              evidence.slot, evidence.examples.size(),
                                              evidence.examples.size() == 1 ? "" : "s", evidence.counter_examples.size(),
                                              evidence.counter_examples.size() == 1 ? "" : "s"),
                                  "every slot's evidence needs at least two examples and one counter-example"});
    }
    auto claims_of = [&](const Document& doc, const StoryContext& story) {
      return extract_claims(doc, story, rules, evidence);
    };
    const std::string name = fmt::format("the evidence of slot '{}'", evidence.slot);
    run_cases(evidence.examples, true, name, rules, claims_of, summary);
    run_cases(evidence.counter_examples, false, name, rules, claims_of, summary);
  }
  for (const Rule& rule : rules.rules) {
    ++summary.rules;
    if (rule.examples.size() < 2 || rule.counter_examples.empty()) {
      ++summary.incomplete_rules;
      summary.failures.push_back({rule.where.file, rule.where.line, rule.where.column,
                                  fmt::format("rule '{}' has {} example{} and {} counter-example{}", rule.id,
                                              rule.examples.size(), rule.examples.size() == 1 ? "" : "s",
                                              rule.counter_examples.size(), rule.counter_examples.size() == 1 ? "" : "s"),
                                  "every rule needs at least two examples and one counter-example"});
    }
    // The claims a case yields about its subject: claims about other
    // organisations are what counter-examples are often written to show.
    auto run = [&](const RuleExample& example) {
      ++summary.cases;
      std::vector<Claim> about_subject;
      Result<Document> doc = make_document("example", example.where.file, example.text);
      if (!doc) return about_subject;
      for (Claim& c : extract_claims(*doc, StoryContext{example.subject, {}, std::nullopt, ""}, rules, rule))
        if (c.about == example.subject) about_subject.push_back(std::move(c));
      return about_subject;
    };
    for (const RuleExample& example : rule.examples) {
      const std::vector<Claim> claims = run(example);
      if (!yields(claims, example.value, rules.names)) {
        ++summary.failed_cases;
        summary.failures.push_back({example.where.file, example.where.line, example.where.column,
                                    fmt::format("rule '{}': \"{}\" should yield '{}', got {}", rule.id, example.text,
                                                example.value, describe(claims)),
                                    ""});
      }
    }
    for (const RuleExample& counter : rule.counter_examples) {
      const std::vector<Claim> claims = run(counter);
      if (!claims.empty()) {
        ++summary.failed_cases;
        summary.failures.push_back({counter.where.file, counter.where.line, counter.where.column,
                                    fmt::format("rule '{}': counter-example \"{}\" should yield nothing, got {}", rule.id,
                                                counter.text, describe(claims)),
                                    ""});
      }
    }
  }
  return summary;
}

std::vector<std::pair<const Rule*, int>> rule_coverage(const RuleSet& rules, const Report& report) {
  std::vector<std::pair<const Rule*, int>> counts;
  for (const Rule& rule : rules.rules) counts.emplace_back(&rule, 0);
  for (const StoryReport& story : report.stories)
    for (const Claim& claim : story.claims)
      for (auto& [rule, count] : counts)
        if (rule->id == claim.rule) ++count;
  return counts;
}

}  // namespace factlint
