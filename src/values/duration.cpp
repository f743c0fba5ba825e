// Durations: "five months", "nearly seven weeks", "months" (at least two),
// as intervals of days with an ISO 8601 form. Entry points: parse_duration(),
// compare_durations().
#include <cmath>

#include <fmt/format.h>

#include "values/number_reader.hpp"
#include "values/value_types.hpp"

namespace factlint::detail {
namespace {

struct Unit {
  const char* singular;
  const char* plural;
  double days;
  const char* iso;  // the ISO 8601 designator; hours take the "T" form
};

// The units of time are not language data to tune: their lengths are the
// calendar's (a month is 30.44 days on average).
constexpr Unit kUnits[] = {{"hour", "hours", 1.0 / 24, "H"},   {"day", "days", 1, "D"},
                           {"week", "weeks", 7, "W"},          {"month", "months", 30.4375, "M"},
                           {"year", "years", 365.25, "Y"},     {"h", "h", 1.0 / 24, "H"}};

std::string iso_of(double count, const Unit& u) {
  // A whole count is written without a decimal point; only one that fits a
  // long long can be cast to it ("1508888888888888888888 days" cannot).
  const bool whole = count == std::floor(count) && std::abs(count) < 9e18;
  const std::string n = whole ? fmt::format("{}", static_cast<long long>(count)) : fmt::format("{}", count);
  return std::string(u.iso) == "H" ? "PT" + n + "H" : "P" + n + u.iso;
}

}  // namespace

std::optional<ParsedValue> parse_duration(std::string_view written, const ValueContext& context) {
  std::string text = normalised(written);
  Duration d;
  d.mod = take_hedge(text, context.hedge, context.rules.cues);
  double lo_count = 0, hi_count = 0;
  bool open = false;
  std::size_t pos = 0;
  std::size_t end = 0;
  if (starts_with_words(text, "a few", &end)) {
    lo_count = 2, hi_count = 4, pos = end;
  } else if (starts_with_words(text, "several", &end)) {
    lo_count = 3, hi_count = 9, pos = end;
  } else if (starts_with_words(text, "many", &end)) {
    lo_count = 3, open = true, pos = end;
  } else if (starts_with_words(text, "a", &end) || starts_with_words(text, "an", &end)) {
    lo_count = hi_count = 1, pos = end;
  } else if (auto n = read_number(text, context.rules.numbers)) {
    lo_count = hi_count = n->value;
    pos = n->end;
  } else {
    open = true;  // "months", "months-long": at least two
    lo_count = 2;
  }
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '-')) ++pos;
  const std::string_view rest = std::string_view(text).substr(pos);
  for (const Unit& u : kUnits) {
    std::size_t e = 0;
    if (!starts_with_words(rest, u.plural, &e) && !starts_with_words(rest, u.singular, &e)) continue;
    d.days.lo = lo_count * u.days;
    d.days.hi = open ? std::optional<double>() : std::optional<double>(hi_count * u.days);
    if (open && d.mod.empty()) d.mod = "at_least";
    d.iso = (open ? ">=" : "") + iso_of(lo_count, u);
    if (!open && hi_count != lo_count) d.iso = iso_of(lo_count, u) + "/" + iso_of(hi_count, u);
    // A hedge bounds the count: "nearly seven weeks", "more than a year".
    if (!open && lo_count == hi_count) {
      d.days = hedged_range(lo_count * u.days, u.days, d.mod, context.rules.numbers);
    }
    return ParsedValue{collapse_spaces(written), (d.mod.empty() || open ? "" : d.mod + " ") + d.iso, d};
  }
  return std::nullopt;
}

Comparison compare_durations(const Duration& a, const Duration& b) {
  const Relation r = range_relation(a.days, b.days);
  switch (r) {
    case Relation::agree: return {r, fmt::format("the same length ({})", a.iso)};
    case Relation::compatible: return {r, fmt::format("{} overlaps {}", a.iso, b.iso)};
    default: return {Relation::conflict, fmt::format("{} and {} do not overlap", a.iso, b.iso)};
  }
}

}  // namespace factlint::detail
