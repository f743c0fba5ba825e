// extract_claims(): matches become claims with exact offsets; matches about
// another organisation are dropped; context requirements hold; the best of
// overlapping matches wins; a subject can be inferred.
#include <catch2/catch.hpp>

#include "factlint/documents.hpp"
#include "factlint/extract.hpp"

using namespace factlint;

namespace {

// A small pack of its own, so these tests check the engine, not the default rules.
const RuleSet& pack() {
  static const RuleSet rules = [] {
    Result<RuleSet> r = compile_rule_pack({{"test.yaml", R"(
slots:
  - {name: resigned_ceo, type: person, cardinality: one, description: the CEO who resigned}
  - {name: ceo, type: person, yields_to: [resigned_ceo]}
  - {name: affected_count, type: quantity}
  - {name: exposed_data, type: field-set, cardinality: many}
  - {name: fine_count, type: quantity, cardinality: many, one_per: recipient}
fields:
  - {id: payment, words: [payment data]}
  - {id: names, words: [names]}
macros:
  PERSON: '\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)+'
  PERSON_OR_SURNAME: '(?:{PERSON}|\p{Lu}\p{Ll}+)'
  ORG: '\p{Lu}\w+'
  ORG_REF: '(?:{SUBJECT_REFERENCE}|{ORG}(?:''s)?)'
scope:
  subject_references: [its, the company]
  organisation_mentions: ['(?P<org>{ORG}) breach', '(?P<org>{ORG}) CEO']
  not_organisation_words: [The, In, May]
names:
  not_name_words: [Mr]
  suffixes: [Jr]
cues:
  hedges: {below: [nearly], above: [more than]}
  negations: [not exposed]
  weakening: [former]
  speculative: [possibly, believed to, may]
  reported: [reportedly]
  clause_breaks: [';', ', but']
  updates: [new total]
rules:
  - id: ceo-name-resigned
    slot: resigned_ceo
    patterns: ['(?:(?P<org>{ORG_REF})\s+)?(?:(?P<qualifier>{WEAKENING})\s+)?CEO\s+(?P<value>{PERSON})\s+resigned']
  - id: ceo-name
    slot: ceo
    patterns: ['CEO\s+(?P<value>{PERSON_OR_SURNAME})']
  - id: count
    slot: affected_count
    patterns: ['(?P<value>(?:(?P<hedge>{HEDGE})\s+)?\d+\s+million)\s+(?P<unit>customers|records)']
  - id: fields-not-exposed
    slot: exposed_data
    patterns: ['(?P<value>(?:{DATA_FIELD})(?:\s+and\s+{DATA_FIELD})*)\s+(?:was|were)\s+(?P<polarity>{NEGATION})']
  - id: fields-leaked
    slot: exposed_data
    not_after: '(?i:indicate|with)'
    patterns: ['leaked\s+(?P<value>{DATA_FIELD})']
  - id: fine-to
    slot: fine_count
    patterns: ['(?P<value>\d+\s+million)\s+(?P<recipient>to\s+the\s+\w+)']
  - id: count-of-people
    slot: affected_count
    patterns: ['(?P<value>\d[\d.eE^+]*)\s+people\s+were\s+affected']
  - id: name-resigned
    slot: resigned_ceo
    strength: weak
    context: {pattern: 'CEO', sentences_before: 1}
    patterns: ['(?P<value>{PERSON})\s+resigned']
)"}});
    REQUIRE(r.ok());
    return std::move(r).value();
  }();
  return rules;
}

std::vector<Claim> all_claims(std::string text, std::string subject = "Acme", std::vector<Diagnostic>* notes = nullptr) {
  Result<Document> doc = make_document("doc", "story/doc.txt", std::move(text));
  REQUIRE(doc.ok());
  StoryContext story{subject, {}, std::nullopt, ""};
  if (!subject.empty()) story.aliases = {subject + " Inc"};
  return extract_claims(*doc, story, pack(), notes);
}

// The claims about the subject.
std::vector<Claim> claims(std::string text, std::string subject = "Acme") {
  std::vector<Claim> out;
  for (Claim& c : all_claims(std::move(text), subject))
    if (c.about == subject) out.push_back(std::move(c));
  return out;
}

}  // namespace

TEST_CASE("a claim carries its value, canonical form, evidence and exact position") {
  const std::string text = "Intro line.\n\xE2\x80\x9CQuote\xE2\x80\x9D: Acme CEO Jane Doe-smith resigned on Monday.";
  const auto found = claims(text);
  REQUIRE(found.size() == 1);
  const Claim& c = found[0];
  CHECK(c.slot == "resigned_ceo");
  CHECK(c.value == "Jane Doe-smith");
  CHECK(c.canonical == "jane doe smith");
  CHECK(c.text == "Acme CEO Jane Doe-smith resigned");
  CHECK(text.substr(c.span.begin, c.span.size()) == c.text);
  CHECK(c.position == Position{2, 10});  // “Quote”: is 9 characters
  CHECK(c.sentence == "\xE2\x80\x9CQuote\xE2\x80\x9D: Acme CEO Jane Doe-smith resigned on Monday.");
  CHECK(text.substr(c.sentence_begin, c.sentence.size()) == c.sentence);
  CHECK(c.rule == "ceo-name-resigned");
  CHECK(c.strength == Strength::strong);
  CHECK(c.id == "doc/resigned_ceo@" + std::to_string(c.span.begin));
}

TEST_CASE("claims about another organisation are kept and labelled with it") {
  const auto labelled = all_claims("Globex CEO John Smith resigned.");
  REQUIRE(labelled.size() == 1);
  CHECK(labelled[0].about == "Globex");
  CHECK(all_claims("After the Globex breach, CEO John Smith resigned.")[0].about == "Globex");
  CHECK(all_claims("Acme CEO Jane Doe resigned.")[0].about == "Acme");
}

TEST_CASE("claims about another organisation are not the subject's") {
  CHECK(claims("Globex CEO John Smith resigned.").empty());
  CHECK(claims("After the Globex breach, CEO John Smith resigned.").empty());
  // "its" refers to the organisation named before it in the sentence...
  CHECK(claims("The Globex breach hurt its CEO John Smith resigned badly.").empty());
  // ...or to the subject when none is.
  CHECK(claims("In the end its CEO John Smith resigned.").size() == 1);
  // A name learnt from one sentence is recognised in another.
  CHECK(claims("The Globex breach was big. Globex said CEO John Smith resigned.").empty());
  // The subject, its aliases and its references are the subject.
  CHECK(claims("Acme Inc said CEO Jane Doe resigned.").size() == 1);
  CHECK(claims("The Acme breach: CEO Jane Doe resigned.").size() == 1);
}

TEST_CASE("without a subject, nothing can be told apart, so nothing is dropped") {
  CHECK(claims("Globex CEO John Smith resigned.", "").size() == 1);
}

TEST_CASE("a weak rule's context requirement is checked in the sentences before") {
  CHECK(claims("Jane Doe resigned.").empty());
  const auto found = claims("The CEO has left. Jane Doe resigned.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].strength == Strength::weak);
  CHECK(claims("The CEO has left. Nothing else. Jane Doe resigned.").empty());
}

TEST_CASE("of overlapping matches, the strong and longer one wins") {
  const auto found = claims("Acme CEO Jane Doe resigned.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "ceo-name-resigned");
}

TEST_CASE("a weakening qualifier makes the claim weak and is recorded") {
  const auto qualified = claims("Acme's former CEO John Roe resigned in 2019.");
  REQUIRE(qualified.size() == 1);
  CHECK(qualified[0].value == "John Roe");
  CHECK(qualified[0].strength == Strength::weak);
  CHECK(qualified[0].qualifier == "former");
  const auto plain = claims("Acme's CEO John Roe resigned in 2019.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].strength == Strength::strong);
  CHECK(plain[0].qualifier.empty());
}

TEST_CASE("modality cues in the clause make a claim reported or speculative") {
  const auto speculative = claims("It is believed to be true that CEO John Roe resigned.");
  REQUIRE(speculative.size() == 1);
  CHECK(speculative[0].modality == Modality::speculative);
  CHECK(speculative[0].cue == "believed to");
  CHECK(speculative[0].strength == Strength::weak);
  const auto reported = claims("Reportedly, CEO John Roe resigned.");
  REQUIRE(reported.size() == 1);
  CHECK(reported[0].modality == Modality::reported);
  CHECK(reported[0].strength == Strength::strong);
  // A cue in an earlier clause does not reach the claim, and "May" the month is no cue.
  const auto other_clause = claims("Talks may resume; CEO John Roe resigned.");
  REQUIRE(other_clause.size() == 1);
  CHECK(other_clause[0].modality == Modality::asserted);
  const auto month = claims("In May CEO John Roe resigned.");
  REQUIRE(month.size() == 1);
  CHECK(month[0].modality == Modality::asserted);
}

TEST_CASE("a match whose value is not a name makes no claim") {
  CHECK(claims("Acme CEO Mr Doe resigned.").empty());
}

TEST_CASE("infer_subject() picks the organisation named most") {
  Result<Document> a = make_document("a", "a.txt", "The Globex breach. The Initech breach. Globex CEO Jane Doe left.");
  REQUIRE(a.ok());
  CHECK(infer_subject({*a}, pack()) == "Globex");
  Result<Document> none = make_document("b", "b.txt", "Nothing here.");
  REQUIRE(none.ok());
  CHECK(infer_subject({*none}, pack()).empty());
}

namespace {
std::vector<Claim> of_slot(const std::vector<Claim>& claims, std::string_view slot) {
  std::vector<Claim> out;
  for (const Claim& c : claims)
    if (c.slot == slot) out.push_back(c);
  return out;
}
}  // namespace

TEST_CASE("a slot yields to the slots it names when their claims overlap") {
  const auto found = claims("Acme CEO Jane Doe resigned on Monday.");
  CHECK(of_slot(found, "resigned_ceo").size() == 1);
  CHECK(of_slot(found, "ceo").empty());
  CHECK(of_slot(claims("Acme CEO Jane Doe spoke on Monday."), "ceo").size() == 1);
}

TEST_CASE("a surname alone is read as the person named earlier in the article") {
  const auto found = of_slot(claims("Acme CEO Jane Doe resigned. Later, CEO Doe spoke."), "ceo");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "Jane Doe");
  CHECK(found[0].text == "CEO Doe");
  CHECK(of_slot(claims("Later, CEO Doe spoke."), "ceo").empty());
}

TEST_CASE("hedge, its meaning and the unit are kept on the claim") {
  const auto found = of_slot(claims("The leak hit nearly 34 million customers."), "affected_count");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "nearly 34 million");
  CHECK(found[0].hedge == "nearly");
  CHECK(found[0].mod == "below");
  CHECK(found[0].unit == "customers");
  CHECK(found[0].strength == Strength::strong);  // a bound is not a doubt
}

TEST_CASE("a polarity group makes a negative claim") {
  const auto found = of_slot(claims("Acme said payment data and names were not exposed."), "exposed_data");
  REQUIRE(found.size() == 1);
  CHECK(found[0].polarity == Polarity::negative);
  CHECK(found[0].canonical == "-names -payment");
}

TEST_CASE("a rule's not_after drops a match that follows those words") {
  CHECK(of_slot(claims("The hackers leaked names last week."), "exposed_data").size() == 1);
  CHECK(of_slot(claims("Tools flag logins that indicate leaked names."), "exposed_data").empty());
  CHECK(of_slot(claims("They logged in with leaked names."), "exposed_data").empty());
}

TEST_CASE("the recipient group and update cues are kept on the claim") {
  const auto found = of_slot(claims("Acme must pay 4 million to the regulator, a new total."), "fine_count");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "4 million");
  CHECK(found[0].recipient == "to the regulator");
  CHECK(found[0].update_cue == "new total");
  CHECK(of_slot(claims("Acme must pay 4 million to the regulator."), "fine_count")[0].update_cue.empty());
}

TEST_CASE("a value out of range makes no claim, and a note at its place says what it holds") {
  std::vector<Diagnostic> notes;
  const std::string nines(320, '9');
  const auto found = all_claims("Acme said 1e400 people were affected.\nAcme said 3 people were affected.\n"
                                "Nothing here.\nAcme said " + nines + " people were affected.\n"
                                "Acme said 10^400 people were affected. Acme said 1e6 people were affected.",
                                "Acme", &notes);
  std::vector<std::string> values;
  for (const Claim& c : found) values.push_back(c.slot + " " + c.canonical);
  CHECK(values == std::vector<std::string>{"affected_count [2.5,3.5]", "affected_count [999999.5,1000000.5]"});
  REQUIRE(notes.size() == 3);
  CHECK(notes[0].file == "story/doc.txt");
  CHECK((notes[0].line == 1 && notes[0].column == 11));
  CHECK(notes[0].message == "affected_count: \"1e400\" holds a number out of range (larger than 10^18, or too long to read): "
                            "no claim is made of it");
  CHECK(notes[1].line == 4);
  CHECK(notes[1].message.find("\"" + nines.substr(0, 60) + "\u2026\" holds a number out of range") != std::string::npos);
  CHECK((notes[2].line == 5 && notes[2].message.find("\"10^400\"") != std::string::npos));
}
