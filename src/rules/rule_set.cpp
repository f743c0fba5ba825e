// Loading a rule pack: YAML files in, one validated and compiled RuleSet out.
// Entry points: load_rule_pack() (a folder), compile_rule_pack() (texts).
//
// Work is done in passes so that files may use each other's macros, slots and
// lists in any order:
//   1. parse every file;
//   2. collect macros, slots, cues, fields, countries, names and the scope's
//      word lists;
//   3. make the macros that come from lists ({SUBJECT_REFERENCE}, {HEDGE},
//      {NEGATION}, {REPORTED}, {SPECULATIVE}, {WEAKENING}, {FIELD_QUALIFIER},
//      {DATA_FIELD}, {DEMONYM},
//      {COUNTRY}, and {<SLOT>_VALUE} for each category slot);
//   4. compile rules and scope patterns;
//   5. check what refers to what (yields_to, parents) and that every macro
//      compiles on its own.
// Every problem found is reported, not just the first, each at its
// file:line:column.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <re2/re2.h>

#include "factlint/rules.hpp"
#include "factlint/values.hpp"
#include "rules/macro_expander.hpp"
#include "rules/prefilter.hpp"
#include "rules/word_macros.hpp"
#include "text/text.hpp"
#include "yaml/yaml_reader.hpp"

namespace factlint {
namespace {

using detail::error_at;
using detail::YamlMap;

struct ParsedFile {
  std::string path;
  YAML::Node root;
};

bool is_identifier(std::string_view s, bool allow_dash) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (allow_dash && c == '-');
    if (!ok) return false;
  }
  return true;
}

// The indexes of the groups named `base` or `base_*`, in pattern order.
std::vector<int> groups_named(const std::map<std::string, int>& groups, const std::string& base) {
  std::vector<int> indexes;
  for (const auto& [name, index] : groups)
    if (name == base || name.rfind(base + "_", 0) == 0) indexes.push_back(index);
  std::sort(indexes.begin(), indexes.end());
  return indexes;
}

SourceLocation location(const std::string& path, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  return {path, m.line + 1, m.column + 1};
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

template <class T>
void append(std::vector<T>& to, std::vector<T> from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

class PackCompiler {
 public:
  std::vector<Diagnostic> errors;
  RuleSet set;
  // Compiles every rule pattern, and from them the prefilter (prefilter.hpp).
  std::shared_ptr<re2::FilteredRE2> filter_ = detail::make_prefilter_filter();

  // --- pass 2 ------------------------------------------------------------------

  void collect_macros(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsMap()) {
      errors.push_back(error_at(file.path, node, "'macros' must be a mapping of NAME: pattern"));
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string name = it->first.Scalar();
      if (!detail::is_macro_name(name)) {
        errors.push_back(error_at(file.path, it->first, fmt::format("'{}' is not a macro name", name),
                                  "macro names are upper case letters, digits and '_', starting with a letter: PERSON, MONTH_DAY"));
        continue;
      }
      auto text = detail::scalar(file.path, it->second, errors, fmt::format("macro {}", name));
      if (!text) continue;
      if (!set.macros.emplace(name, *text).second) {
        errors.push_back(error_at(file.path, it->first, fmt::format("macro {} is defined twice", name),
                                  "each macro is defined once in the whole pack"));
        continue;
      }
      macro_locations_[name] = location(file.path, it->first);
    }
  }

  void collect_slots(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'slots' must be a list of slots"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item,
                  {"name", "type", "cardinality", "description", "values", "weak_values", "broad_values", "yields_to",
                   "one_per", "reporting_time"},
                  errors, "a slot");
      if (!map.valid()) continue;
      Slot slot;
      slot.where = location(file.path, item);
      slot.name = map.string("name", true);
      slot.description = map.string("description");
      slot.yields_to = map.strings("yields_to");
      slot.weak_values = map.strings("weak_values");
      slot.broad_values = map.strings("broad_values");
      const std::string type = map.string("type", true);
      const std::string cardinality = map.string("cardinality");
      if (!slot.name.empty() && !is_identifier(slot.name, false)) {
        errors.push_back(error_at(file.path, map.node("name"), fmt::format("'{}' is not a slot name", slot.name),
                                  "slot names are lower case words joined by '_': resigned_ceo"));
      }
      if (auto t = parse_value_type(type)) {
        slot.type = *t;
      } else if (!type.empty()) {
        errors.push_back(error_at(file.path, map.node("type"), fmt::format("unknown value type '{}'", type),
                                  "one of: person, quantity, date, duration, money, field-set, category"));
      }
      if (cardinality == "many") {
        slot.cardinality = Cardinality::many;
      } else if (!cardinality.empty() && cardinality != "one") {
        errors.push_back(error_at(file.path, map.node("cardinality"), fmt::format("unknown cardinality '{}'", cardinality),
                                  "'one' (a story has one value, such as the CEO who resigned) or 'many'"));
      }
      const std::string one_per = map.string("one_per");
      if (one_per == "recipient") {
        slot.one_per = FactKey::recipient;
        if (slot.cardinality != Cardinality::many) {
          errors.push_back(error_at(file.path, map.node("one_per"), "only many-valued slots have 'one_per'",
                                    "add 'cardinality: many', or remove 'one_per'"));
        }
      } else if (!one_per.empty()) {
        errors.push_back(error_at(file.path, map.node("one_per"), fmt::format("unknown 'one_per' '{}'", one_per),
                                  "'recipient': claims with the same recipient (\"to the states\") are one fact"));
      }
      if (map.has("reporting_time")) {
        const YAML::Node flag = map.node("reporting_time");
        bool value = false;
        if (!flag.IsScalar() || !YAML::convert<bool>::decode(flag, value)) {
          errors.push_back(error_at(file.path, flag, "'reporting_time' must be true or false"));
        } else if (value && slot.type != ValueType::date) {
          errors.push_back(error_at(file.path, flag, "only date slots have 'reporting_time'",
                                    "remove it, or make the slot's type 'date'"));
        }
        slot.reporting_time = value;
      }
      slot.categories = category_values(file.path, map);
      if (slot.type == ValueType::category && slot.categories.empty() && !type.empty()) {
        errors.push_back(error_at(file.path, item, fmt::format("category slot '{}' lists no values", slot.name),
                                  "add 'values:', a mapping from each category to the words that name it"));
      } else if (slot.type != ValueType::category && map.has("values")) {
        errors.push_back(error_at(file.path, map.node("values"), "only category slots have 'values'",
                                  "remove 'values', or make the slot's type 'category'"));
      }
      for (const std::string& id : slot.broad_values) {
        const bool known = std::any_of(slot.categories.begin(), slot.categories.end(),
                                       [&](const CategoryValue& c) { return c.id == id; });
        if (!known)
          errors.push_back(error_at(file.path, map.node("broad_values"),
                                    fmt::format("broad value '{}' is not one of the slot's values", id),
                                    "name a category listed under 'values:'"));
      }
      if (slot.name.empty()) continue;
      if (set.slot(slot.name) != nullptr) {
        errors.push_back(error_at(file.path, item, fmt::format("slot '{}' is defined twice", slot.name)));
        continue;
      }
      yields_to_nodes_.push_back({file.path, map.node("yields_to")});
      set.slots.push_back(std::move(slot));
    }
  }

  void collect_cues(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node,
                {"hedges", "negations", "reported", "speculative", "weakening", "field_qualifiers", "clause_breaks",
                 "updates"},
                errors, "'cues'");
    if (!map.valid()) return;
    if (map.has("hedges")) {
      static const std::vector<std::string> kMeanings{"below", "above", "at_least", "at_most", "approximate"};
      YamlMap hedges(file.path, map.node("hedges"), {"below", "above", "at_least", "at_most", "approximate"}, errors,
                     "'cues.hedges'");
      for (const std::string& meaning : kMeanings) append(set.cues.hedges[meaning], hedges.strings(meaning));
    }
    append(set.cues.negations, map.strings("negations"));
    append(set.cues.reported, map.strings("reported"));
    append(set.cues.speculative, map.strings("speculative"));
    append(set.cues.weakening, map.strings("weakening"));
    append(set.cues.field_qualifiers, map.strings("field_qualifiers"));
    append(set.cues.clause_breaks, map.strings("clause_breaks"));
    append(set.cues.updates, map.strings("updates"));
  }

  void collect_fields(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'fields' must be a list of data fields"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item, {"id", "words", "parents", "generic"}, errors, "a data field");
      if (!map.valid()) continue;
      DataField field{map.string("id", true), map.strings("words"), map.strings("parents"), false};
      if (map.has("generic") && !YAML::convert<bool>::decode(map.node("generic"), field.generic)) {
        errors.push_back(error_at(file.path, map.node("generic"), "'generic' must be true or false"));
      }
      if (!field.id.empty() && !is_identifier(field.id, false)) {
        errors.push_back(error_at(file.path, map.node("id"), fmt::format("'{}' is not a field id", field.id),
                                  "field ids are lower case words joined by '_': email, card_number"));
      }
      if (field.words.empty()) {
        errors.push_back(error_at(file.path, item, fmt::format("field '{}' lists no words", field.id),
                                  "add 'words:', the ways news names this field"));
      }
      if (set.field(field.id) != nullptr) {
        errors.push_back(error_at(file.path, item, fmt::format("field '{}' is defined twice", field.id)));
        continue;
      }
      parent_nodes_.push_back({file.path, map.node("parents")});
      for (const std::string& word : field.words) field.folded.push_back(fold_field_text(word));
      set.fields.push_back(std::move(field));
    }
  }

  void collect_countries(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'countries' must be a list of countries"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item, {"code", "names", "demonyms", "population"}, errors, "a country");
      if (!map.valid()) continue;
      Country country{map.string("code", true), map.strings("names"), map.strings("demonyms"), 0};
      if (country.code.size() != 2 || upper(country.code) != country.code) {
        errors.push_back(error_at(file.path, map.node("code"), fmt::format("'{}' is not an ISO 3166-1 code", country.code),
                                  "write the two upper-case letters: KR, US, GB"));
      }
      const YAML::Node population = map.node("population");
      if (!population.IsDefined() || !population.IsScalar() || !YAML::convert<double>::decode(population, country.population) ||
          country.population <= 0) {
        errors.push_back(error_at(file.path, population.IsDefined() ? population : item,
                                  "a country needs 'population', a number of people", "write it in full: 51700000"));
      }
      set.countries.push_back(std::move(country));
    }
  }

  void collect_names(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node,
                {"not_name_words", "suffixes", "variants", "family_names_first", "hangul_family_names"}, errors,
                "'names'");
    if (!map.valid()) return;
    append(set.names.not_name_words, map.strings("not_name_words"));
    append(set.names.suffixes, map.strings("suffixes"));
    append(set.names.family_names_first, map.strings("family_names_first"));
    for (const auto& [hangul, latin] : string_map(file.path, map.node("hangul_family_names"), "'hangul_family_names'"))
      set.names.hangul_family_names[hangul] = latin;
    for (const YAML::Node& group : map.sequence("variants")) {
      std::vector<std::string> spellings;
      if (!group.IsSequence() || group.size() < 2) {
        errors.push_back(error_at(file.path, group, "each variant group is a list of two or more spellings",
                                  "write one group per line: [yu, ryu, yoo]"));
        continue;
      }
      for (const YAML::Node& s : group)
        if (auto text = detail::scalar(file.path, s, errors, "a spelling")) spellings.push_back(*text);
      set.names.variants.push_back(std::move(spellings));
    }
  }

  void collect_numbers(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node, {"magnitudes", "vague", "fractions", "units", "bytes", "hedge_reach"}, errors,
                "'numbers'");
    if (!map.valid()) return;
    for (auto& [k, v] : number_map(file.path, map.node("magnitudes"), "'magnitudes'")) set.numbers.magnitudes[k] = v;
    for (auto& [k, v] : number_map(file.path, map.node("fractions"), "'fractions'")) set.numbers.fractions[k] = v;
    for (auto& [k, v] : number_map(file.path, map.node("bytes"), "'bytes'")) set.numbers.bytes[k] = v;
    for (auto& [k, v] : number_map(file.path, map.node("hedge_reach"), "'hedge_reach'")) set.numbers.hedge_reach[k] = v;
    for (const YAML::Node& item : map.sequence("vague")) {
      YamlMap v(file.path, item, {"words", "lo", "hi"}, errors, "a vague amount");
      if (!v.valid()) continue;
      VagueAmount amount{v.strings("words"), 0, std::nullopt};
      if (!number(file.path, v.node("lo"), amount.lo)) continue;
      if (v.has("hi")) {
        double hi = 0;
        if (!number(file.path, v.node("hi"), hi)) continue;
        amount.hi = hi;
      }
      set.numbers.vague.push_back(std::move(amount));
    }
    const YAML::Node units = map.node("units");
    if (units.IsDefined() && !units.IsNull()) {
      if (!units.IsMap()) {
        errors.push_back(error_at(file.path, units, "'units' must map each kind of count to its words"));
      } else {
        for (auto it = units.begin(); it != units.end(); ++it) {
          std::vector<std::string> words;
          // A copy: a range-for over `it->second` would outlive the proxy that holds it.
          const YAML::Node listed = it->second;
          if (listed.IsSequence()) {
            for (const YAML::Node& w : listed)
              if (auto text = detail::scalar(file.path, w, errors, "a unit word")) words.push_back(*text);
          } else {
            errors.push_back(error_at(file.path, it->second, "a kind of count must list its words"));
          }
          append(set.numbers.units[it->first.Scalar()], std::move(words));
        }
      }
    }
  }

  void collect_dates(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node,
                {"months", "weekdays", "month_parts", "year_parts", "seasons", "relative", "earlier", "later", "ago"},
                errors, "'dates'");
    if (!map.valid()) return;
    for (auto& [k, v] : number_map(file.path, map.node("months"), "'months'")) set.dates.months[k] = static_cast<int>(v);
    for (auto& [k, v] : number_map(file.path, map.node("weekdays"), "'weekdays'")) set.dates.weekdays[k] = static_cast<int>(v);
    for (auto& [k, v] : number_map(file.path, map.node("relative"), "'relative'")) set.dates.relative[k] = static_cast<int>(v);
    for (auto& [k, v] : pair_map(file.path, map.node("month_parts"), "'month_parts'")) set.dates.month_parts[k] = v;
    for (auto& [k, v] : pair_map(file.path, map.node("year_parts"), "'year_parts'")) set.dates.year_parts[k] = v;
    for (auto& [k, v] : pair_map(file.path, map.node("seasons"), "'seasons'")) set.dates.seasons[k] = v;
    append(set.dates.earlier, map.strings("earlier"));
    append(set.dates.later, map.strings("later"));
    append(set.dates.ago, map.strings("ago"));
  }

  void collect_currencies(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'currencies' must be a list of currencies"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item, {"code", "symbols", "words", "default_for", "local_symbols", "countries", "per_usd"},
                  errors, "a currency");
      if (!map.valid()) continue;
      Currency c;
      c.code = map.string("code", true);
      c.symbols = map.strings("symbols");
      c.words = map.strings("words");
      c.default_for = map.strings("default_for");
      c.local_symbols = map.strings("local_symbols");
      c.countries = map.strings("countries");
      for (auto& [year, rate] : number_map(file.path, map.node("per_usd"), "'per_usd'")) {
        if (rate <= 0) {
          errors.push_back(error_at(file.path, map.node("per_usd"), fmt::format("{}'s rate for {} is not positive", c.code, year)));
          continue;
        }
        c.per_usd[std::atoi(year.c_str())] = rate;
      }
      if (map.has("code") && c.code.size() != 3) {  // a missing code is reported as missing
        errors.push_back(error_at(file.path, map.node("code"), fmt::format("'{}' is not an ISO 4217 code", c.code),
                                  "write the three letters: USD, KRW, EUR"));
      }
      set.currencies.push_back(std::move(c));
    }
  }

  void collect_tolerances(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node, {"date_minor_days", "money_relative", "update_min_days"}, errors, "'tolerances'");
    if (!map.valid()) return;
    if (auto days = map.integer("date_minor_days")) set.tolerances.date_minor_days = *days;
    if (auto days = map.integer("update_min_days")) set.tolerances.update_min_days = *days;
    double relative = 0;
    if (map.has("money_relative") && number(file.path, map.node("money_relative"), relative)) {
      set.tolerances.money_relative = relative;
    }
  }

  void collect_trust(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node,
                {"prior", "shrink", "weak_weight", "near_support", "false_values", "decisive_margin", "copy_min_run",
                 "copy_min_words"},
                errors, "'trust'");
    if (!map.valid()) return;
    TrustSettings& t = set.trust;
    auto share = [&](std::string_view key, double& out, double lo, double hi) {
      double value = 0;
      if (!map.has(key) || !number(file.path, map.node(key), value)) return;
      if (value < lo || value > hi) {
        errors.push_back(error_at(file.path, map.node(key), fmt::format("'{}' must be between {} and {}", key, lo, hi)));
        return;
      }
      out = value;
    };
    share("prior", t.prior, 0.01, 0.99);
    share("shrink", t.shrink, 0, 100);
    share("weak_weight", t.weak_weight, 0, 1);
    share("near_support", t.near_support, 0, 1);
    share("decisive_margin", t.decisive_margin, 0, 1);
    auto count = [&](std::string_view key, int& out, int lo) {
      auto value = map.integer(key);
      if (!value) return;
      if (*value < lo) {
        errors.push_back(error_at(file.path, map.node(key), fmt::format("'{}' must be at least {}", key, lo)));
        return;
      }
      out = *value;
    };
    count("false_values", t.false_values, 1);
    count("copy_min_run", t.copy_min_run, 1);
    count("copy_min_words", t.copy_min_words, 1);
  }

  void collect_checks(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'checks' must be a list of checks"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item,
                  {"id", "kind", "description", "first", "then", "start", "duration", "end", "slack_days"}, errors,
                  "a check");
      if (!map.valid()) continue;
      CrossSlotCheck check;
      check.where = location(file.path, item);
      check.id = map.string("id", true);
      check.kind = map.string("kind", true);
      check.description = map.string("description", true);
      check.first = map.string("first");
      check.then = map.string("then");
      check.start = map.string("start");
      check.duration = map.string("duration");
      check.end = map.string("end");
      check.slack_days = map.integer("slack_days").value_or(0);
      if (!check.id.empty() && !is_identifier(check.id, true)) {
        errors.push_back(error_at(file.path, map.node("id"), fmt::format("'{}' is not a check id", check.id),
                                  "check ids are lower case words joined by '-': resigned-after-disclosure"));
      }
      // Which keys each kind needs, and the type each names.
      std::vector<std::pair<std::string, ValueType>> needs;
      if (check.kind == "order") {
        needs = {{"first", ValueType::date}, {"then", ValueType::date}};
      } else if (check.kind == "span") {
        needs = {{"start", ValueType::date}, {"duration", ValueType::duration}, {"end", ValueType::date}};
      } else if (!check.kind.empty()) {
        errors.push_back(error_at(file.path, map.node("kind"), fmt::format("unknown check kind '{}'", check.kind),
                                  "'order' (first, then) or 'span' (start, duration, end, slack_days)"));
      }
      for (const auto& [key, type] : needs) pending_checks_.push_back({file.path, map.node(key), key, type, map.self()});
      set.checks.push_back(std::move(check));
    }
  }

  void collect_scope_lists(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node, {"subject_references", "organisation_mentions", "not_organisation_words"}, errors,
                "'scope'");
    if (!map.valid()) return;
    append(set.scope.subject_references, map.strings("subject_references"));
    append(set.scope.not_organisation_words, map.strings("not_organisation_words"));
    for (const YAML::Node& p : map.sequence("organisation_mentions")) pending_mentions_.push_back({file.path, p});
  }

  void collect_grammar(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node,
                {"clause_breaks", "complement_verbs", "restatements", "aside_openers", "negations", "modals", "passive_be", "past", "present", "future"},
                errors, "'grammar'");
    if (!map.valid()) return;
    Grammar& g = set.grammar;
    append(g.clause_breaks, map.strings("clause_breaks"));
    append(g.complement_verbs, map.strings("complement_verbs"));
    append(g.restatements, map.strings("restatements"));
    append(g.aside_openers, map.strings("aside_openers"));
    append(g.negations, map.strings("negations"));
    append(g.modals, map.strings("modals"));
    append(g.passive_be, map.strings("passive_be"));
    append(g.past, map.strings("past"));
    append(g.present, map.strings("present"));
    append(g.future, map.strings("future"));
    // Kept in lower case, so that clauses compare words as they are.
    for (auto* list : {&g.clause_breaks, &g.complement_verbs, &g.restatements, &g.aside_openers, &g.negations, &g.modals, &g.passive_be, &g.past,
                       &g.present, &g.future})
      for (std::string& w : *list) w = detail::ascii_lower(w);
  }

  // --- pass 3 ------------------------------------------------------------------

  void define_list_macros() {
    std::vector<std::string> hedges;
    for (const auto& [meaning, words] : set.cues.hedges) append(hedges, words);
    std::vector<std::string> field_words, demonyms, country_names;
    for (const DataField& f : set.fields) append(field_words, f.words);
    for (const Country& c : set.countries) {
      append(demonyms, c.demonyms);
      append(country_names, c.names);
    }
    define("SUBJECT_REFERENCE",
           "(?:" + detail::word_alternation(set.scope.subject_references) + "(?:['\u2019]s)?)");
    define("HEDGE", detail::word_alternation(hedges));
    define("NEGATION", detail::word_alternation(set.cues.negations));
    define("REPORTED", detail::word_alternation(set.cues.reported));
    define("SPECULATIVE", detail::word_alternation(set.cues.speculative));
    define("WEAKENING", detail::word_alternation(set.cues.weakening));
    define("FIELD_QUALIFIER", detail::word_alternation(set.cues.field_qualifiers));
    define("DATA_FIELD", detail::word_alternation(field_words));
    define("DEMONYM", detail::word_alternation(demonyms));
    define("COUNTRY", detail::word_alternation(country_names));
    for (const Slot& slot : set.slots) {
      if (slot.type != ValueType::category) continue;
      std::vector<std::string> words;
      for (const CategoryValue& c : slot.categories) append(words, c.words);
      define(upper(slot.name) + "_VALUE", detail::word_alternation(words));
    }
  }

  // --- pass 4 ------------------------------------------------------------------

  // Expands and compiles one pattern; `required_group` must be one of its
  // named groups when not empty.
  // `anchor`, when given, is appended to the expanded pattern: "\W*$" makes
  // a pattern that must end where the text ends.
  // `filter`, when given, compiles the pattern (and keeps it, for the
  // prefilter), so that a rule pattern is compiled once, not twice.
  std::optional<Pattern> compile_pattern(const std::string& path, const YAML::Node& node, std::string_view required_group,
                                         std::string_view anchor = "",
                                         const std::shared_ptr<re2::FilteredRE2>& filter = nullptr) {
    auto source = detail::scalar(path, node, errors, "a pattern");
    if (!source) return std::nullopt;
    Pattern pattern;
    pattern.source = *source;
    pattern.where = location(path, node);
    detail::Expansion expansion = detail::expand_macros(*source, set.macros);
    if (!expansion.error.empty()) {
      // A cycle, or a macro too long on its own, is reported once, at the
      // macro's definition (check_macros()); here it would be noise.
      using Problem = detail::Expansion::Problem;
      const bool macro_at_fault =
          expansion.problem == Problem::cycle ||
          (expansion.problem == Problem::too_long && uses_too_long_macro(*source));
      if (!macro_at_fault) {
        errors.push_back(error_at(path, node, expansion.error,
                                  expansion.problem == Problem::too_long
                                      ? "a pattern must stay under 1 MB with its macros expanded: use each macro fewer times"
                                      : "define the macro under 'macros:' in any file of the pack, or escape the brace: \\{"));
      }
      return std::nullopt;
    }
    pattern.expanded = anchor.empty() ? std::move(expansion.pattern) : "(?:" + expansion.pattern + ")" + std::string(anchor);
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);  // the word-list macros make large automata
    std::shared_ptr<const RE2> regex;
    int filter_id = -1;
    if (filter != nullptr && filter->Add(pattern.expanded, options, &filter_id) == RE2::NoError) {
      regex = std::shared_ptr<const RE2>(filter, &filter->GetRE2(filter_id));  // owned by the filter
    } else {
      filter_id = -1;
      regex = std::make_shared<RE2>(pattern.expanded, options);  // also how a rejected pattern gets its message
    }
    if (!regex->ok()) {
      errors.push_back(error_at(path, node,
                                fmt::format("RE2 rejects this pattern: {}{}", regex->error(),
                                            regex->error_arg().empty() ? "" : fmt::format(" (at '{}')", regex->error_arg())),
                                "RE2 syntax: https://github.com/google/re2/wiki/Syntax; named groups are (?P<name>...); "
                                "look-arounds and back-references do not exist in RE2"));
      return std::nullopt;
    }
    const auto& groups = regex->NamedCapturingGroups();
    auto it = groups.find("value");
    pattern.value_group = it == groups.end() ? -1 : it->second;
    pattern.org_groups = groups_named(groups, "org");
    pattern.hedge_groups = groups_named(groups, "hedge");
    pattern.polarity_groups = groups_named(groups, "polarity");
    pattern.modality_groups = groups_named(groups, "modality");
    pattern.qualifier_groups = groups_named(groups, "qualifier");
    pattern.unit_groups = groups_named(groups, "unit");
    pattern.recipient_groups = groups_named(groups, "recipient");
    const bool has_required = required_group.empty() ||
                              (required_group == "org" ? !pattern.org_groups.empty()
                                                       : groups.count(std::string(required_group)) > 0);
    if (!has_required) {
      errors.push_back(error_at(path, node, fmt::format("the pattern has no named group '{}'", required_group),
                                fmt::format("wrap the words that hold it in (?P<{}>...)", required_group)));
      return std::nullopt;
    }
    pattern.regex = std::move(regex);
    pattern.filter_id = filter_id;
    return pattern;
  }

  void compile_rules(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'rules' must be a list of rules"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item,
                  {"id", "slot", "description", "strength", "polarity", "patterns", "context", "not_after", "examples",
                   "counter_examples"},
                  errors, "a rule");
      if (!map.valid()) continue;
      Rule rule;
      rule.where = location(file.path, item);
      rule.id = map.string("id", true);
      rule.slot = map.string("slot", true);
      rule.description = map.string("description");
      if (!rule.id.empty() && !is_identifier(rule.id, true)) {
        errors.push_back(error_at(file.path, map.node("id"), fmt::format("'{}' is not a rule id", rule.id),
                                  "rule ids are lower case words joined by '-': ceo-name-resigned"));
      }
      if (!rule.id.empty() && !rule_ids_.insert(rule.id).second) {
        errors.push_back(error_at(file.path, map.node("id"), fmt::format("rule id '{}' is used twice", rule.id),
                                  "every rule in the pack needs its own id"));
      }
      if (!rule.slot.empty() && set.slot(rule.slot) == nullptr) {
        errors.push_back(error_at(file.path, map.node("slot"), fmt::format("unknown slot '{}'", rule.slot),
                                  "declare it under 'slots:' (name, type, cardinality, description)"));
      }
      const std::string strength = map.string("strength");
      if (strength == "weak") {
        rule.strength = Strength::weak;
      } else if (!strength.empty() && strength != "strong") {
        errors.push_back(error_at(file.path, map.node("strength"), fmt::format("unknown strength '{}'", strength),
                                  "'strong' (the words state the fact) or 'weak' (the fact is inferred from context)"));
      }
      const std::string polarity = map.string("polarity");
      if (polarity == "negative") {
        rule.polarity = Polarity::negative;
      } else if (!polarity.empty() && polarity != "positive") {
        errors.push_back(error_at(file.path, map.node("polarity"), fmt::format("unknown polarity '{}'", polarity),
                                  "'positive' (the default) or 'negative' (the words say the fact does not hold)"));
      }
      const YAML::Node patterns = map.node("patterns");
      if (!patterns.IsDefined() || patterns.IsNull()) {
        errors.push_back(error_at(file.path, item, "a rule needs 'patterns': a list of RE2 patterns with a (?P<value>...) group"));
      } else {
        std::vector<YAML::Node> items;
        if (patterns.IsSequence()) {
          for (const YAML::Node& p : patterns) items.push_back(p);
        } else {
          items.push_back(patterns);
        }
        for (const YAML::Node& p : items)
          if (auto compiled = compile_pattern(file.path, p, "value", "", filter_)) rule.patterns.push_back(std::move(*compiled));
      }
      if (map.has("context")) rule.context = compile_context(file.path, map.node("context"));
      if (map.has("not_after")) rule.not_after = compile_pattern(file.path, map.node("not_after"), "", "\\W*$");
      for (const YAML::Node& example : map.sequence("examples")) {
        YamlMap e(file.path, example, {"text", "value", "subject"}, errors, "an example");
        if (!e.valid()) continue;
        RuleExample ex{e.string("text", true), e.string("value", true), e.string("subject"), location(file.path, example)};
        if (ex.subject.empty()) ex.subject = "Acme";
        rule.examples.push_back(std::move(ex));
      }
      for (const YAML::Node& counter : map.sequence("counter_examples")) {
        RuleExample ex;
        ex.where = location(file.path, counter);
        if (counter.IsScalar()) {
          ex.text = counter.Scalar();
        } else {
          YamlMap e(file.path, counter, {"text", "subject"}, errors, "a counter-example");
          if (!e.valid()) continue;
          ex.text = e.string("text", true);
          ex.subject = e.string("subject");
        }
        if (ex.subject.empty()) ex.subject = "Acme";
        rule.counter_examples.push_back(std::move(ex));
      }
      set.rules.push_back(std::move(rule));
    }
  }

  void compile_detectors(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'mentions' must be a list of mention detectors"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item, {"id", "kind", "type", "description", "patterns"}, errors, "a mention detector");
      if (!map.valid()) continue;
      MentionDetector detector;
      detector.where = location(file.path, item);
      detector.id = map.string("id", true);
      detector.kind = map.string("kind", true);
      map.string("description");
      if (!detector.id.empty() && !is_identifier(detector.id, true)) {
        errors.push_back(error_at(file.path, map.node("id"), fmt::format("'{}' is not a detector id", detector.id),
                                  "detector ids are lower case words joined by '-': count-of-people"));
      }
      if (!detector.kind.empty() && !is_identifier(detector.kind, false)) {
        errors.push_back(error_at(file.path, map.node("kind"), fmt::format("'{}' is not a mention kind", detector.kind),
                                  "kinds are lower case words joined by '_': count, date, data_volume"));
      }
      const std::string type = map.string("type", true);
      if (auto t = parse_value_type(type)) {
        detector.type = *t;
      } else if (!type.empty()) {
        errors.push_back(error_at(file.path, map.node("type"), fmt::format("unknown value type '{}'", type),
                                  "one of: person, quantity, date, duration, money, field-set, category"));
      }
      for (const YAML::Node& p : map.sequence("patterns"))
        if (auto compiled = compile_pattern(file.path, p, "value", "", filter_)) detector.patterns.push_back(std::move(*compiled));
      if (!map.has("patterns")) errors.push_back(error_at(file.path, item, "a mention detector needs 'patterns'"));
      for (const MentionDetector& other : set.detectors) {
        if (other.id == detector.id) {
          errors.push_back(error_at(file.path, map.node("id"), fmt::format("detector id '{}' is used twice", detector.id)));
        } else if (other.kind == detector.kind && other.type != detector.type) {
          errors.push_back(error_at(file.path, map.node("type"),
                                    fmt::format("kind '{}' is read as {} by detector '{}'", detector.kind,
                                                to_string(other.type), other.id),
                                    "every detector of one kind reads its words as one type"));
        }
      }
      set.detectors.push_back(std::move(detector));
    }
  }

  // A trigger's words as one regex: whole words, any case, "*" for any
  // ending, any white space between the words of a phrase.
  std::shared_ptr<const RE2> trigger_regex(const std::vector<std::string>& words) {
    std::string alternation;
    for (const std::string& word : words) {
      std::string piece;
      std::string_view w = word;
      const bool open_end = !w.empty() && w.back() == '*';
      if (open_end) w.remove_suffix(1);
      bool space = false;
      for (char c : w) {
        if (c == ' ') {
          space = true;
          continue;
        }
        if (space) piece += "\\s+";
        space = false;
        piece += RE2::QuoteMeta(std::string(1, c));
      }
      if (open_end) piece += "\\w*";
      alternation += (alternation.empty() ? "" : "|") + piece;
    }
    RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(false);
    return std::make_shared<RE2>("\\b(?:" + alternation + ")\\b", options);
  }

  std::vector<Trigger> compile_triggers(const std::string& path, const YamlMap& map, std::string_view key,
                                        bool weighted) {
    std::vector<Trigger> out;
    for (const YAML::Node& item : map.sequence(key)) {
      YamlMap t(path, item, {"words", "pattern", "weight", "where", "within", "phrase_rules"}, errors,
                weighted ? "a trigger" : "a veto");
      if (!t.valid()) continue;
      Trigger trigger;
      trigger.where = location(path, item);
      trigger.words = t.strings("words");
      if (trigger.words.empty() == !t.has("pattern")) {
        errors.push_back(error_at(path, item, fmt::format("{} needs 'words' or a 'pattern', not both", weighted ? "a trigger" : "a veto"),
                                  "words: [affected, impacted, hit], or pattern: '{INCIDENT}'"));
        continue;
      }
      if (weighted) {
        if (!t.has("weight") || !number(path, t.node("weight"), trigger.weight)) {
          if (!t.has("weight")) errors.push_back(error_at(path, item, "a trigger needs 'weight', a number", "weight: 1"));
          continue;
        }
      } else if (t.has("weight")) {
        errors.push_back(error_at(path, t.node("weight"), "a veto has no weight: any veto found makes no claim"));
      }
      if (t.has("phrase_rules")) {
        if (weighted) {
          errors.push_back(error_at(path, t.node("phrase_rules"), "only a veto has 'phrase_rules'",
                                    "move it to an item of 'vetoes:'"));
        } else if (!YAML::convert<bool>::decode(t.node("phrase_rules"), trigger.phrase_rules)) {
          errors.push_back(error_at(path, t.node("phrase_rules"), "'phrase_rules' must be true or false"));
        }
      }
      const std::string place = t.string("where");
      static const std::map<std::string, TriggerPlace, std::less<>> kPlaces{
          {"before", TriggerPlace::before}, {"after", TriggerPlace::after}, {"clause", TriggerPlace::clause},
          {"sentence", TriggerPlace::sentence}};
      if (auto it = kPlaces.find(place); it != kPlaces.end()) {
        trigger.place = it->second;
      } else if (!place.empty()) {
        errors.push_back(error_at(path, t.node("where"), fmt::format("unknown place '{}'", place),
                                  "one of: before, after, clause (the default), sentence"));
      }
      if (auto within = t.integer("within")) {
        if (*within < 0 || *within > 50) errors.push_back(error_at(path, t.node("within"), "'within' must be 0 to 50 words"));
        trigger.within = *within;
      }
      if (t.has("pattern")) {
        auto pattern = compile_pattern(path, t.node("pattern"), "");
        if (!pattern) continue;
        trigger.regex = pattern->regex;
        trigger.words = {pattern->source};
        out.push_back(std::move(trigger));
        continue;
      }
      trigger.regex = trigger_regex(trigger.words);
      if (!trigger.regex->ok()) {
        errors.push_back(error_at(path, t.node("words"), fmt::format("these words make no pattern: {}", trigger.regex->error())));
        continue;
      }
      out.push_back(std::move(trigger));
    }
    return out;
  }

  std::vector<RuleExample> compile_examples(const std::string& path, const YamlMap& map, bool with_value) {
    std::vector<RuleExample> out;
    for (const YAML::Node& example : map.sequence(with_value ? "examples" : "counter_examples")) {
      RuleExample ex;
      ex.where = location(path, example);
      if (!with_value && example.IsScalar()) {
        ex.text = example.Scalar();
      } else {
        YamlMap e(path, example, with_value ? std::initializer_list<std::string_view>{"text", "value", "subject"}
                                            : std::initializer_list<std::string_view>{"text", "subject"},
                  errors, with_value ? "an example" : "a counter-example");
        if (!e.valid()) continue;
        ex.text = e.string("text", true);
        if (with_value) ex.value = e.string("value", true);
        ex.subject = e.string("subject");
      }
      if (ex.subject.empty()) ex.subject = "Acme";
      out.push_back(std::move(ex));
    }
    return out;
  }

  void compile_evidence(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'evidence' must be a list, one item per slot"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item,
                  {"slot", "takes", "negated", "threshold", "strong", "triggers", "vetoes", "examples", "counter_examples"}, errors,
                  "a slot's evidence");
      if (!map.valid()) continue;
      SlotEvidence evidence;
      evidence.where = location(file.path, item);
      evidence.slot = map.string("slot", true);
      evidence.takes = map.strings("takes");
      const Slot* slot = set.slot(evidence.slot);
      if (!evidence.slot.empty() && slot == nullptr) {
        errors.push_back(error_at(file.path, map.node("slot"), fmt::format("unknown slot '{}'", evidence.slot),
                                  "declare it under 'slots:' (name, type, cardinality, description)"));
      } else if (set.evidence_for(evidence.slot) != nullptr) {
        errors.push_back(error_at(file.path, map.node("slot"), fmt::format("slot '{}' has evidence twice", evidence.slot),
                                  "write all of a slot's triggers in one item"));
      }
      if (evidence.takes.empty()) {
        errors.push_back(error_at(file.path, item, "a slot's evidence needs 'takes', the kinds of mention it takes",
                                  "takes: [count]"));
      }
      for (const std::string& kind : evidence.takes) {
        const auto detector = std::find_if(set.detectors.begin(), set.detectors.end(),
                                           [&](const MentionDetector& d) { return d.kind == kind; });
        if (detector == set.detectors.end()) {
          errors.push_back(error_at(file.path, map.node("takes"), fmt::format("no mention detector finds kind '{}'", kind),
                                    "name a kind that a detector under 'mentions:' has"));
        } else if (slot != nullptr && detector->type != slot->type) {
          errors.push_back(error_at(file.path, map.node("takes"),
                                    fmt::format("kind '{}' is read as {}, but slot '{}' holds {}", kind,
                                                to_string(detector->type), slot->name, to_string(slot->type))));
        }
      }
      if (map.has("negated")) {
        const std::string negated = map.string("negated");
        if (negated == "deny") {
          evidence.when_denied = WhenDenied::deny;
        } else if (negated == "drop") {
          evidence.when_denied = WhenDenied::drop;
        } else if (negated == "keep") {
          evidence.when_denied = WhenDenied::keep;
        } else {
          errors.push_back(error_at(file.path, map.node("negated"), fmt::format("unknown 'negated': '{}'", negated),
                                    "'deny' (a denied clause makes a denial), 'drop' (it makes no claim) or 'keep' (the denial is part of the slot's meaning)"));
        }
      }
      if (map.has("threshold") && number(file.path, map.node("threshold"), evidence.threshold) && evidence.threshold <= 0) {
        errors.push_back(error_at(file.path, map.node("threshold"), "'threshold' must be above 0"));
      }
      evidence.strong = std::numeric_limits<double>::infinity();
      if (map.has("strong") && number(file.path, map.node("strong"), evidence.strong) &&
          evidence.strong < evidence.threshold) {
        errors.push_back(error_at(file.path, map.node("strong"), "'strong' must be at least 'threshold'"));
      }
      evidence.triggers = compile_triggers(file.path, map, "triggers", true);
      evidence.vetoes = compile_triggers(file.path, map, "vetoes", false);
      if (evidence.triggers.empty() && !map.has("triggers")) {
        errors.push_back(error_at(file.path, item, "a slot's evidence needs 'triggers'"));
      }
      evidence.examples = compile_examples(file.path, map, true);
      evidence.counter_examples = compile_examples(file.path, map, false);
      set.evidence.push_back(std::move(evidence));
    }
  }

  std::optional<ContextRequirement> compile_context(const std::string& path, const YAML::Node& node) {
    YamlMap context(path, node, {"pattern", "sentences_before"}, errors, "a rule's context");
    if (!context.valid()) return std::nullopt;
    ContextRequirement requirement;
    requirement.sentences_before = context.integer("sentences_before").value_or(0);
    if (requirement.sentences_before < 0 || requirement.sentences_before > 5) {
      errors.push_back(error_at(path, context.node("sentences_before"), "'sentences_before' must be 0 to 5"));
    }
    if (!context.has("pattern")) {
      errors.push_back(error_at(path, node, "a context needs a 'pattern'"));
      return std::nullopt;
    }
    auto pattern = compile_pattern(path, context.node("pattern"), "");
    if (!pattern) return std::nullopt;
    requirement.pattern = std::move(*pattern);
    return requirement;
  }

  void compile_scope_patterns() {
    for (const std::string& w : set.scope.subject_references) set.scope.subject_references_folded.insert(detail::fold(w));
    for (const std::string& w : set.scope.not_organisation_words) set.scope.not_organisation_folded.insert(detail::fold(w));
    for (const auto& [path, node] : pending_mentions_)
      if (auto compiled = compile_pattern(path, node, "org", "", filter_)) set.scope.organisation_mentions.push_back(std::move(*compiled));
  }

  // --- pass 5 ------------------------------------------------------------------

  void check_references() {
    for (std::size_t i = 0; i < set.slots.size(); ++i) {
      for (const std::string& name : set.slots[i].yields_to) {
        if (set.slot(name) == nullptr) {
          const auto& [path, node] = yields_to_nodes_[i];
          errors.push_back(error_at(path, node, fmt::format("'yields_to' names an unknown slot '{}'", name),
                                    "name slots declared under 'slots:'"));
        }
      }
    }
    for (const PendingCheckSlot& p : pending_checks_) {
      if (!p.node.IsDefined() || p.node.IsNull()) {
        errors.push_back(error_at(p.path, p.check, fmt::format("this check needs '{}', a {} slot", p.key, to_string(p.type))));
        continue;
      }
      const std::string name = p.node.IsScalar() ? p.node.Scalar() : "";
      const Slot* slot = set.slot(name);
      if (slot == nullptr) {
        errors.push_back(error_at(p.path, p.node, fmt::format("'{}' names an unknown slot '{}'", p.key, name),
                                  "name slots declared under 'slots:'"));
      } else if (slot->type != p.type || slot->cardinality != Cardinality::one) {
        errors.push_back(error_at(p.path, p.node,
                                  fmt::format("'{}' must name a single-valued {} slot; '{}' is not one", p.key,
                                              to_string(p.type), name)));
      }
    }
    for (std::size_t i = 0; i < set.fields.size(); ++i) {
      for (const std::string& parent : set.fields[i].parents) {
        if (set.field(parent) == nullptr) {
          const auto& [path, node] = parent_nodes_[i];
          errors.push_back(error_at(path, node, fmt::format("'parents' names an unknown field '{}'", parent),
                                    "name fields declared under 'fields:'"));
        }
      }
    }
  }

  // Each macro must compile on its own, so a broken macro is reported where it
  // is defined rather than at every pattern that uses it.
  //
  // A cycle is reported once, at the definition of the first of its macros
  // (by name), naming the cycle; a macro too long once expanded is reported
  // where it is defined only when none of the macros it names is too long
  // itself (in a chain that doubles at each step, at the first that
  // overflows).
  void check_macros() {
    using Problem = detail::Expansion::Problem;
    for (const auto& [name, text] : set.macros) {
      auto where = macro_locations_.find(name);
      if (where == macro_locations_.end()) continue;  // made from a list, already checked
      detail::Expansion expansion = detail::expand_macros("{" + name + "}", set.macros);
      std::string problem = expansion.error, hint = "fix the macro's pattern";
      if (expansion.problem == Problem::cycle) {
        const auto& cycle = expansion.cycle;
        const bool on_cycle = std::find(cycle.begin(), cycle.end(), name) != cycle.end();
        if (!on_cycle || name != *std::min_element(cycle.begin(), cycle.end())) continue;  // reported once, at the cycle
        problem = fmt::format("macro {{{}}} uses itself: {}", name, fmt::join(cycle, " -> "));
        hint = "a macro may not use itself, directly or through other macros: take one of these out of the next one's pattern";
      } else if (expansion.problem == Problem::too_long) {
        if (uses_too_long_macro(text)) continue;  // reported at the macro it uses
        problem = fmt::format("macro {{{}}} is more than {} KB once its macros are expanded", name,
                              detail::kLongestExpansion >> 10);
        hint = "use each macro fewer times in it: every use repeats the macro's whole pattern";
      } else if (expansion.problem == Problem::unknown_macro) {
        // as written
      } else {
        RE2::Options options;
        options.set_log_errors(false);
        options.set_max_mem(64 << 20);
        RE2 regex(expansion.pattern, options);
        if (!regex.ok()) problem = fmt::format("RE2 rejects macro {}: {}", name, regex.error());
      }
      if (!problem.empty()) errors.push_back({where->second.file, where->second.line, where->second.column, problem, hint});
    }
  }

  // Whether `pattern` names a macro that is too long once expanded on its own.
  bool uses_too_long_macro(std::string_view pattern) {
    for (const std::string& used : detail::macros_named(pattern)) {
      if (!set.macros.count(used)) continue;
      auto [it, fresh] = too_long_.try_emplace(used, false);
      if (fresh) it->second = detail::expand_macros("{" + used + "}", set.macros).problem == detail::Expansion::Problem::too_long;
      if (it->second) return true;
    }
    return false;
  }
  std::map<std::string, bool> too_long_;  // macro -> too long once expanded (memo)

 private:
  bool number(const std::string& path, const YAML::Node& node, double& out) {
    if (node.IsDefined() && node.IsScalar() && YAML::convert<double>::decode(node, out)) return true;
    errors.push_back(error_at(path, node, "expected a number here"));
    return false;
  }

  // A mapping of words to numbers ("million: 1000000").
  std::vector<std::pair<std::string, double>> number_map(const std::string& path, const YAML::Node& node,
                                                         std::string_view what) {
    std::vector<std::pair<std::string, double>> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsMap()) {
      errors.push_back(error_at(path, node, fmt::format("{} must be a mapping of words to numbers", what)));
      return out;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      double value = 0;
      if (number(path, it->second, value)) out.emplace_back(it->first.Scalar(), value);
    }
    return out;
  }

  // A mapping of words to words ("박: park").
  std::vector<std::pair<std::string, std::string>> string_map(const std::string& path, const YAML::Node& node,
                                                              std::string_view what) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsMap()) {
      errors.push_back(error_at(path, node, fmt::format("{} must be a mapping of words to words", what)));
      return out;
    }
    for (auto it = node.begin(); it != node.end(); ++it)
      if (auto v = detail::scalar(path, it->second, errors, what)) out.emplace_back(it->first.Scalar(), *v);
    return out;
  }

  // A mapping of words to [first, last] ("late: [16, 31]").
  std::vector<std::pair<std::string, std::pair<int, int>>> pair_map(const std::string& path, const YAML::Node& node,
                                                                    std::string_view what) {
    std::vector<std::pair<std::string, std::pair<int, int>>> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsMap()) {
      errors.push_back(error_at(path, node, fmt::format("{} must map each word to [first, last]", what)));
      return out;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      int first = 0, last = 0;
      if (!it->second.IsSequence() || it->second.size() != 2 || !YAML::convert<int>::decode(it->second[0], first) ||
          !YAML::convert<int>::decode(it->second[1], last)) {
        errors.push_back(error_at(path, it->second, fmt::format("{}: '{}' must be [first, last]", what, it->first.Scalar())));
        continue;
      }
      out.emplace_back(it->first.Scalar(), std::make_pair(first, last));
    }
    return out;
  }

  std::vector<CategoryValue> category_values(const std::string& path, const YamlMap& map) {
    std::vector<CategoryValue> values;
    const YAML::Node node = map.node("values");
    if (!node.IsDefined() || node.IsNull()) return values;
    if (!node.IsMap()) {
      errors.push_back(error_at(path, node, "'values' must map each category to the words that name it",
                                "values:\n  insider: [former employee, insider]"));
      return values;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      CategoryValue value;
      value.id = it->first.Scalar();
      if (!is_identifier(value.id, false)) {
        errors.push_back(error_at(path, it->first, fmt::format("'{}' is not a category id", value.id),
                                  "category ids are lower case words joined by '_': state_actor"));
      }
      const YAML::Node listed = it->second;  // a copy: see collect_numbers
      if (listed.IsSequence()) {
        for (const YAML::Node& w : listed)
          if (auto text = detail::scalar(path, w, errors, "a category word")) value.words.push_back(*text);
      } else {
        errors.push_back(error_at(path, it->second, fmt::format("category '{}' must list its words", value.id)));
      }
      values.push_back(std::move(value));
    }
    return values;
  }

  void define(const std::string& name, std::string pattern) {
    if (macro_locations_.count(name) > 0) {
      const SourceLocation& where = macro_locations_[name];
      errors.push_back({where.file, where.line, where.column,
                        fmt::format("macro {} is built in: the loader makes it from the pack's lists", name),
                        "rename the macro, or add the words to the list it is made from (docs/rules.md)"});
      return;
    }
    set.macros[name] = std::move(pattern);
  }

  std::map<std::string, SourceLocation> macro_locations_;
  std::set<std::string> rule_ids_;
  std::vector<std::pair<std::string, YAML::Node>> pending_mentions_;  // collected in pass 2, compiled in pass 4
  struct PendingCheckSlot {
    std::string path;
    YAML::Node node;   // the slot's name
    std::string key;   // "first", "start", ...
    ValueType type;
    YAML::Node check;  // the whole check, for errors when `node` is missing
  };
  std::vector<PendingCheckSlot> pending_checks_;
  std::vector<std::pair<std::string, YAML::Node>> yields_to_nodes_;   // one per slot, for errors
  std::vector<std::pair<std::string, YAML::Node>> parent_nodes_;      // one per field, for errors
};

}  // namespace

const Slot* RuleSet::slot(std::string_view name) const {
  for (const Slot& s : slots)
    if (s.name == name) return &s;
  return nullptr;
}

const SlotEvidence* RuleSet::evidence_for(std::string_view name) const {
  for (const SlotEvidence& e : evidence)
    if (e.slot == name) return &e;
  return nullptr;
}

const DataField* RuleSet::field(std::string_view id) const {
  for (const DataField& f : fields)
    if (f.id == id) return &f;
  return nullptr;
}

const Country* RuleSet::country(std::string_view code) const {
  for (const Country& c : countries)
    if (c.code == code) return &c;
  return nullptr;
}

const Currency* RuleSet::currency(std::string_view code) const {
  for (const Currency& c : currencies)
    if (c.code == code) return &c;
  return nullptr;
}

namespace {

// One RE2::Set of every trigger and veto pattern (the same pattern once),
// each trigger told its index. Null when the set cannot be built.
std::shared_ptr<const re2::RE2::Set> build_trigger_set(std::vector<SlotEvidence>& evidence) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto set = std::make_shared<re2::RE2::Set>(options, RE2::UNANCHORED);
  std::map<std::string, int> index;  // pattern as added -> its index
  for (SlotEvidence& e : evidence) {
    for (std::vector<Trigger>* list : {&e.triggers, &e.vetoes}) {
      for (Trigger& t : *list) {
        if (!t.regex) continue;
        // The set has one set of options: a trigger that ignores case says so in its pattern.
        const std::string pattern = (t.regex->options().case_sensitive() ? "" : "(?i)") + t.regex->pattern();
        auto [it, fresh] = index.emplace(pattern, -1);
        if (fresh) it->second = set->Add(pattern, nullptr);
        t.set_index = it->second;
      }
    }
  }
  if (index.empty() || !set->Compile()) {
    for (SlotEvidence& e : evidence)
      for (std::vector<Trigger>* list : {&e.triggers, &e.vetoes})
        for (Trigger& t : *list) t.set_index = -1;
    return nullptr;
  }
  return set;
}

Result<RuleSet> compile_files(const std::vector<RuleFile>& files) {
  PackCompiler compiler;
  std::vector<ParsedFile> parsed;
  for (const RuleFile& file : files) {
    auto root = detail::parse_yaml(file.path, file.text, compiler.errors);
    if (!root || root->IsNull()) continue;
    YamlMap sections(file.path, *root,
                     {"slots", "macros", "rules", "scope", "names", "cues", "fields", "countries", "numbers", "dates",
                      "currencies", "tolerances", "trust", "checks", "mentions", "evidence", "grammar"},
                     compiler.errors, "a rule file");
    if (sections.valid()) parsed.push_back({file.path, *root});
  }
  for (const ParsedFile& file : parsed) {
    const YAML::Node& r = file.root;
    if (r["macros"]) compiler.collect_macros(file, r["macros"]);
    if (r["slots"]) compiler.collect_slots(file, r["slots"]);
    if (r["cues"]) compiler.collect_cues(file, r["cues"]);
    if (r["fields"]) compiler.collect_fields(file, r["fields"]);
    if (r["countries"]) compiler.collect_countries(file, r["countries"]);
    if (r["names"]) compiler.collect_names(file, r["names"]);
    if (r["scope"]) compiler.collect_scope_lists(file, r["scope"]);
    if (r["numbers"]) compiler.collect_numbers(file, r["numbers"]);
    if (r["dates"]) compiler.collect_dates(file, r["dates"]);
    if (r["currencies"]) compiler.collect_currencies(file, r["currencies"]);
    if (r["tolerances"]) compiler.collect_tolerances(file, r["tolerances"]);
    if (r["trust"]) compiler.collect_trust(file, r["trust"]);
    if (r["checks"]) compiler.collect_checks(file, r["checks"]);
    if (r["grammar"]) compiler.collect_grammar(file, r["grammar"]);
  }
  compiler.define_list_macros();
  for (const ParsedFile& file : parsed)
    if (file.root["rules"]) compiler.compile_rules(file, file.root["rules"]);
  for (const ParsedFile& file : parsed)
    if (file.root["mentions"]) compiler.compile_detectors(file, file.root["mentions"]);
  for (const ParsedFile& file : parsed)
    if (file.root["evidence"]) compiler.compile_evidence(file, file.root["evidence"]);
  compiler.compile_scope_patterns();
  compiler.check_references();
  compiler.check_macros();
  if (!compiler.errors.empty()) return compiler.errors;
  compiler.set.prefilter = detail::build_prefilter(compiler.filter_);
  compiler.set.trigger_set = build_trigger_set(compiler.set.evidence);
  return std::move(compiler.set);
}

}  // namespace

Result<RuleSet> compile_rule_pack(const std::vector<RuleFile>& files) {
  // The readers check every node before they use it; this is the net under
  // them, so that a node they missed is an error, never an exception.
  try {
    return compile_files(files);
  } catch (const YAML::Exception& e) {
    return Diagnostic{files.size() == 1 ? files.front().path : "", 0, 0,
                      fmt::format("the rule pack could not be read: {}", e.what()),
                      "please report this as a bug, with the rule files"};
  }
}

Result<RuleSet> load_rule_pack(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Diagnostic{dir, 0, 0, "the rule pack folder does not exist",
                      "pass the folder holding the pack's *.yaml files with --rules DIR"};
  }
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    if (it->is_regular_file() && (p.extension() == ".yaml" || p.extension() == ".yml")) paths.push_back(p.string());
  }
  if (ec) return Diagnostic{dir, 0, 0, fmt::format("cannot read the rule pack folder: {}", ec.message()), ""};
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) {
    return Diagnostic{dir, 0, 0, "the rule pack folder holds no .yaml files", "pass the default pack's folder with --rules"};
  }
  std::vector<RuleFile> files;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Diagnostic{path, 0, 0, "cannot read the rule file", "check its permissions"};
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({path, text.str()});
  }
  return compile_rule_pack(files);
}

}  // namespace factlint
