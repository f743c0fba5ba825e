// Facts: the claims of a story, split into the things that each have one true
// value, and grouped into sides of statements that agree. Entry point:
// build_facts().
//
// Statements are grouped narrowest value first: a statement joins the first
// side it agrees with (or overlaps, or nearly matches) in every member, so a
// broad value ("late March") cannot merge two precise values that conflict
// ("March 3" and "March 14"). A broad value that fits more than one side
// takes no side at all.
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include <fmt/format.h>

#include "reconcile/facts.hpp"
#include "text/text.hpp"

namespace factlint::detail {
namespace {

// Whether a value can be compared at all: a resolved date, a quantity with a
// range, money with a currency.
bool placeable(const TypedValue& v) {
  if (const auto* d = std::get_if<DateValue>(&v)) return d->resolved();
  if (const auto* q = std::get_if<Quantity>(&v)) return q->range.lo || q->range.hi;
  if (const auto* m = std::get_if<Money>(&v)) return !m->currency.empty();
  if (const auto* d = std::get_if<Duration>(&v)) return d->days.lo || d->days.hi;
  return !std::holds_alternative<std::monostate>(v);
}

// How wide a value is, to order statements narrowest first.
double width(const TypedValue& v) {
  constexpr double kInfinite = std::numeric_limits<double>::infinity();
  auto range_width = [&](const NumberRange& r) { return r.lo && r.hi ? *r.hi - *r.lo : kInfinite; };
  if (const auto* q = std::get_if<Quantity>(&v)) return range_width(q->range);
  if (const auto* m = std::get_if<Money>(&v)) return range_width(m->range);
  if (const auto* d = std::get_if<Duration>(&v)) return range_width(d->days);
  if (const auto* d = std::get_if<DateValue>(&v)) {
    if (!d->resolved()) return kInfinite;
    const auto days = [](const CivilDate& c) { return c.year * 372.0 + c.month * 31.0 + c.day; };
    return days(*d->hi) - days(*d->lo);
  }
  if (const auto* c = std::get_if<Category>(&v)) return static_cast<double>(c->ids.size());
  return 0;
}

std::string words_key(std::string_view text) {
  std::string key;
  for (const std::string& w : split_words(fold(text))) key += (key.empty() ? "" : " ") + w;
  return key;
}

// Named after the fact's field, whichever item speaks to it: in the fact
// "card_number", "-payment" reads "card_number not exposed".
std::string field_display(const std::string& field, const FieldItem& item) {
  std::string out = field + (item.exposed ? " exposed" : " not exposed");
  if (!item.qualifier.empty()) out += " (" + item.qualifier + ")";
  return out;
}

std::string field_canonical(const FieldItem& item) {
  return (item.exposed ? "+" : "-") + item.id + (item.qualifier.empty() ? "" : "(" + item.qualifier + ")");
}

// When each claim speaks as of. A reporting_time date in the claim's sentence
// ("disclosed in 2019 that ...") dates the claim when it lies before the
// article's publication; otherwise the publication date does.
struct AsOf {
  std::optional<CivilDate> lo, hi;
};

// The reporting_time claims of each sentence, so that each claim finds its
// own sentence's in one look-up (not by reading every claim of the story).
using SentenceKey = std::pair<std::string_view, std::size_t>;  // source, sentence start
using ReportingTimes = std::map<SentenceKey, std::vector<const Claim*>>;

ReportingTimes reporting_times(const std::vector<Claim>& claims, const RuleSet& rules) {
  ReportingTimes out;
  for (const Claim& c : claims) {
    const Slot* slot = rules.slot(c.slot);
    const auto* date = std::get_if<DateValue>(&c.typed);
    if (slot != nullptr && slot->reporting_time && date != nullptr && date->resolved()) {
      out[{c.source, c.sentence_begin}].push_back(&c);
    }
  }
  return out;
}

AsOf as_of(const Claim& claim, const ReportingTimes& times, const std::map<std::string, CivilDate>& published,
           const RuleSet& rules) {
  const auto pub = published.find(claim.source);
  const Slot* own = rules.slot(claim.slot);
  if (own == nullptr || !own->reporting_time) {
    if (auto it = times.find({claim.source, claim.sentence_begin}); it != times.end()) {
      for (const Claim* other : it->second) {
        const auto* date = std::get_if<DateValue>(&other->typed);
        if (pub != published.end() && !(*date->hi < pub->second)) continue;
        return {date->lo, date->hi};
      }
    }
  }
  if (pub != published.end()) return {pub->second, pub->second};
  return {};
}

Statement statement_of(const Claim& claim, TypedValue value, std::string display, std::string canonical,
                       const AsOf& when) {
  return Statement{&claim, std::move(value), std::move(display), std::move(canonical), when.lo, when.hi};
}

// The item of `set` that speaks to field `id`: the item itself, or else a
// broader field said safe ("-payment" speaks to card_number). A narrower
// field said exposed ("+card_number") is left to its own fact, so that one
// disagreement makes one finding.
const FieldItem* item_for(const FieldSet& set, const std::string& id, const RuleSet& rules) {
  for (const FieldItem& item : set.items)
    if (item.id == id) return &item;
  for (const FieldItem& item : set.items)
    if (!item.exposed && field_covers(rules, item.id, id)) return &item;
  return nullptr;
}

// What decides how a statement compares: statements with the same key say
// the same thing to compare() (its canonical value; for a date, also the days
// it covers, which a relative date takes from its article; for money, the
// year whose exchange rates apply).
std::string comparison_key(const Statement& s) {
  if (const auto* d = std::get_if<DateValue>(&s.value); d != nullptr && d->resolved()) {
    return fmt::format("{}|{}-{}-{}..{}-{}-{}", s.canonical, d->lo->year, d->lo->month, d->lo->day, d->hi->year,
                       d->hi->month, d->hi->day);
  }
  if (const auto* m = std::get_if<Money>(&s.value)) return fmt::format("{}|{}", s.canonical, m->year);
  return s.canonical;
}

// Statements into values, values compared once each pair, then values into
// sides: a value joins the first side it agrees with (or overlaps, or nearly
// matches) in every value and conflicts with none; a value that fits more
// than one side takes none.
void group_into_sides(Fact& fact, const RuleSet& rules, const StopAt& deadline) {
  std::stable_sort(fact.statements.begin(), fact.statements.end(), [](const Statement& a, const Statement& b) {
    const double wa = width(a.value), wb = width(b.value);
    if (wa != wb) return wa < wb;
    return std::tie(a.claim->source, a.claim->span.begin) < std::tie(b.claim->source, b.claim->span.begin);
  });
  const std::size_t n = fact.statements.size();
  std::map<std::string, std::size_t> value_by_key;
  fact.value_of.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto [it, fresh] = value_by_key.emplace(comparison_key(fact.statements[i]), fact.values.size());
    if (fresh) {
      fact.values.push_back(i);
      fact.stated.emplace_back();
    }
    fact.value_of[i] = it->second;
    fact.stated[it->second].push_back(i);
  }
  const std::size_t k = fact.values.size();
  if (k > kMaxValuesPerFact) {
    throw OverBudget{fmt::format("{} ({}) has {} different values, more than the {} one fact may have", fact.what(),
                                 fact.slot->name, k, kMaxValuesPerFact)};
  }
  fact.relations.assign(k * k, Relation::agree);
  for (std::size_t v = 0; v < k; ++v) {
    deadline.check();
    for (std::size_t w = v + 1; w < k; ++w) {
      const Relation r =
          compare(fact.statements[fact.values[v]].value, fact.statements[fact.values[w]].value, rules).relation;
      fact.relations[v * k + w] = fact.relations[w * k + v] = r;
    }
  }
  // Whether value v may sit in a side (of values): it conflicts with no
  // member and joins at least one.
  auto fits = [&](std::size_t v, const std::vector<std::size_t>& side) {
    bool related = false;
    for (std::size_t w : side) {
      if (w == v) continue;
      const Relation r = fact.between(v, w);
      if (joins(r)) {
        related = true;
      } else if (r != Relation::incomparable) {
        return false;
      }
    }
    return related;
  };
  std::vector<std::vector<std::size_t>> sides;  // of values, in order of their first statement
  for (std::size_t v = 0; v < k; ++v) {
    deadline.check();
    auto side = std::find_if(sides.begin(), sides.end(), [&](const auto& s) { return fits(v, s); });
    if (side != sides.end()) side->push_back(v);
    else sides.push_back({v});
  }
  // A broad value that fits more than one side ("late March" beside "March 3"
  // and "March 14") takes no side.
  // (A value stated more than once agrees with itself: its own side fits it.)
  std::vector<char> broad(k, 0);
  for (const auto& side : sides) {
    for (std::size_t v : side) {
      const auto fitting = std::count_if(sides.begin(), sides.end(), [&](const auto& s) {
        const bool own = &s == &side;
        return fits(v, s) || (own && fact.stated[v].size() > 1 &&
                              std::none_of(s.begin(), s.end(), [&](std::size_t w) {
                                return w != v && !joins(fact.between(v, w)) && fact.between(v, w) != Relation::incomparable;
                              }));
      });
      if (fitting >= 2) broad[v] = 1;
    }
  }
  for (const auto& side : sides) {
    std::vector<std::size_t> members;
    for (std::size_t v : side)
      if (!broad[v]) members.insert(members.end(), fact.stated[v].begin(), fact.stated[v].end());
    if (members.empty()) continue;
    std::sort(members.begin(), members.end());
    fact.sides.push_back(std::move(members));
  }
}

}  // namespace

bool joins(Relation relation) {
  return relation == Relation::agree || relation == Relation::compatible || relation == Relation::minor;
}

Comparison Fact::comparison(std::size_t i, std::size_t j) const {
  if (value_of[i] == value_of[j]) return {Relation::agree, "the same value", ""};
  // The narrower statement first, whichever way the pair is asked for: a
  // reason reads the same from either side.
  if (j < i) std::swap(i, j);
  return compare(statements[i].value, statements[j].value, *rules);
}

std::vector<std::size_t> Fact::values_in(const std::vector<std::size_t>& members) const {
  std::vector<std::size_t> out;
  std::vector<char> seen(values.size(), 0);
  for (std::size_t i : members)
    if (!seen[value_of[i]]) seen[value_of[i]] = 1, out.push_back(value_of[i]);
  return out;
}

std::string Fact::what() const {
  // A field of a field set is exposed or safe: "whether payment was exposed".
  if (slot->type == ValueType::field_set) return fmt::format("whether {} was exposed", key);
  const std::string base = slot->description.empty() ? slot->name : slot->description;
  return key.empty() ? base : fmt::format("{} ({})", base, key_written.empty() ? key : key_written);
}

std::vector<Fact> build_facts(const std::vector<Claim>& claims, const std::map<std::string, CivilDate>& published,
                              const RuleSet& rules, const StopAt& deadline) {
  std::vector<Fact> facts;
  // When each claim speaks, worked out once: a field-set claim speaks to
  // several facts.
  std::map<const Claim*, AsOf> when;
  const ReportingTimes times = reporting_times(claims, rules);
  for (const Claim& c : claims) when[&c] = as_of(c, times, published, rules);
  for (const Slot& slot : rules.slots) {
    std::vector<const Claim*> of_slot;
    for (const Claim& c : claims)
      if (c.slot == slot.name && placeable(c.typed)) of_slot.push_back(&c);
    if (of_slot.empty()) continue;

    std::map<std::string, Fact> by_key;  // sorted keys: a deterministic order
    if (slot.type == ValueType::field_set) {
      std::set<std::string> fields;
      for (const Claim* c : of_slot)
        for (const FieldItem& item : std::get<FieldSet>(c->typed).items) fields.insert(item.id);
      for (const std::string& id : fields) {
        Fact& fact = by_key[id];
        for (const Claim* c : of_slot) {
          const FieldItem* item = item_for(std::get<FieldSet>(c->typed), id, rules);
          if (item == nullptr) continue;
          fact.statements.push_back(statement_of(*c, FieldSet{{*item}}, field_display(id, *item), field_canonical(*item),
                                                 when[c]));
        }
      }
    } else if (slot.cardinality == Cardinality::one || slot.one_per == FactKey::recipient) {
      for (const Claim* c : of_slot) {
        const std::string key = slot.cardinality == Cardinality::one ? "" : words_key(c->recipient);
        if (slot.cardinality == Cardinality::many && key.empty()) continue;
        by_key[key].statements.push_back(
            statement_of(*c, c->typed, c->value, c->canonical, when[c]));
      }
    }
    for (auto& [key, fact] : by_key) {
      if (fact.statements.empty()) continue;
      fact.slot = &slot;
      fact.rules = &rules;
      fact.key = key;
      if (slot.one_per == FactKey::recipient) fact.key_written = fact.statements.front().claim->recipient;
      group_into_sides(fact, rules, deadline);
      facts.push_back(std::move(fact));
    }
  }
  return facts;
}

std::vector<std::string> sources_of(const Fact& fact, const std::vector<std::size_t>& members) {
  std::set<std::string> sources;
  for (std::size_t i : members) sources.insert(fact.statements[i].claim->source);
  return {sources.begin(), sources.end()};
}

Side make_side(const Fact& fact, const std::vector<std::size_t>& members) {
  Side side;
  std::vector<const Statement*> ordered;
  for (std::size_t i : members) ordered.push_back(&fact.statements[i]);
  // The side's canonical value is its narrowest statement's (members come
  // narrowest first).
  side.canonical = ordered.front()->canonical;
  std::sort(ordered.begin(), ordered.end(), [](const Statement* a, const Statement* b) {
    return std::tie(a->claim->source, a->claim->span.begin) < std::tie(b->claim->source, b->claim->span.begin);
  });
  std::map<std::string, int> written;  // how often each written form occurs
  for (const Statement* s : ordered) {
    const Claim* c = s->claim;
    ++written[s->display];
    side.evidence.push_back({c->id, c->source, c->path, c->position, c->text, c->sentence, c->span, c->sentence_begin});
  }
  // Each canonical value is named by its most common written form; ties go
  // to the longest (it says the most, "Jane Q. Public" over "Jane Public").
  std::map<std::string, std::string> by_canonical;  // canonical -> its most common written form
  std::map<std::string, int> best, statements;      // canonical -> that form's count; its statements
  std::map<std::string, std::size_t> first;         // canonical -> its first (narrowest) statement
  for (std::size_t i : members) first.emplace(fact.statements[i].canonical, i);
  for (const Statement* s : ordered) {
    const int n = written[s->display];
    ++statements[s->canonical];
    int& b = best[s->canonical];
    std::string& v = by_canonical[s->canonical];
    if (n > b || (n == b && s->display.size() > v.size())) b = n, v = s->display;
  }
  // The side is named by its most stated value, with the values only a
  // tolerance away from it ("March 14 / March 15"); values that merely
  // overlap it ("nearly 12 million" beside "12.4 million") are not named.
  std::string lead;
  for (const auto& [canonical, n] : statements) {
    if (lead.empty() || n > statements[lead] || (n == statements[lead] && first[canonical] < first[lead])) lead = canonical;
  }
  for (const auto& [canonical, value] : by_canonical) {
    const bool named = canonical == lead || fact.related(first[canonical], first[lead]) == Relation::minor;
    if (named) side.value += (side.value.empty() ? "" : " / ") + value;
  }
  side.sources = sources_of(fact, members);
  return side;
}

std::string count_of(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace factlint::detail
