// parse_value() and the field-set and category parsers: lists of data fields
// become signed field ids with qualifiers; words become categories.
#include <catch2/catch.hpp>

#include "factlint/values.hpp"
#include "factlint/model/value.hpp"

using namespace factlint;

namespace {

RuleSet pack() {
  RuleSet rules;
  rules.fields = {{"names", {"names", "customer names"}, {}},
                  {"email", {"email addresses", "emails"}, {}},
                  {"postal_address", {"addresses"}, {}},
                  {"payment", {"payment data"}, {}},
                  {"id_document", {"driver's license numbers", "driver's license"}, {}}};
  rules.cues.field_qualifiers = {"partial", "some", "in some cases"};
  Slot perpetrator;
  perpetrator.name = "perpetrator";
  perpetrator.type = ValueType::category;
  perpetrator.categories = {{"insider", {"former employee", "insider"}},
                            {"state_actor", {"state-sponsored"}},
                            {"attackers", {"hackers", "attackers"}}};
  perpetrator.broad_values = {"attackers"};
  Slot exposed;
  exposed.name = "exposed_data";
  exposed.type = ValueType::field_set;
  Slot count;
  count.name = "affected_count";
  count.type = ValueType::quantity;
  rules.slots = {perpetrator, exposed, count};
  return rules;
}

std::optional<ParsedValue> parse(std::string_view slot, std::string_view text, Polarity polarity = Polarity::positive) {
  static const RuleSet rules = pack();
  ValueContext context(rules, *rules.slot(slot));
  context.polarity = polarity;
  return parse_value(text, context);
}

}  // namespace

TEST_CASE("a field list becomes signed ids, sorted, longest words first") {
  auto v = parse("exposed_data", "customer names, email addresses and partial payment data");
  REQUIRE(v);
  CHECK(v->canonical == "+email +names +payment(partial)");
  CHECK(v->display == "+names +email +payment(partial)");  // in the order written
  // "email addresses" is email, not postal addresses.
  CHECK(parse("exposed_data", "email addresses")->canonical == "+email");
  // Two words for one field show it once.
  CHECK(parse("exposed_data", "emails and email addresses")->display == "+email");
}

TEST_CASE("a negative claim makes negative fields, and the nearest qualifier wins") {
  CHECK(parse("exposed_data", "payment data and names", Polarity::negative)->canonical == "-names -payment");
  CHECK(parse("exposed_data", "addresses and, in some cases, driver\u2019s license numbers")->canonical ==
        "+id_document(in some cases) +postal_address");
}

TEST_CASE("words that name no field or category make no value") {
  CHECK_FALSE(parse("exposed_data", "the weather and the traffic"));
  CHECK_FALSE(parse("perpetrator", "a passer-by"));
}

TEST_CASE("categories: every one named, joined by or, negated when the claim is negative") {
  CHECK(parse("perpetrator", "a former employee")->canonical == "insider");
  CHECK(parse("perpetrator", "state-sponsored actors or an insider")->canonical == "insider or state_actor");
  CHECK(parse("perpetrator", "state-sponsored actor", Polarity::negative)->canonical == "not state_actor");
}

TEST_CASE("categories: a broad value gives way to a precise one named with it, and alone is marked broad") {
  CHECK(parse("perpetrator", "state-sponsored hackers")->canonical == "state_actor");
  CHECK_FALSE(std::get<Category>(parse("perpetrator", "state-sponsored hackers")->typed).broad);
  const auto hackers = parse("perpetrator", "unnamed hackers");
  CHECK(hackers->canonical == "attackers");
  CHECK(std::get<Category>(hackers->typed).broad);
}


namespace {

RuleSet with_parents() {
  RuleSet rules = pack();
  rules.fields.push_back({"card_number", {"card numbers"}, {"payment"}});
  return rules;
}

FieldSet fields(std::initializer_list<FieldItem> items) { return FieldSet{items}; }

}  // namespace

TEST_CASE("field sets: a field said exposed against the same or a broader one said safe conflicts") {
  const RuleSet rules = with_parents();
  auto relation = [&](FieldSet a, FieldSet b) { return compare(a, b, rules).relation; };
  // The seed's C3: partial payment data exposed, payment data not compromised.
  CHECK(relation(fields({{"payment", true, "partial"}}), fields({{"payment", false, ""}})) == Relation::conflict);
  // N8: full card numbers safe, partial payment data exposed: no contradiction.
  CHECK(relation(fields({{"payment", true, "partial"}}), fields({{"card_number", false, "full"}})) == Relation::compatible);
  // Payment data safe covers card numbers.
  CHECK(relation(fields({{"card_number", true, ""}}), fields({{"payment", false, ""}})) == Relation::conflict);
  // Full card numbers safe, part of them exposed.
  CHECK(relation(fields({{"card_number", true, "partial"}}), fields({{"card_number", false, "full"}})) ==
        Relation::compatible);
  // N4: listing fewer fields is not saying the others were safe.
  CHECK(relation(fields({{"names", true, ""}}), fields({{"names", true, ""}, {"email", true, ""}})) == Relation::compatible);
  CHECK(relation(fields({{"names", true, ""}}), fields({{"names", true, ""}})) == Relation::agree);
  const Comparison c = compare(fields({{"payment", true, "partial"}}), fields({{"payment", false, ""}}), rules);
  CHECK(c.reason == "+payment(partial) against -payment");
}

TEST_CASE("categories: different, shared and denied possibilities") {
  const RuleSet rules = pack();
  auto relation = [&](Category a, Category b) { return compare(a, b, rules).relation; };
  CHECK(relation({{"insider"}, false}, {{"organised_crime", "state_actor"}, false}) == Relation::conflict);  // W1
  CHECK(relation({{"insider"}, false}, {{"insider", "state_actor"}, false}) == Relation::compatible);
  CHECK(relation({{"insider"}, false}, {{"insider"}, false}) == Relation::agree);
  CHECK(relation({{"state_actor"}, true}, {{"state_actor"}, false}) == Relation::conflict);
  CHECK(relation({{"state_actor"}, true}, {{"insider"}, false}) == Relation::compatible);
  // A broad value says less, not something else; denied, it still conflicts.
  const Category attackers{{"attackers"}, false, true};
  CHECK(relation(attackers, {{"insider"}, false}) == Relation::compatible);
  CHECK(relation({{"state_actor"}, false}, attackers) == Relation::compatible);
  CHECK(relation(attackers, attackers) == Relation::agree);
  CHECK(relation({{"attackers"}, true, true}, attackers) == Relation::conflict);
  CHECK(compare(attackers, Category{{"insider"}, false}, rules).reason == "insider says more than attackers");
}
