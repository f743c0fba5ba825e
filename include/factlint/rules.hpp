// Rule packs: what news writing looks like, as data. Entry points:
// load_rule_pack() reads a folder of YAML files; compile_rule_pack() does the
// same from text already in memory. Both validate everything and compile every
// pattern up front, so that extraction only matches. The format is documented
// in docs/rules.md.
//
//   Result<RuleSet> pack = factlint::load_rule_pack("rules");
//   if (!pack) { /* pack.errors(): one Diagnostic per problem, file:line:col */ }
//   pack->slot("resigned_ceo")->type;   // ValueType::person
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/claim.hpp"
#include "factlint/model/diagnostic.hpp"
#include "factlint/model/value_type.hpp"

namespace re2 {
class RE2;
}

namespace factlint {

// Where something was written in a rule file (1-based).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

// How many values a story has for a slot: one (the CEO who resigned) or many
// (the kinds of data exposed). Only single-valued slots can contradict by
// naming different values.
enum class Cardinality { one, many };

struct Slot {
  std::string name;
  ValueType type = ValueType::person;
  Cardinality cardinality = Cardinality::one;
  std::string description;  // one line: "the chief executive who resigned ..."
  SourceLocation where;
};

// A compiled RE2 pattern. Named groups: `value` (required in rule patterns,
// the words that hold the value) and `org` (optional: the organisation the
// matched words attach the value to, such as "its" in "its CEO"). Since RE2
// names a group once, a pattern with two places for the organisation names
// the second `org_2` (any name starting "org_" counts). Optional `hedge`
// groups (`hedge`, `hedge_2`, ...) capture words that loosen the claim
// ("former" in "former CEO X"): when one takes part in a match, the claim is
// weak, whatever the rule.
struct Pattern {
  std::string source;    // as written in the rule file, macros unexpanded
  std::string expanded;  // what RE2 compiled
  std::shared_ptr<const re2::RE2> regex;
  int value_group = -1;         // 1-based group index; -1 when absent
  std::vector<int> org_groups;  // `org`, then `org_*` groups in pattern order
  std::vector<int> hedge_groups;  // `hedge`, then `hedge_*` groups in pattern order
  SourceLocation where;
};

// A rule may require words near its match: `pattern` must match in the same
// sentence or in one of the `sentences_before` sentences before it.
struct ContextRequirement {
  Pattern pattern;
  int sentences_before = 0;
};

// A rule's self-test: `text` must yield `value` (an example) or nothing (a
// counter-example, `value` empty), read as if the story's subject were
// `subject` (default "Acme").
struct RuleExample {
  std::string text;
  std::string value;
  std::string subject;
  SourceLocation where;
};

struct Rule {
  std::string id;
  std::string slot;
  std::string description;
  Strength strength = Strength::strong;
  std::vector<Pattern> patterns;
  std::optional<ContextRequirement> context;
  std::vector<RuleExample> examples;
  std::vector<RuleExample> counter_examples;
  SourceLocation where;
};

// How to tell whether words are about the story's subject (see docs/rules.md).
struct ScopeRules {
  std::vector<std::string> subject_references;      // "its", "the company": refer back to the subject
  std::vector<Pattern> organisation_mentions;       // each with an `org` group: "(?P<org>...) breach"
  std::vector<std::string> not_organisation_words;  // capitalised words that are not names: "The", "Former"
};

// What person names look like beyond their pattern.
struct NameRules {
  std::vector<std::string> not_name_words;  // capitalised words trimmed from a name's ends: "Mr", "Chief"
  std::vector<std::string> suffixes;        // generational suffixes left out of comparison: "Jr", "III"
};

struct RuleSet {
  std::vector<Slot> slots;
  std::vector<Rule> rules;   // in file order, then order within a file
  std::map<std::string, std::string> macros;  // name -> pattern, as written
  ScopeRules scope;
  NameRules names;

  // The slot named `name`, or nullptr.
  const Slot* slot(std::string_view name) const;
};

// One rule file's text, for compile_rule_pack().
struct RuleFile {
  std::string path;
  std::string text;
};

// Parses, validates and compiles rule files into one RuleSet. On failure,
// returns one Diagnostic per problem found (bad YAML, unknown or duplicate
// key, value of the wrong type, unknown slot or macro, a regex RE2 rejects, a
// rule pattern without a `value` group...), each naming file:line:column.
Result<RuleSet> compile_rule_pack(const std::vector<RuleFile>& files);

// Reads every *.yaml file under `dir` (recursively, in path order) and
// compiles them. Fails when `dir` cannot be read or holds no rule file.
Result<RuleSet> load_rule_pack(const std::string& dir);

}  // namespace factlint
