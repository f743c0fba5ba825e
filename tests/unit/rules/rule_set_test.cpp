// compile_rule_pack(): a valid pack compiles; every kind of mistake is
// reported at its file:line:column with what is wrong.
#include <catch2/catch.hpp>

#include <re2/re2.h>

#include "factlint/rules.hpp"

using namespace factlint;

namespace {

const char* kSlots = R"(slots:
  - name: resigned_ceo
    type: person
    cardinality: one
    description: the CEO who resigned
)";

Result<RuleSet> compile(std::string rules_text) {
  return compile_rule_pack({{"slots.yaml", kSlots}, {"rules.yaml", std::move(rules_text)}});
}

Diagnostic only_error(std::string rules_text) {
  Result<RuleSet> pack = compile(std::move(rules_text));
  REQUIRE_FALSE(pack.ok());
  REQUIRE(pack.errors().size() == 1);
  return pack.errors().front();
}

}  // namespace

TEST_CASE("a valid pack compiles, with macros from any file") {
  Result<RuleSet> pack = compile_rule_pack({
      {"a.yaml", R"(rules:
  - id: ceo-resigned
    slot: resigned_ceo
    strength: weak
    patterns: ['CEO (?P<value>{NAME}) resigned']
    context: {pattern: 'breach', sentences_before: 1}
    examples:
      - {text: CEO Jane Doe resigned., value: Jane Doe}
    counter_examples: [Jane Doe resigned.]
)"},
      {"b.yaml", std::string(kSlots) + "macros:\n  NAME: '\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+'\n"},
  });
  REQUIRE(pack.ok());
  REQUIRE(pack->rules.size() == 1);
  const Rule& rule = pack->rules[0];
  CHECK(rule.strength == Strength::weak);
  REQUIRE(rule.patterns.size() == 1);
  CHECK(rule.patterns[0].value_group == 1);
  CHECK(RE2::FullMatch("CEO Jane Doe resigned", *rule.patterns[0].regex));
  REQUIRE(rule.context.has_value());
  CHECK(rule.context->sentences_before == 1);
  CHECK(rule.examples.size() == 1);
  CHECK(rule.examples[0].subject == "Acme");
  CHECK(rule.counter_examples.size() == 1);
  CHECK(pack->slot("resigned_ceo")->type == ValueType::person);
}

TEST_CASE("SUBJECT_REFERENCE is built from the scope's references") {
  Result<RuleSet> pack = compile_rule_pack({
      {"slots.yaml", kSlots},
      {"scope.yaml", "scope:\n  subject_references: [its, the company]\n  organisation_mentions: ['(?P<org>\\p{Lu}\\w+) CEO']\n"},
      {"r.yaml", "rules:\n  - id: r\n    slot: resigned_ceo\n    patterns: ['{SUBJECT_REFERENCE} CEO (?P<value>\\w+)']\n"},
  });
  REQUIRE(pack.ok());
  const RE2& regex = *pack->rules[0].patterns[0].regex;
  CHECK(RE2::FullMatch("its CEO Doe", regex));
  CHECK(RE2::FullMatch("The company's CEO Doe", regex));
  CHECK_FALSE(RE2::FullMatch("Globex CEO Doe", regex));
  CHECK(pack->scope.organisation_mentions.size() == 1);
}

TEST_CASE("mistakes in a rule file are reported where they are") {
  SECTION("invalid YAML") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    patterns: ['unclosed\n");
    CHECK(e.file == "rules.yaml");
    CHECK(e.line > 0);
    CHECK(e.message.rfind("invalid YAML", 0) == 0);
  }
  SECTION("a regex RE2 rejects") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    slot: resigned_ceo\n    patterns:\n      - '(?P<value>a'\n");
    CHECK(e.line == 5);
    CHECK(e.column == 9);
    CHECK(e.message.find("RE2 rejects this pattern: missing )") != std::string::npos);
  }
  SECTION("a look-ahead, which RE2 does not have") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    slot: resigned_ceo\n    patterns: ['(?=a)(?P<value>a)']\n");
    CHECK(e.line == 4);
    CHECK(e.hint.find("look-arounds") != std::string::npos);
  }
  SECTION("an unknown key, with a suggestion") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    slot: resigned_ceo\n    pattern: ['(?P<value>a)']\n    patterns: ['(?P<value>a)']\n");
    CHECK(e.line == 4);
    CHECK(e.column == 5);
    CHECK(e.message == "unknown key 'pattern' in a rule");
    CHECK(e.hint == "did you mean 'patterns'?");
  }
  SECTION("a pattern without a value group") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    slot: resigned_ceo\n    patterns: ['CEO \\w+']\n");
    CHECK(e.message == "the pattern has no named group 'value'");
  }
  SECTION("an unknown macro") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    slot: resigned_ceo\n    patterns: ['{NOPE} (?P<value>a)']\n");
    CHECK(e.message == "unknown macro {NOPE}");
  }
  SECTION("an unknown slot") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    slot: resigned_cfo\n    patterns: ['(?P<value>a)']\n");
    CHECK(e.line == 3);
    CHECK(e.message == "unknown slot 'resigned_cfo'");
  }
  SECTION("a rule id used twice") {
    const Diagnostic e = only_error(
        "rules:\n  - id: x\n    slot: resigned_ceo\n    patterns: ['(?P<value>a)']\n"
        "  - id: x\n    slot: resigned_ceo\n    patterns: ['(?P<value>b)']\n");
    CHECK(e.line == 5);
    CHECK(e.message == "rule id 'x' is used twice");
  }
  SECTION("an unknown strength") {
    const Diagnostic e = only_error("rules:\n  - id: x\n    slot: resigned_ceo\n    strength: medium\n    patterns: ['(?P<value>a)']\n");
    CHECK(e.message == "unknown strength 'medium'");
  }
}

TEST_CASE("a currency without a code is one error at the currency, not an exception (found by fuzzing)") {
  const Diagnostic d = only_error("currencies:\n  - symbols: [X$]\n    words: [xollars]\n");
  CHECK(d.file == "rules.yaml");
  CHECK(d.line == 2);
  CHECK(d.column == 5);
  CHECK(d.message == "missing required key 'code'");
}

TEST_CASE("every problem is reported, not only the first") {
  Result<RuleSet> pack = compile("rules:\n  - id: x\n    slot: nope\n    patterns: ['(']\n  - id: Y!\n    slot: resigned_ceo\n    patterns: ['(?P<value>a)']\n");
  REQUIRE_FALSE(pack.ok());
  CHECK(pack.errors().size() == 3);
}

TEST_CASE("a broken macro is reported where it is defined") {
  Result<RuleSet> pack = compile_rule_pack({{"m.yaml", "macros:\n  OK: 'a'\n  BAD: '(b'\n"}});
  REQUIRE_FALSE(pack.ok());
  CHECK(pack.errors().front().line == 3);
  CHECK(pack.errors().front().message.find("RE2 rejects macro BAD") == 0);
}

TEST_CASE("cues, fields, countries, names and categories load, and their lists become macros") {
  Result<RuleSet> pack = compile_rule_pack({{"pack.yaml", R"(
slots:
  - name: perpetrator
    type: category
    values:
      insider: [former employee, insider]
      state_actor: [state-sponsored]
  - name: ceo
    type: person
    yields_to: [resigned_ceo]
  - {name: resigned_ceo, type: person}
cues:
  hedges: {below: [nearly], above: [more than]}
  negations: [were safe]
  reported: [reportedly]
  speculative: [possibly]
  weakening: [former]
  field_qualifiers: [partial]
  clause_breaks: [';']
fields:
  - {id: payment, words: [payment data]}
  - {id: card_number, words: [card numbers], parents: [payment]}
countries:
  - {code: KR, names: [South Korea], demonyms: [Koreans], population: 51700000}
names:
  variants: [[yu, ryu]]
rules:
  - id: r
    slot: perpetrator
    patterns: ['(?P<hedge>{HEDGE}) (?P<value>{PERPETRATOR_VALUE}) (?P<polarity>{NEGATION}) {DATA_FIELD} {DEMONYM} {WEAKENING} {FIELD_QUALIFIER} {REPORTED} {SPECULATIVE}']
)"}});
  REQUIRE(pack.ok());
  const Slot* perpetrator = pack->slot("perpetrator");
  REQUIRE(perpetrator != nullptr);
  REQUIRE(perpetrator->categories.size() == 2);
  CHECK(perpetrator->categories[0].id == "insider");
  CHECK(pack->slot("ceo")->yields_to == std::vector<std::string>{"resigned_ceo"});
  CHECK(pack->cues.hedges.at("below") == std::vector<std::string>{"nearly"});
  CHECK(pack->field("card_number")->parents == std::vector<std::string>{"payment"});
  CHECK(pack->countries.at(0).population == 51700000);
  CHECK(pack->names.variants.at(0) == std::vector<std::string>{"yu", "ryu"});
  const Pattern& p = pack->rules[0].patterns[0];
  CHECK(p.hedge_groups.size() == 1);
  CHECK(p.polarity_groups.size() == 1);
  CHECK(RE2::FullMatch("Nearly former employee were safe card numbers Koreans former partial reportedly possibly", *p.regex));
}

TEST_CASE("mistakes in the new sections are reported where they are") {
  auto first_error = [](const std::string& text) {
    Result<RuleSet> pack = compile_rule_pack({{"pack.yaml", text}});
    REQUIRE_FALSE(pack.ok());
    return pack.errors().front();
  };
  CHECK(first_error("slots:\n  - {name: p, type: category}\n").message == "category slot 'p' lists no values");
  CHECK(first_error("slots:\n  - {name: p, type: person, values: {a: [b]}}\n").message ==
        "only category slots have 'values'");
  CHECK(first_error("slots:\n  - {name: p, type: person, yields_to: [nope]}\n").message ==
        "'yields_to' names an unknown slot 'nope'");
  CHECK(first_error("fields:\n  - {id: card, words: [cards], parents: [money]}\n").message ==
        "'parents' names an unknown field 'money'");
  CHECK(first_error("cues:\n  hedges: {sort_of: [kinda]}\n").message == "unknown key 'sort_of' in 'cues.hedges'");
  CHECK(first_error("countries:\n  - {code: kr, population: 5}\n").message == "'kr' is not an ISO 3166-1 code");
  CHECK(first_error("macros:\n  HEDGE: 'x'\n").message.find("macro HEDGE is built in") == 0);
  const Diagnostic polarity = first_error(
      "slots:\n  - {name: s, type: person}\nrules:\n  - {id: r, slot: s, polarity: maybe, patterns: ['(?P<value>a)']}\n");
  CHECK(polarity.message == "unknown polarity 'maybe'");
  CHECK(polarity.line == 4);
}

TEST_CASE("slots' one_per and reporting_time, trust settings and cross-slot checks load and are checked") {
  const std::string slots = R"(slots:
  - {name: fine, type: money, cardinality: many, one_per: recipient}
  - {name: disclosed, type: date, reporting_time: true}
  - {name: resigned, type: date}
  - {name: started, type: date}
  - {name: undetected, type: duration}
)";
  Result<RuleSet> pack = compile_rule_pack({{"pack.yaml", slots + R"(trust: {prior: 0.7, copy_min_run: 4}
checks:
  - {id: order-check, kind: order, description: d, first: disclosed, then: resigned}
  - {id: span-check, kind: span, description: d, start: started, duration: undetected, end: disclosed, slack_days: 9}
)"}});
  REQUIRE(pack.ok());
  CHECK(pack->slot("fine")->one_per == FactKey::recipient);
  CHECK(pack->slot("disclosed")->reporting_time);
  CHECK(pack->trust.prior == Approx(0.7));
  CHECK(pack->trust.copy_min_run == 4);
  REQUIRE(pack->checks.size() == 2);
  CHECK(pack->checks[0].kind == "order");
  CHECK(pack->checks[1].slack_days == 9);

  auto first_error = [&](const std::string& text) {
    Result<RuleSet> broken = compile_rule_pack({{"pack.yaml", slots + text}});
    REQUIRE_FALSE(broken.ok());
    return broken.errors().front();
  };
  const Diagnostic kind = first_error("checks:\n  - {id: c, kind: sideways, description: d}\n");
  CHECK(kind.message == "unknown check kind 'sideways'");
  CHECK(kind.line == 8);
  CHECK(first_error("checks:\n  - {id: c, kind: order, description: d, first: nope, then: resigned}\n").message ==
        "'first' names an unknown slot 'nope'");
  CHECK(first_error("checks:\n  - {id: c, kind: order, description: d, first: fine, then: resigned}\n").message ==
        "'first' must name a single-valued date slot; 'fine' is not one");
  CHECK(first_error("checks:\n  - {id: c, kind: order, description: d, first: disclosed}\n").message ==
        "this check needs 'then', a date slot");
  CHECK(first_error("trust: {prior: 1.5}\n").message == "'prior' must be between 0.01 and 0.99");
  CHECK(compile_rule_pack({{"p.yaml", "slots:\n  - {name: x, type: money, one_per: recipient}\n"}}).errors().front().message ==
        "only many-valued slots have 'one_per'");
  CHECK(compile_rule_pack({{"p.yaml", "slots:\n  - {name: x, type: person, reporting_time: true}\n"}}).errors().front().message ==
        "only date slots have 'reporting_time'");
}
