// Money: an amount interval in one ISO 4217 currency, and comparison across
// currencies through the dated rates of reference/currencies.yaml. Entry
// points: parse_money(), compare_money().
//
// "$45mn" -> USD [44.5e6, 45.5e6]; "61.2 billion won" -> KRW [61.15e9,
// 61.25e9]; "billions of won" -> KRW [1e9, 1e12]. A bare "$" or "¥" means
// the currency of the story's country when that country writes its own money
// so (Australian dollars in an Australian story), else its default (US
// dollars, yen). An amount with no currency compares only with another amount
// with none, and only in a story whose country fixes the currency.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "text/text.hpp"
#include "values/number_reader.hpp"
#include "values/value_types.hpp"

namespace factlint::detail {
namespace {

bool listed(const std::vector<std::string>& list, std::string_view country) {
  return std::find(list.begin(), list.end(), country) != list.end();
}

// The currency a symbol at the start of `text` names ("$", "us$", "€", "eur"),
// and where the symbol ends.
std::optional<std::pair<std::string, std::size_t>> leading_symbol(std::string_view text, const ValueContext& context) {
  std::string best_code;
  std::size_t best_length = 0;
  auto consider = [&](const std::string& symbol, const std::string& code) {
    const std::string s = normalised(symbol);
    if (s.size() > best_length && text.substr(0, s.size()) == s) best_code = code, best_length = s.size();
  };
  for (const Currency& c : context.rules.currencies)
    for (const std::string& s : c.symbols) consider(s, c.code);
  // Ambiguous symbols: the story's own currency first, then the default.
  for (const Currency& c : context.rules.currencies)
    if (listed(c.countries, context.country))
      for (const std::string& s : c.local_symbols) consider(s, c.code);
  for (const Currency& c : context.rules.currencies)
    for (const std::string& s : c.default_for)
      if (normalised(s).size() > best_length) consider(s, c.code);
  if (best_length == 0) return std::nullopt;
  return std::make_pair(best_code, best_length);
}

// The currency a word after the amount names ("won", "euros", "us dollars").
std::string trailing_word(std::string_view rest, const ValueContext& context) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (rest.substr(i).rfind("of ", 0) == 0) i += 3;  // "billions of won"
  std::string best;
  std::size_t best_length = 0;
  for (const Currency& c : context.rules.currencies) {
    std::vector<std::string> words = c.words;
    words.insert(words.end(), c.symbols.begin(), c.symbols.end());
    for (const std::string& w : words) {
      std::size_t end = 0;
      const std::string n = normalised(w);
      if (n.size() > best_length && starts_with_words(rest.substr(i), n, &end)) best = c.code, best_length = n.size();
    }
  }
  return best;
}

// The currency of amounts written without one, in a story set in `country`.
std::string unstated(const ValueContext& context) {
  for (const Currency& c : context.rules.currencies)
    if (!context.country.empty() && listed(c.countries, context.country)) return "?" + c.code;
  return "";
}

double per_usd(const Currency& c, int year) {
  if (c.per_usd.empty()) return 0;
  auto it = c.per_usd.lower_bound(year);
  if (it == c.per_usd.end()) return std::prev(it)->second;
  if (it->first == year || it == c.per_usd.begin()) return it->second;
  auto before = std::prev(it);
  return year - before->first <= it->first - year ? before->second : it->second;
}

std::string canonical_of(const Money& m) {
  return (m.currency.empty() ? std::string("?") : m.currency) + " [" +
         (m.range.lo ? canonical_number(*m.range.lo) : "") + "," + (m.range.hi ? canonical_number(*m.range.hi) : "") + "]";
}

}  // namespace

std::optional<ParsedValue> parse_money(std::string_view written, const ValueContext& context) {
  std::string text = normalised(written);
  Money m;
  m.mod = take_hedge(text, context.hedge, context.rules.cues);
  m.year = context.published ? context.published->year : context.year.value_or(0);
  // Words before the amount that only describe it: "a record 61.2 billion won".
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const char* filler : {"a ", "an ", "the ", "record ", "total of ", "combined ", "further ", "another "}) {
      if (text.rfind(filler, 0) == 0 && !read_number(text, context.rules.numbers)) {
        text = text.substr(std::string_view(filler).size());
        stripped = true;
      }
    }
  }
  std::size_t pos = 0;
  if (auto symbol = leading_symbol(text, context)) {
    m.currency = symbol->first;
    pos = symbol->second;
  }
  while (pos < text.size() && text[pos] == ' ') ++pos;
  const std::string_view amount = std::string_view(text).substr(pos);
  std::size_t end = 0;
  if (auto vague = read_vague_amount(amount, context.rules.numbers)) {
    m.range = vague->first;
    m.point = *vague->first.lo;
    end = vague->second;
  } else if (auto n = read_number(amount, context.rules.numbers)) {
    m.point = n->value;
    m.range = hedged_range(n->value, n->step, m.mod, context.rules.numbers);
    end = n->end;
  } else {
    return std::nullopt;
  }
  if (m.currency.empty()) m.currency = trailing_word(amount.substr(end), context);
  if (m.currency.empty()) m.currency = unstated(context);
  return ParsedValue{collapse_spaces(written), canonical_of(m), m};
}

Comparison compare_money(const Money& a, const Money& b, const RuleSet& rules) {
  if (a.currency.empty() || b.currency.empty()) return {Relation::incomparable, "an amount with no currency"};
  if (a.currency == b.currency) {
    const Relation r = range_relation(a.range, b.range);
    if (r == Relation::agree) return {r, fmt::format("the same amount ({} {})", readable_range(a.range), a.currency)};
    if (r == Relation::compatible)
      return {r, fmt::format("{} overlaps {} {}", readable_range(a.range), readable_range(b.range), a.currency)};
    return {Relation::conflict,
            fmt::format("{} and {} {} do not overlap", readable_range(a.range), readable_range(b.range), a.currency)};
  }
  const Currency* ca = rules.currency(a.currency);
  const Currency* cb = rules.currency(b.currency);
  const int year = a.year != 0 ? a.year : b.year != 0 ? b.year : 2025;
  if (ca == nullptr || cb == nullptr || per_usd(*ca, year) == 0 || per_usd(*cb, year) == 0) {
    return {Relation::incomparable, fmt::format("no exchange rate between {} and {}", a.currency, b.currency)};
  }
  const double ra = per_usd(*ca, year), rb = per_usd(*cb, year);
  auto in_usd = [](const NumberRange& r, double rate) {
    return NumberRange{r.lo ? std::optional<double>(*r.lo / rate) : std::nullopt,
                       r.hi ? std::optional<double>(*r.hi / rate) : std::nullopt};
  };
  NumberRange ua = in_usd(a.range, ra), ub = in_usd(b.range, rb);
  const double tolerance = rules.tolerances.money_relative;
  if (ua.lo) *ua.lo *= 1 - tolerance;
  if (ua.hi) *ua.hi *= 1 + tolerance;
  const std::string how = fmt::format("at {}'s rates ({} {} and {} {} to the dollar)", year, readable_number(ra),
                                      a.currency, readable_number(rb), b.currency);
  if (range_relation(ua, ub) != Relation::conflict) {
    return {Relation::compatible, fmt::format("{} {} is within {:.0f}% of {} {} {}", readable_range(a.range), a.currency,
                                              tolerance * 100, readable_range(b.range), b.currency, how)};
  }
  return {Relation::conflict, fmt::format("{} {} and {} {} differ by more than {:.0f}% {}", readable_range(a.range),
                                          a.currency, readable_range(b.range), b.currency, tolerance * 100, how)};
}

}  // namespace factlint::detail
