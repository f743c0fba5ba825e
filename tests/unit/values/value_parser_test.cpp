// parse_value() and the field-set and category parsers: lists of data fields
// become signed field ids with qualifiers; words become categories.
#include <catch2/catch.hpp>

#include "factlint/values.hpp"

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
  perpetrator.categories = {{"insider", {"former employee", "insider"}}, {"state_actor", {"state-sponsored"}}};
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
  return parse_value(text, ValueContext{rules, *rules.slot(slot), polarity, nullptr});
}

}  // namespace

TEST_CASE("a field list becomes signed ids, sorted, longest words first") {
  auto v = parse("exposed_data", "customer names, email addresses and partial payment data");
  REQUIRE(v);
  CHECK(v->canonical == "+email +names +payment(partial)");
  CHECK(v->display == "+names +email +payment(partial)");  // in the order written
  // "email addresses" is email, not postal addresses.
  CHECK(parse("exposed_data", "email addresses")->canonical == "+email");
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

TEST_CASE("quantities keep their words until typed values arrive") {
  auto v = parse("affected_count", "Nearly  34 million");
  REQUIRE(v);
  CHECK(v->display == "Nearly 34 million");
  CHECK(v->canonical == "nearly 34 million");
}
