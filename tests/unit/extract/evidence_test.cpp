// Mentions, clauses and slot evidence (src/extract/mentions.cpp, clauses.cpp,
// evidence.cpp, explain.cpp), on a small pack of their own so that these
// tests check the engine, not the default rules: a mention becomes a claim
// of the slot with the most evidence; triggers count only in their place and
// distance; a veto or a negated clause makes no claim; the nearest trigger
// settles a tie; rules' values are not claimed again; explanations say why.
#include <catch2/catch.hpp>

#include <algorithm>

#include <fmt/format.h>

#include "extract/clauses.hpp"
#include "extract/evidence.hpp"
#include "extract/mentions.hpp"
#include "factlint/documents.hpp"
#include "factlint/extract.hpp"

using namespace factlint;

namespace {

const RuleSet& pack() {
  static const RuleSet rules = [] {
    Result<RuleSet> r = compile_rule_pack({{"test.yaml", R"(
slots:
  - {name: affected_count, type: quantity}
  - {name: published_count, type: quantity}
  - {name: start_date, type: date}
  - {name: disclosure_date, type: date}
  - name: perpetrator
    type: category
    values: {state_actor: [state-backed], attackers: [hackers]}
    broad_values: [attackers]
macros:
  AMOUNT: '\d+(?:\.\d+)?(?:\s+million)?'
  DATE: '(?:March|May|June)\s+\d{1,2}|Monday|Friday'
grammar:
  clause_breaks: ['; ', ', which ', ' -- ']
  aside_openers: [such as]
  complement_verbs: [said]
  restatements: [is]
  negations: [not, never, no]
  modals: [may, could]
  passive_be: [was, were, been]
  past: [was, were, had]
  present: [is, are, has]
  future: [will]
mentions:
  - id: count-of-people
    kind: count
    type: quantity
    patterns: ['(?P<value>{AMOUNT})\s+(?P<unit>customers|users)']
  - id: date
    kind: date
    type: date
    patterns: ['(?:\b(?:on|in|since)\s+)?(?P<value>{DATE})']
  - id: attacker
    kind: attacker
    type: category
    patterns: ['(?i)(?P<value>(?:state-backed\s+)?hackers)']
rules:
  - id: phrase-published
    slot: published_count
    patterns: ['posted (?P<value>{AMOUNT}) users']
evidence:
  - slot: affected_count
    takes: [count]
    threshold: 2
    strong: 3
    triggers:
      - {words: [affected, stole, expos*], weight: 2, where: clause}
      - {words: [breach], weight: 1, where: sentence}
    vetoes:
      - {words: [has], where: before, within: 0}
  - slot: published_count
    takes: [count]
    threshold: 3
    triggers:
      - {words: [dumped, posted], weight: 3, where: before, within: 3}
  - slot: start_date
    takes: [date]
    threshold: 2
    triggers:
      - {words: [began, started], weight: 2, where: clause, within: 4}
  - slot: disclosure_date
    takes: [date]
    threshold: 2
    triggers:
      - {words: [disclosed, said], weight: 2, where: clause, within: 4}
  - slot: perpetrator
    takes: [attacker]
    negated: drop
    threshold: 2
    triggers:
      - {words: [stole, took], weight: 2, where: after, within: 3}
)"}});
    REQUIRE(r.ok());
    return std::move(*r);
  }();
  return rules;
}

std::vector<Claim> claims_of(const std::string& text) {
  Result<Document> doc = make_document("a", "a.txt", text);
  REQUIRE(doc.ok());
  return extract_claims(*doc, StoryContext{"Acme", {}, 2024, ""}, pack());
}

std::string values_of(const std::vector<Claim>& claims, std::string_view slot) {
  std::string out;
  for (const Claim& c : claims)
    if (c.slot == slot) out += (out.empty() ? "" : "|") + c.value;
  return out;
}

}  // namespace

TEST_CASE("clauses: breaks end the clause they close; verb groups say negation, modality, voice and tense") {
  const Grammar& g = pack().grammar;
  const std::string s = "Acme said that data was not stolen; it may have been copied, which is bad.";
  const auto clauses = detail::split_clauses(s, g);
  REQUIRE(clauses.size() == 4);
  CHECK(s.substr(clauses[0].begin, clauses[0].end - clauses[0].begin) == "Acme said that");
  CHECK(s.substr(clauses[1].begin, clauses[1].end - clauses[1].begin) == " data was not stolen;");
  CHECK(clauses[1].verbs.negation == "not");
  CHECK(clauses[1].verbs.passive);
  CHECK(clauses[1].verbs.tense == detail::Tense::past);
  CHECK(clauses[2].verbs.modal == "may");
  CHECK(clauses[2].verbs.negation.empty());
  CHECK(clauses[3].verbs.tense == detail::Tense::present);
  CHECK(detail::clause_at(clauses, s.find("stolen")) == 1);
  // A break that ends in a letter must end a word: "thatch" is no "that".
  CHECK(detail::split_clauses("He said thatch roofs burn.", g).size() == 1);
  // A glued negation.
  CHECK(detail::split_clauses("Data wasn't taken.", g).front().verbs.negation == "wasn't");
  // A trailing attribution is a clause of its own; a comma with a verb after it is not one.
  const std::string attributed = "Hackers took files in May, a company spokesperson said on Monday.";
  const auto two = detail::split_clauses(attributed, g);
  REQUIRE(two.size() == 2);
  CHECK(attributed.substr(two[1].begin) == " a company spokesperson said on Monday.");
  CHECK(detail::split_clauses("In May, hackers copied files and later said so.", g).size() == 1);
  // A restatement of a figure stays in the figure's clause.
  CHECK(detail::split_clauses("Hackers hit 1% of users, which is about 900 people.", g).size() == 1);
  CHECK(detail::split_clauses("Hackers hit Acme, which is based in Oslo.", g).size() == 2);
  // A dash aside opened by "such as" stays in its clause; another dash splits.
  CHECK(detail::split_clauses("Some data -- such as emails -- was shared.", g).size() == 1);
  CHECK(detail::split_clauses("Some data was shared -- emails, mostly.", g).size() == 2);
  // Not trailing: a verb of saying with its "that" clause after an apposition.
  const std::string apposition = "On Friday, the testing firm, Acme, said that hackers took files.";
  const auto split = detail::split_clauses(apposition, g);
  REQUIRE(split.size() == 2);
  CHECK(apposition.substr(0, split[0].end) == "On Friday, the testing firm, Acme, said that");
}

TEST_CASE("clauses: a negation right before a noun denies it, wherever it stands in its clause") {
  const Grammar& g = pack().grammar;
  const std::string s = "No accounts were hit and no passwords were taken.";
  CHECK(detail::negation_before(s, s.find("passwords"), g));
  CHECK(detail::negation_before(s, s.find("accounts"), g));
  CHECK_FALSE(detail::negation_before(s, s.find("taken"), g));
  CHECK_FALSE(detail::negation_before("Hackers took notes.", 12, g));  // "notes" after "took"
}

TEST_CASE("evidence: a slot's 'negated: drop' makes no claim in a denied clause") {
  CHECK(values_of(claims_of("Hackers stole the files."), "perpetrator") == "attackers");
  // By type, a category in a denied clause would be claimed as "not attackers".
  CHECK(values_of(claims_of("Hackers took no passwords."), "perpetrator").empty());
}

TEST_CASE("evidence: a broad value is claimed once in an article, and not where a precise one is") {
  CHECK(values_of(claims_of("Hackers stole the files. Later hackers took more."), "perpetrator") == "attackers");
  CHECK(values_of(claims_of("Hackers stole the files. State-backed hackers took more."), "perpetrator") ==
        "state_actor");
}

TEST_CASE("clauses: a negation denies the verb group after it, not a later verb") {
  const Grammar& g = pack().grammar;
  auto reaches = [&](const std::string& s, const std::string& what) {
    const auto clauses = detail::split_clauses(s, g);
    const std::size_t at = s.find(what);
    return detail::negation_reaches(s, clauses[detail::clause_at(clauses, at)], at, g);
  };
  CHECK(reaches("Hackers did not reach 4 million users.", "4 million"));
  CHECK(reaches("The files were not copied by 3 million users.", "3 million"));
  CHECK_FALSE(reaches("The data has not changed since Acme warned users in May.", "May"));
  CHECK_FALSE(reaches("No passwords were taken from 2 million users.", "2 million"));
  CHECK(reaches("No 2 million users were hit.", "2 million"));
  // A negation after the point reaches nothing before it.
  CHECK_FALSE(reaches("In May the data was not copied.", "May"));
  // Through the engine: the count is claimed where the denial is of another verb.
  CHECK(values_of(claims_of("Acme said the data was not changed after hackers exposed the files of 4 million users."),
                  "affected_count") == "4 million");
}

TEST_CASE("clauses: a list is denied by the next verb after it, not by a later one") {
  const Grammar& g = pack().grammar;
  const std::string denied = "Data such as names—and emails—were never stored or copied.";
  CHECK(detail::denial_after(denied, denied.find("names") + 5, g) == "never");
  const std::string glued = "Names and emails weren't taken.";
  CHECK(detail::denial_after(glued, glued.find("emails") + 6, g) == "weren't");
  // Another verb stands between: the denial is of something else.
  const std::string other = "Names were taken and passwords were not.";
  CHECK(detail::denial_after(other, 5, g).empty());
  // A relative clause denies its own verb: "emails that were not encrypted".
  const std::string relative = "Emails that were not encrypted were stolen.";
  CHECK(detail::denial_after(relative, 6, g).empty());
  // A denial before the list is the pattern's business, not this.
  const std::string before = "No names or emails were taken.";
  CHECK(detail::denial_after(before, before.find("emails") + 6, g).empty());
  // Nothing denied.
  CHECK(detail::denial_after("Names were stolen.", 5, g).empty());
  // Where a dash ends a clause, the aside it opens is passed over.
  Grammar dashes = g;
  dashes.clause_breaks.push_back(" \u2014 ");
  dashes.clause_breaks.push_back("; ");
  const std::string aside = "Card numbers \u2014 and PINs \u2014 were not stored.";
  CHECK(detail::split_clauses(aside, dashes).size() == 3);
  CHECK(detail::denial_after(aside, aside.find("numbers") + 7, dashes) == "not");
  const std::string semicolon = "Card numbers were copied; PINs were not.";
  CHECK(detail::denial_after(semicolon, semicolon.find("numbers") + 7, dashes).empty());
}

TEST_CASE("mentions: every detector's values, the longest of one kind, none inside a web address") {
  const std::string s = "Some 4 million users and 2 users; see https://example.com/May 3 on May 3.";
  const auto mentions = detail::find_mentions(s, pack(), nullptr);
  std::vector<std::string> found;
  for (const auto& m : mentions) found.push_back(m.detector->kind + ":" + m.value);
  CHECK(found == std::vector<std::string>{"count:4 million", "count:2", "date:May 3"});
  CHECK(mentions[0].unit == "users");
  CHECK(s.substr(mentions[2].begin, mentions[2].end - mentions[2].begin) == "on May 3");
}

TEST_CASE("mentions: none inside an identifier such as a CVE number") {
  std::vector<std::string> found;
  for (const auto& m : detail::find_mentions("Patch (MS17-010 users) and CVE-2024-10 users; it hit 2 users on May 3.", pack(), nullptr))
    found.push_back(m.detector->kind + ":" + m.value);
  CHECK(found == std::vector<std::string>{"count:2", "date:May 3"});
}

TEST_CASE("mentions: no person is read from a headline in title case") {
  Result<RuleSet> r = compile_rule_pack({{"p.yaml", R"(
mentions:
  - {id: titled, kind: chief_executive, type: person, patterns: ['CEO (?P<value>\p{Lu}\w+ \p{Lu}\w+)']}
)"}});
  REQUIRE(r.ok());
  CHECK(detail::find_mentions("Acme CEO Resigns Amid Data Leak", *r, nullptr).empty());
  CHECK(detail::find_mentions("Pressure grew on Acme CEO Jane Doe last night", *r, nullptr).size() == 1);
}

TEST_CASE("evidence: a mention is a claim of the slot with the most evidence, weak below its `strong`") {
  const auto claims = claims_of("Hackers stole the data of 4 million users.\nThe breach affected 2 million customers.\n");
  CHECK(values_of(claims, "affected_count") == "4 million|2 million");
  const auto weak = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.value == "4 million"; });
  const auto strong = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.value == "2 million"; });
  CHECK(weak->strength == Strength::weak);      // "stole" 2 < strong 3
  CHECK(strong->strength == Strength::strong);  // "affected" 2 + "breach" 1
  CHECK(weak->rule == "affected_count");
  CHECK(weak->unit == "users");
  // Heavier evidence wins: "dumped" (3) over "stole" (2).
  CHECK(values_of(claims_of("Hackers stole and dumped 5 million users online.\n"), "published_count") == "5 million");
  CHECK(values_of(claims_of("Hackers stole and dumped 5 million users online.\n"), "affected_count").empty());
}

TEST_CASE("evidence: triggers count only in their place and within their distance") {
  // In another clause, "stole" is no evidence for the count.
  CHECK(values_of(claims_of("Hackers stole data; Acme has offices for 4 million customers.\n"), "affected_count").empty());
  // "posted" must stand before the count, within three words.
  CHECK(values_of(claims_of("Some 5 million users were later dumped online.\n"), "published_count").empty());
  CHECK(values_of(claims_of("They dumped files about 5 million users.\n"), "published_count") == "5 million");
  // Below the threshold: "breach" alone weighs 1.
  CHECK(values_of(claims_of("After the breach, 3 million users left.\n"), "affected_count").empty());
}

TEST_CASE("evidence: a veto or a negated clause makes no claim") {
  CHECK(values_of(claims_of("The breach affected Acme, which has 9 million users.\n"), "affected_count").empty());
  CHECK(values_of(claims_of("The breach did not affect 4 million users, it said.\n"), "affected_count").empty());
}

TEST_CASE("evidence: the nearest trigger settles a tie between slots") {
  const auto claims = claims_of("The intrusion began on March 3 and was disclosed on Friday.\n");
  CHECK(values_of(claims, "start_date") == "March 3");
  CHECK(values_of(claims, "disclosure_date") == "Friday");
  // A verb before the date wins over one after it at the same distance.
  const auto comma = claims_of("The intrusion began on March 3, and was disclosed on Friday.\n");
  CHECK(values_of(comma, "start_date") == "March 3");
  CHECK(values_of(comma, "disclosure_date") == "Friday");
  // A clause break keeps the saying's date from the beginning's.
  const auto split = claims_of("Acme said that on Monday the intrusion began.\n");
  CHECK(values_of(split, "start_date") == "Monday");
}

TEST_CASE("evidence: words a rule's value holds are not claimed again") {
  const auto claims = claims_of("Hackers posted 7 million users on a forum.\n");
  REQUIRE(claims.size() == 1);
  CHECK(claims.front().rule == "phrase-published");
}

TEST_CASE("explain: what a slot is made of, and each slot's verdict on each mention") {
  const SlotEvidence* affected = pack().evidence_for("affected_count");
  REQUIRE(affected != nullptr);
  const auto described = describe_evidence(*affected, pack());
  CHECK(described[1] == "  takes: count");
  CHECK(std::find(described.begin(), described.end(), "  trigger 2, clause: affected, stole, expos*") != described.end());
  CHECK(std::find(described.begin(), described.end(), "  veto    before within 0 words: has") != described.end());
  Result<Document> doc = make_document("a", "a.txt", "Acme, which has 9 million users, said that hackers stole 4 million users.");
  REQUIRE(doc.ok());
  const auto lines = explain_evidence(*doc, StoryContext{"Acme", {}, 2024, ""}, pack(), affected);
  auto has_line = [&](const std::string& line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
  CHECK(has_line("  mention count '9 million users' (count-of-people)"));
  CHECK(has_line("    affected_count: no at 0: vetoed by 'has'"));
  CHECK(has_line("    affected_count: claims it at 2 ('stole' 2 clause)"));
  CHECK(has_line("  affected_count '4 million' (weak, positive) from \"4 million users\" by affected_count"));
}

TEST_CASE("evidence: mistakes in mentions, evidence and grammar are reported where they are") {
  auto errors_of = [](const std::string& text) {
    Result<RuleSet> r = compile_rule_pack({{"e.yaml", "slots:\n  - {name: when, type: date}\n  - {name: many, type: quantity}\n" + text}});
    REQUIRE_FALSE(r.ok());
    std::vector<std::string> out;
    for (const Diagnostic& d : r.errors()) out.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
    return out;
  };
  CHECK(errors_of("evidence:\n  - {slot: when, takes: [date], triggers: [{words: [x], weight: 1}]}\n") ==
        std::vector<std::string>{"5:25: no mention detector finds kind 'date'"});
  CHECK(errors_of("mentions:\n  - {id: d, kind: date, type: date, patterns: ['(?P<value>x)']}\n"
                  "evidence:\n  - {slot: many, takes: [date], triggers: [{words: [x], weight: 1}]}\n") ==
        std::vector<std::string>{"7:25: kind 'date' is read as date, but slot 'many' holds quantity"});
  CHECK(errors_of("mentions:\n  - {id: d, kind: date, type: date, patterns: ['(?P<value>x)']}\n"
                  "evidence:\n  - {slot: when, takes: [date], triggers: [{words: [x], weight: 1, where: near}]}\n") ==
        std::vector<std::string>{"7:75: unknown place 'near'"});
  CHECK(errors_of("mentions:\n  - {id: d, kind: date, type: date, patterns: ['(?P<value>x)']}\n"
                  "evidence:\n  - {slot: when, takes: [date], triggers: [{words: [x]}]}\n") ==
        std::vector<std::string>{"7:44: a trigger needs 'weight', a number"});
  CHECK(errors_of("mentions:\n  - {id: d, kind: date, type: date, patterns: ['(?P<value>x)']}\n"
                  "evidence:\n  - {slot: when, takes: [date], triggers: [{words: [x], weight: 1, phrase_rules: true}]}\n") ==
        std::vector<std::string>{"7:82: only a veto has 'phrase_rules'"});
  CHECK(errors_of("mentions:\n  - {id: d, kind: date, type: date, patterns: ['x']}\n") ==
        std::vector<std::string>{"5:48: the pattern has no named group 'value'"});
  CHECK(errors_of("grammar:\n  clause_brakes: [';']\n").size() == 1);
  CHECK(errors_of("mentions:\n  - {id: d, kind: date, type: date, patterns: ['(?P<value>x)']}\n"
                  "evidence:\n  - {slot: when, takes: [date], negated: maybe, triggers: [{words: [x], weight: 1}]}\n") ==
        std::vector<std::string>{"7:42: unknown 'negated': 'maybe'"});
  CHECK(errors_of("  - {name: who, type: category, values: {a: [x]}, broad_values: [b]}\n") ==
        std::vector<std::string>{"4:65: broad value 'b' is not one of the slot's values"});
}

TEST_CASE("evidence: one scan of the trigger set says which triggers stand in a sentence") {
  const RuleSet& rules = pack();
  REQUIRE(rules.trigger_set != nullptr);
  const SlotEvidence* affected = rules.evidence_for("affected_count");
  REQUIRE(affected != nullptr);
  for (const Trigger& t : affected->triggers) CHECK(t.set_index >= 0);
  for (const Trigger& t : affected->vetoes) CHECK(t.set_index >= 0);
  // Where a trigger stands, it is found where it stands; where it does not, nothing is.
  const std::string stole = "Hackers stole 4 million users.";
  const detail::SentenceEvidence with(stole, rules);
  const detail::SentenceEvidence without("Acme sold 4 million users.", rules);
  std::size_t found = 0;
  for (const Trigger& t : affected->triggers) {
    for (const detail::Hit& h : with.hits(t)) {
      CHECK(stole.substr(h.begin, h.end - h.begin) == "stole");
      ++found;
    }
    CHECK(without.hits(t).empty());
  }
  CHECK(found == 1);
}
