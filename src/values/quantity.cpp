// Quantities: counts with their precision and hedges, and shares of a
// population. Entry points: parse_quantity(), compare_quantities().
//
// "nearly 12 million" -> [10.8e6, 12e6], mod below: the hedge reaches 10%
// below (numbers.hedge_reach). "12.4 million" -> [12.35e6, 12.45e6]: the
// digits written set the precision. "nearly a third of Canadians" -> 1/3 of
// Canada's population (reference/countries.yaml), within 5%, then the
// hedge.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "text/text.hpp"
#include "values/number_reader.hpp"
#include "values/value_types.hpp"

namespace factlint::detail {
namespace {

// How precisely a share of a population is known before any hedge: writers
// round shares ("two-thirds" for 0.64..0.69), so 5% either side.
constexpr double kShareSpread = 0.05;

struct Share {
  double fraction = 0;
  std::string written;  // "2/3"
  std::size_t end = 0;
};

// "two-thirds", "a third", "half", "one in three", "40%", "40 per cent".
std::optional<Share> read_share(std::string_view text, const NumberRules& rules) {
  std::size_t end = 0;
  if (starts_with_words(text, "half", &end)) return Share{0.5, "1/2", end};
  if (auto n = read_number(text, rules)) {
    std::string_view rest = text.substr(n->end);
    std::size_t i = 0;
    while (i < rest.size() && rest[i] == ' ') ++i;
    if (rest.substr(i).rfind("%", 0) == 0) return Share{n->value / 100, fmt::format("{}%", n->value), n->end + i + 1};
    for (const char* percent : {"per cent", "percent", "pc"}) {
      std::size_t e = 0;
      if (starts_with_words(rest.substr(i), percent, &e)) return Share{n->value / 100, fmt::format("{}%", n->value), n->end + i + e};
    }
    // "one in three"
    std::size_t e = 0;
    if (starts_with_words(rest.substr(i), "in", &e)) {
      if (auto d = read_number(rest.substr(i + e), rules); d && d->value > 0) {
        return Share{n->value / d->value, fmt::format("{}/{}", n->value, d->value), n->end + i + e + d->end};
      }
    }
  }
  // "two-thirds", "two thirds", "a third", "one quarter"
  std::size_t i = 0;
  double numerator = 0;
  if (starts_with_words(text, "a", &end) || starts_with_words(text, "an", &end)) {
    numerator = 1;
    i = end;
  } else if (auto n = read_number(text.substr(0, text.find_first_of(" -") == std::string_view::npos
                                                     ? text.size()
                                                     : text.find_first_of(" -")),
                                  rules)) {
    numerator = n->value;
    i = n->end;
  } else {
    return std::nullopt;
  }
  while (i < text.size() && (text[i] == ' ' || text[i] == '-')) ++i;
  for (const auto& [word, denominator] : rules.fractions) {
    if (starts_with_words(text.substr(i), word, &end)) {
      return Share{numerator / denominator, fmt::format("{}/{}", numerator, denominator), i + end};
    }
  }
  return std::nullopt;
}

// Whose share: a country named or its people ("Koreans"), or the story's
// country ("the country", "the nation's population").
const Country* population_of(std::string_view text, const ValueContext& context) {
  const Country* best = nullptr;
  std::size_t best_length = 0;
  for (const Country& c : context.rules.countries) {
    std::vector<std::string> words = c.demonyms;
    words.insert(words.end(), c.names.begin(), c.names.end());
    for (const std::string& w : words) {
      const std::string needle = normalised(w);
      if (needle.size() > best_length && !find_whole_words(text, needle).empty()) best = &c, best_length = needle.size();
    }
  }
  if (best != nullptr) return best;
  for (const char* word : {"country", "nation", "population"})
    if (!find_whole_words(text, word).empty()) return context.rules.country(context.country);
  return nullptr;
}

// The kind of count `unit` words name: "people", "records", "bytes", or "".
std::string unit_class(std::string_view unit, const NumberRules& rules) {
  const std::string text = normalised(unit);
  std::string best;
  std::size_t best_length = 0;
  for (const auto& [kind, words] : rules.units) {
    for (const std::string& w : words) {
      const std::string needle = normalised(w);
      if (needle.size() > best_length && !find_whole_words(text, needle).empty()) best = kind, best_length = needle.size();
    }
  }
  return best;
}

// The kind of count, with a country's people ("Americans") counted as people.
std::string unit_class(std::string_view unit, const ValueContext& context) {
  std::string kind = unit_class(unit, context.rules.numbers);
  if (!kind.empty()) return kind;
  const std::string text = normalised(unit);
  for (const Country& c : context.rules.countries)
    for (const std::string& d : c.demonyms)
      if (!find_whole_words(text, normalised(d)).empty()) return "people";
  return "";
}

// A byte unit right after a number ("7.3GB", "540 gigabytes"): its factor.
std::optional<double> byte_factor(std::string_view rest, const NumberRules& rules) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  for (const auto& [word, factor] : rules.bytes) {
    std::size_t end = 0;
    if (starts_with_words(rest.substr(i), normalised(word), &end)) return factor;
  }
  return std::nullopt;
}

std::string canonical_of(const Quantity& q) {
  std::string out = "[" + (q.range.lo ? canonical_number(*q.range.lo) : "") + "," +
                    (q.range.hi ? canonical_number(*q.range.hi) : "") + "]";
  if (!q.unit.empty()) out += " " + q.unit;
  return out;
}

}  // namespace

std::optional<ParsedValue> parse_quantity(std::string_view written, const ValueContext& context) {
  const NumberRules& rules = context.rules.numbers;
  std::string text = normalised(written);
  Quantity q;
  q.mod = take_hedge(text, context.hedge, context.rules.cues);
  if (text.rfind("all ", 0) == 0) text = text.substr(4);
  if (text.rfind("its entire ", 0) == 0) text = text.substr(11);

  // "half a million", "a quarter of a million": a share of a magnitude is a
  // number ("0.5 million"), not a share of a population.
  if (auto share = read_share(text, rules)) {
    std::string_view rest = std::string_view(text).substr(share->end);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::size_t skip = 0;
    if (starts_with_words(rest, "of", &skip)) rest = rest.substr(skip), rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(' ')));
    if (starts_with_words(rest, "a", &skip) || starts_with_words(rest, "an", &skip)) {
      std::string_view magnitude = rest.substr(skip);
      while (!magnitude.empty() && magnitude.front() == ' ') magnitude.remove_prefix(1);
      for (const auto& [word, value] : rules.magnitudes) {
        std::size_t e = 0;
        if (value > 1 && starts_with_words(magnitude, word, &e)) {
          text = fmt::format("{:.3g} {}", share->fraction, magnitude);
          break;
        }
      }
    }
  }
  if (auto share = read_share(text, rules)) {
    // A share of a population needs whose: without a population it stays a
    // share, comparable with nothing.
    const Country* country = population_of(text.substr(share->end), context);
    q.unit = "people";
    if (country == nullptr) {
      q.share = share->written + " of ?";
      ParsedValue v{collapse_spaces(written), "share " + q.share, q};
      return v;
    }
    const double count = clean(share->fraction * country->population);
    q.point = count;
    q.share = share->written + " of " + country->code;
    if (q.mod.empty()) {
      q.range = clean(NumberRange{count * (1 - kShareSpread), count * (1 + kShareSpread)});
    } else {
      q.range = hedged_range(count, count * 2 * kShareSpread, q.mod, rules);
    }
    // People are counted whole: widen to whole numbers, never narrow.
    q.point = std::round(q.point);
    if (q.range.lo) q.range.lo = std::floor(*q.range.lo);
    if (q.range.hi) q.range.hi = std::ceil(*q.range.hi);
    return ParsedValue{collapse_spaces(written), canonical_of(q), q};
  }

  std::size_t end = 0;
  if (text.rfind("between ", 0) == 0) text = text.substr(8);
  if (auto vague = read_vague_amount(text, rules)) {
    q.range = vague->first;
    q.point = *vague->first.lo;
    end = vague->second;
  } else if (auto n = read_number(text, rules)) {
    q.point = n->value;
    q.range = hedged_range(n->value, n->step, q.mod, rules);
    end = n->end;
    // A range: "2 to 3 million", "2-3 million", "between 2 and 3 million".
    const std::string_view rest = std::string_view(text).substr(end);
    for (const char* joiner : {" to ", "-", "–", " and ", " - ", " – "}) {
      const std::string_view j(joiner);
      if (rest.substr(0, j.size()) != j) continue;
      if (auto upper = read_number(rest.substr(j.size()), rules)) {
        double lo = n->value;
        // "2 to 3 million": the first number takes the second's magnitude.
        if (n->magnitude == 1 && upper->magnitude > 1) lo *= upper->magnitude;
        // "3m-3025" is no range (found by fuzzing): the number alone is read.
        if (lo > upper->value) break;
        q.range = {lo, upper->value};
        q.point = lo;
        end += j.size() + upper->end;
        q.mod = q.mod.empty() ? "range" : q.mod;
      }
      break;
    }
  } else {
    return std::nullopt;
  }

  const std::string_view rest = std::string_view(text).substr(std::min(end, text.size()));
  if (auto factor = byte_factor(rest, rules)) {
    q.unit = "bytes";
    q.point = clean(q.point * *factor);
    if (q.range.lo) *q.range.lo = clean(*q.range.lo * *factor);
    if (q.range.hi) *q.range.hi = clean(*q.range.hi * *factor);
  } else {
    q.unit = unit_class(context.unit.empty() ? rest : std::string_view(context.unit), context);
  }
  return ParsedValue{collapse_spaces(written), canonical_of(q), q};
}

Comparison compare_quantities(const Quantity& a, const Quantity& b) {
  if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) {
    return {Relation::incomparable, fmt::format("they count different things ({} and {})", a.unit, b.unit)};
  }
  if ((!a.range.lo && !a.range.hi) || (!b.range.lo && !b.range.hi)) {
    return {Relation::incomparable, "a share of a population with no population to take it of"};
  }
  const Relation r = range_relation(a.range, b.range);
  switch (r) {
    case Relation::agree: return {r, fmt::format("the same count ({})", readable_range(a.range))};
    case Relation::compatible:
      return {r, fmt::format("{} overlaps {}", readable_range(a.range), readable_range(b.range))};
    default:
      return {Relation::conflict, fmt::format("{} and {} do not overlap", readable_range(a.range), readable_range(b.range))};
  }
}

}  // namespace factlint::detail
