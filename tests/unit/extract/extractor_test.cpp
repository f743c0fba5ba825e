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
macros:
  PERSON: '\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)+'
  ORG: '\p{Lu}\w+'
  ORG_REF: '(?:{SUBJECT_REFERENCE}|{ORG}(?:''s)?)'
scope:
  subject_references: [its, the company]
  organisation_mentions: ['(?P<org>{ORG}) breach', '(?P<org>{ORG}) CEO']
  not_organisation_words: [The]
names:
  not_name_words: [Mr]
  suffixes: [Jr]
rules:
  - id: ceo-name-resigned
    slot: resigned_ceo
    patterns: ['(?:(?P<org>{ORG_REF})\s+)?(?:(?P<hedge>former)\s+)?CEO\s+(?P<value>{PERSON})\s+resigned']
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

std::vector<Claim> claims(std::string text, std::string subject = "Acme") {
  Result<Document> doc = make_document("doc", "story/doc.txt", std::move(text));
  REQUIRE(doc.ok());
  StoryContext story{subject, {}};
  if (!subject.empty()) story.aliases = {subject + " Inc"};
  return extract_claims(*doc, story, pack());
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

TEST_CASE("claims about another organisation are dropped") {
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

TEST_CASE("a hedge group makes the claim weak and says why") {
  const auto hedged = claims("Acme's former CEO John Roe resigned in 2019.");
  REQUIRE(hedged.size() == 1);
  CHECK(hedged[0].value == "John Roe");
  CHECK(hedged[0].strength == Strength::weak);
  CHECK(hedged[0].hedge == "former");
  const auto plain = claims("Acme's CEO John Roe resigned in 2019.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].strength == Strength::strong);
  CHECK(plain[0].hedge.empty());
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
