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

// One value of a category slot ("insider") and the words that name it
// ("former employee", "insider", ...).
struct CategoryValue {
  std::string id;
  std::vector<std::string> words;
};

struct Slot {
  std::string name;
  ValueType type = ValueType::person;
  Cardinality cardinality = Cardinality::one;
  std::string description;               // one line: "the chief executive who resigned ..."
  std::vector<CategoryValue> categories;  // category slots: the values and their words
  // Slots whose claims say more about the same words: a claim of this slot
  // whose words overlap a claim of one of these is dropped ("CEO Jane Doe
  // resigned" is a resigned_ceo claim, not also a ceo claim).
  std::vector<std::string> yields_to;
  SourceLocation where;
};

// A compiled RE2 pattern. Named groups, all but `value` optional:
//   value      the words that hold the value (required in rule patterns)
//   org        the organisation the words attach the value to ("its" in "its CEO")
//   hedge      a bound on a number ("nearly", "more than"): see Cues::hedges
//   polarity   a negation or safety cue ("were not compromised"): the claim is negative
//   modality   an attribution or speculation cue ("reportedly", "possibly")
//   qualifier  words that qualify the value ("former", "partial", "potential", "to the states")
//   unit       what a number counts ("customers", "records", "gigabytes")
// RE2 names a group once, so a second place for the same group is named with
// a suffix: `org_2`, `hedge_2` (any name starting "org_" is an org group).
struct Pattern {
  std::string source;    // as written in the rule file, macros unexpanded
  std::string expanded;  // what RE2 compiled
  std::shared_ptr<const re2::RE2> regex;
  int value_group = -1;  // 1-based group index; -1 when absent
  std::vector<int> org_groups, hedge_groups, polarity_groups, modality_groups, qualifier_groups, unit_groups;
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
  Polarity polarity = Polarity::positive;  // negative: every claim of the rule says "not"
  std::vector<Pattern> patterns;
  std::optional<ContextRequirement> context;
  std::vector<RuleExample> examples;
  std::vector<RuleExample> counter_examples;
  SourceLocation where;
};

// Cue words (docs/rules.md, "Cues"). Lists also become macros usable in
// patterns: {HEDGE}, {NEGATION}, {REPORTED}, {SPECULATIVE}, {WEAKENING},
// {FIELD_QUALIFIER}.
struct Cues {
  // Bounds on numbers, by meaning: "below" (nearly X), "above" (more than X),
  // "at_least", "at_most" (up to X), "approximate" (about X).
  std::map<std::string, std::vector<std::string>> hedges;
  std::vector<std::string> negations;    // "not compromised", "were safe", "spared"
  std::vector<std::string> reported;     // "reportedly", "according to": still asserted by someone
  std::vector<std::string> speculative;  // "possibly", "believed to": a claim that may not hold
  std::vector<std::string> weakening;    // qualifiers that loosen a claim: "former"
  std::vector<std::string> field_qualifiers;  // words before a data field: "partial", "in some cases"
  std::vector<std::string> clause_breaks;     // where a clause starts, for modality cues: ";", ", but"
};

// One field of the data-field taxonomy ("email", with "email addresses", ...).
struct DataField {
  std::string id;
  std::vector<std::string> words;
  std::vector<std::string> parents;  // broader fields: "card_number" has parent "payment"
};

// A country, for demonyms and populations ("two-thirds of Koreans").
struct Country {
  std::string code;  // ISO 3166-1 alpha-2
  std::vector<std::string> names;
  std::vector<std::string> demonyms;
  double population = 0;
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
  // Spellings of one name word in different romanisations ("Yu", "Ryu",
  // "Yoo"): compared as the first of their group. Lower case.
  std::vector<std::vector<std::string>> variants;
};

struct RuleSet {
  std::vector<Slot> slots;
  std::vector<Rule> rules;   // in file order, then order within a file
  std::map<std::string, std::string> macros;  // name -> pattern, as written or generated
  ScopeRules scope;
  NameRules names;
  Cues cues;
  std::vector<DataField> fields;
  std::vector<Country> countries;

  // The slot named `name`, or nullptr.
  const Slot* slot(std::string_view name) const;
  // The field with id `id`, or nullptr.
  const DataField* field(std::string_view id) const;
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
