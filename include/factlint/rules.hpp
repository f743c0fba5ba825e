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

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/set.h>

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

// How a many-valued slot splits into facts that each have one value: by the
// claim's recipient, so that "$100 million to the regulator" and "$50 million
// to the regulator" are rival values of one fine, while the fine "to the
// states" is another fact.
enum class FactKey { none, recipient };

struct Slot {
  std::string name;
  ValueType type = ValueType::person;
  Cardinality cardinality = Cardinality::one;
  // Many-valued slots: what makes claims one fact (`one_per: recipient`);
  // claims without it are compared with nothing.
  FactKey one_per = FactKey::none;
  // Date slots that say when something was reported ("disclosed in 2019
  // that ..."): other claims in the same sentence speak as of that date, not
  // as of the article's publication (see docs/findings.md, superseded).
  bool reporting_time = false;
  std::string description;               // one line: "the chief executive who resigned ..."
  std::vector<CategoryValue> categories;  // category slots: the values and their words
  // Category values that are themselves a possibility ("potential"): claims
  // of them are weak, so they never make errors.
  std::vector<std::string> weak_values;
  // Category values that any other value of the slot makes more precise
  // ("attackers" for "state-backed attackers"): named with another value,
  // they give way to it; alone, they are compatible with every other value.
  std::vector<std::string> broad_values;
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
//   qualifier  words that qualify the value ("former", "partial", "potential")
//   unit       what a number counts ("customers", "records", "gigabytes")
//   recipient  to whom an amount goes ("to the states"): see Slot::one_per
// RE2 names a group once, so a second place for the same group is named with
// a suffix: `org_2`, `hedge_2` (any name starting "org_" is an org group).
struct Pattern {
  std::string source;    // as written in the rule file, macros unexpanded
  std::string expanded;  // what RE2 compiled
  std::shared_ptr<const re2::RE2> regex;
  int value_group = -1;  // 1-based group index; -1 when absent
  std::vector<int> org_groups, hedge_groups, polarity_groups, modality_groups, qualifier_groups, unit_groups,
      recipient_groups;
  SourceLocation where;
  int filter_id = -1;  // a rule or organisation-mention pattern's index in the prefilter (RulePrefilter), or -1
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
  // The match is dropped when the words just before it, in its sentence, end
  // with this pattern ("indicate" before "compromised passwords": talk about
  // breaches in general, not this one). Compiled anchored at the end.
  std::optional<Pattern> not_after;
  std::vector<RuleExample> examples;
  std::vector<RuleExample> counter_examples;
  SourceLocation where;
};

// A mention detector (docs/rules.md, "Mentions"): patterns that find one
// kind of value wherever news writes it ("4 million customers", "early
// October"), before anything decides which slot, if any, it fills. Slots
// name the kinds they take in their evidence.
struct MentionDetector {
  std::string id;    // "count-of-people"
  std::string kind;  // what slots take: "count", "date", "money" ...
  ValueType type = ValueType::quantity;  // how the mention's words are read
  std::vector<Pattern> patterns;         // each with a `value` group
  SourceLocation where;
};

// Where a trigger (or a veto) must stand, relative to the mention it is
// evidence for: in the mention's clause before it, after it, anywhere in
// that clause, or anywhere in the sentence.
enum class TriggerPlace { before, after, clause, sentence };

// Words that are evidence for a slot ("affected", "impact*", "made public"),
// with how much they weigh and where they must stand. A word ending in "*"
// stands for any ending ("disclos*": disclosed, disclosure). Matched whole,
// ignoring case. A trigger may instead be a pattern (RE2, with macros), for
// words a list cannot say.
struct Trigger {
  std::vector<std::string> words;  // as written; a pattern trigger's one pattern, unexpanded
  double weight = 1;
  TriggerPlace place = TriggerPlace::clause;
  int within = -1;  // at most this many words between it and the mention (0: next to it); -1: anywhere in its place
  // A veto's `phrase_rules: true`: it holds for the values of the slot's
  // phrase rules too, not only for mentions weighed by evidence.
  bool phrase_rules = false;
  int set_index = -1;  // its pattern's index in RuleSet::trigger_set, or -1 (then always searched)
  std::shared_ptr<const re2::RE2> regex;  // the words, compiled once
  SourceLocation where;
};

// What makes a mention a claim of a slot (docs/rules.md, "Slot evidence"): a
// mention of a kind the slot takes becomes a claim when the weights of the
// triggers found around it reach `threshold`, no veto stands in its place,
// and no other slot has more evidence for it. A claim whose evidence
// reaches `strong` is strong, else weak; without `strong`, every claim by
// evidence is weak (it can make warnings, never errors).
// What a denied clause ("hackers did not take passwords") does to a claim of
// a mention in it. By default a count, date, amount or name is not claimed
// (a denial says nothing of what the value is) and a field list or category
// is claimed as denied ("passwords were not taken").
enum class WhenDenied {
  by_type,  // the default above
  deny,     // claimed as denied
  drop,     // not claimed: the denial is of something else ("the attackers did not take passwords")
  keep,     // claimed as if not denied: the denial is part of what the slot means ("for two years without being detected")
};

struct SlotEvidence {
  std::string slot;
  std::vector<std::string> takes;  // mention kinds: [count, share]
  WhenDenied when_denied = WhenDenied::by_type;  // `negated: deny | drop`
  double threshold = 1;
  double strong = std::numeric_limits<double>::infinity();
  std::vector<Trigger> triggers;
  std::vector<Trigger> vetoes;
  std::vector<RuleExample> examples;          // text -> the value this slot's evidence makes of it
  std::vector<RuleExample> counter_examples;  // text -> no claim of this slot
  SourceLocation where;
};

// How sentences split into clauses, and what the verb group of a clause says
// (docs/rules.md, "Grammar").
struct Grammar {
  // Where a clause ends: a clause break ends the clause it closes ("said
  // that", "; ", ", which"); the next clause starts after it.
  std::vector<std::string> clause_breaks;
  // Verbs whose "that" ends their clause when it stands within four words
  // after them: "said on Monday that" | "hackers began ...".
  std::vector<std::string> complement_verbs;
  // Words that, right after a clause break and before a number, restate the
  // figure before the break, so the break does not split there: ", which is
  // around 14,000 users" | "is", "amounts to".
  std::vector<std::string> restatements;
  // Words that, right after a break with no letter in it (a dash), open an
  // aside that closes at the same break: neither break splits. "pieces of
  // information – such as email addresses – shared" | "such as", "including".
  std::vector<std::string> aside_openers;
  std::vector<std::string> negations;   // words that negate their clause's verb: "not", "never", "no"
  std::vector<std::string> modals;      // "may", "could": the clause speaks of a possibility
  std::vector<std::string> passive_be;  // forms of "be" that make a passive with a participle: "was", "were", "been"
  std::vector<std::string> past, present, future;  // auxiliaries that set the tense: "had", "has", "will"
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
  std::vector<std::string> updates;           // words that present a value as a revision: "new total", "revised"
};

// One field of the data-field taxonomy ("email", with "email addresses", ...).
struct DataField {
  std::string id;
  std::vector<std::string> words;
  std::vector<std::string> parents;  // broader fields: "card_number" has parent "payment"
  // A field so broad that naming it alone says nothing of what was taken
  // ("personal data"): a claim by evidence that names only such fields, as
  // exposed, is not made. Said safe, it still says something.
  bool generic = false;
  // `words` as find_fields() compares them (fold_field_text()), filled by the
  // loader; when empty, find_fields() folds `words` itself.
  std::vector<std::string> folded;
};

// A country, for demonyms and populations ("a third of Canadians").
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
  // The two word lists case- and accent-folded, for lookups; made at load time.
  std::set<std::string, std::less<>> subject_references_folded, not_organisation_folded;
};

// What person names look like beyond their pattern.
struct NameRules {
  std::vector<std::string> not_name_words;  // capitalised words trimmed from a name's ends: "Mr", "Chief"
  std::vector<std::string> suffixes;        // generational suffixes left out of comparison: "Jr", "III"
  // Spellings of one name word in different romanisations ("Yu", "Ryu",
  // "Yoo"): compared as the first of their group. Lower case.
  std::vector<std::vector<std::string>> variants;
  std::vector<std::string> family_names_first;  // "lee": "Ji-hoon Lee" is compared as "Lee Ji-hoon"
  std::map<std::string, std::string> hangul_family_names;  // "박" -> "park"
};

// How numbers are written (reference/numbers.yaml).
struct VagueAmount {
  std::vector<std::string> words;  // "tens of millions"
  double lo = 0;
  std::optional<double> hi;        // none: open above ("an undisclosed number of": at least one)
};
struct NumberRules {
  std::map<std::string, double> magnitudes;  // "million" -> 1e6, "mn" -> 1e6 (abbreviations as written)
  std::vector<VagueAmount> vague;
  std::map<std::string, double> fractions;   // "third" -> 3
  std::map<std::string, std::vector<std::string>> units;  // class -> words: "people" -> [customers, ...]
  std::map<std::string, double> bytes;       // "GB" -> 1e9
  std::map<std::string, double> hedge_reach; // "below" -> 0.10
};

// How dates are written (reference/dates.yaml).
struct DateRules {
  std::map<std::string, int> months;    // lower case: "nov" -> 11
  std::map<std::string, int> weekdays;  // "wednesday" -> 3 (ISO: Monday = 1)
  std::map<std::string, std::pair<int, int>> month_parts;  // "late" -> days 16..31
  std::map<std::string, std::pair<int, int>> year_parts;   // "mid" -> months 5..8
  std::map<std::string, std::pair<int, int>> seasons;      // "winter" -> months 12..2
  std::map<std::string, int> relative;  // "last" -> -1
  std::vector<std::string> earlier, later, ago;
};

// A currency (reference/currencies.yaml).
struct Currency {
  std::string code;                      // ISO 4217
  std::vector<std::string> symbols;      // unambiguous: "US$", "€"
  std::vector<std::string> words;        // "dollars", "won"
  std::vector<std::string> default_for;  // ambiguous symbols that mean this currency by default: "$"
  std::vector<std::string> local_symbols;  // ambiguous symbols that mean it in its own countries
  std::vector<std::string> countries;
  std::map<int, double> per_usd;         // year -> units for one US dollar
};

// How close values must be to agree (reference/tolerances.yaml).
struct Tolerances {
  int date_minor_days = 1;
  double money_relative = 0.10;
  int update_min_days = 30;  // how much later an article must be to replace a value without saying so
};

// How sources earn trust and how copies are told (reference/tolerances.yaml,
// `trust`); docs/findings.md explains each.
struct TrustSettings {
  double prior = 0.8;            // a source's trust before any evidence, 0 to 1
  double shrink = 3;             // the prior counts as this many claims
  double weak_weight = 0.5;      // the vote of a weak claim, against 1 for a strong one
  double near_support = 0.3;     // how much a value a tolerance away supports another
  int false_values = 10;         // how many wrong values a fact could plausibly take
  double decisive_margin = 0.2;  // the confidence lead that makes the other sides outliers
  int copy_min_run = 3;          // identical sentences in a row that make two articles copies
  int copy_min_words = 6;        // sentences shorter than this do not count
};

// A check across slots (checks.yaml), made on each slot's consensus value.
//   order: `first` must not come after `then` ("a resignation over a breach
//          comes after it was made public")
//   span:  `start` plus `duration` must reach `end`, at most `slack_days`
//          before it ("began in June, undetected for five months, found in
//          November")
struct CrossSlotCheck {
  std::string id;
  std::string kind;  // "order" | "span"
  std::string description;
  std::string first, then;                // order
  std::string start, duration, end;       // span
  int slack_days = 0;
  SourceLocation where;
};

// Which rule patterns can match a sentence, found cheaply: RE2's FilteredRE2
// works out the literal words ("atoms") each pattern needs, one RE2::Set of
// those literals finds which occur in the sentence, and only the patterns
// whose atoms occur run their full match. Built by compile_rule_pack().
struct RulePrefilter {
  std::shared_ptr<const re2::FilteredRE2> filter;  // rule and organisation-mention patterns, by Pattern::filter_id
  std::shared_ptr<const re2::RE2::Set> atoms;      // the atoms, as literals; null when there are none
  std::size_t patterns = 0;

  // Sets `may_match[filter_id]` for every pattern that may match `sentence`,
  // and clears the rest; returns false when the scan could
  // not run (RE2 out of memory), and then every pattern must be tried.
  bool candidates(std::string_view sentence, std::vector<char>& may_match) const;
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
  NumberRules numbers;
  DateRules dates;
  std::vector<Currency> currencies;
  Tolerances tolerances;
  TrustSettings trust;
  std::vector<CrossSlotCheck> checks;
  std::vector<MentionDetector> detectors;  // in file order
  std::vector<SlotEvidence> evidence;      // at most one per slot
  Grammar grammar;
  // Built by compile_rule_pack(); null when RE2 could not build it, and then
  // every pattern is tried on every sentence (slower, the same claims).
  std::shared_ptr<const RulePrefilter> prefilter;
  // Every evidence trigger and veto pattern in one set, so that one scan of a
  // sentence says which of them stand in it at all; only those are then
  // searched for where they stand. Null when RE2 could not build it (every
  // trigger is searched: slower, the same claims).
  std::shared_ptr<const re2::RE2::Set> trigger_set;

  // The slot named `name`, or nullptr.
  const Slot* slot(std::string_view name) const;
  // The field with id `id`, or nullptr.
  const DataField* field(std::string_view id) const;
  // The country with ISO code `code`, or nullptr.
  const Country* country(std::string_view code) const;
  // The currency with ISO code `code`, or nullptr.
  const Currency* currency(std::string_view code) const;
  // The evidence of slot `name`, or nullptr when the slot has none.
  const SlotEvidence* evidence_for(std::string_view name) const;
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
