// From matched words to a typed value, and from two values to how they
// relate: the one place that dispatches on the value type. Entry points:
// parse_value(), compare().
#include <cmath>

#include "values/number_reader.hpp"

#include <fmt/format.h>

#include "factlint/values.hpp"
#include "values/value_types.hpp"

namespace factlint {

std::string_view to_string(Relation relation) {
  switch (relation) {
    case Relation::agree: return "agree";
    case Relation::compatible: return "compatible";
    case Relation::minor: return "minor";
    case Relation::conflict: return "conflict";
    case Relation::incomparable: return "incomparable";
  }
  return "?";
}

namespace {

// The longest duration a value may be: beyond any span news reports, and
// well inside the day arithmetic of dates and cross-slot checks.
constexpr double kLongestDurationDays = 1e7;

bool sound_number(double v) { return std::isfinite(v) && std::abs(v) <= detail::kLargestNumber; }

bool sound_range(const NumberRange& r, double largest = detail::kLargestNumber) {
  auto ok = [&](const std::optional<double>& v) { return !v || (std::isfinite(*v) && std::abs(*v) <= largest); };
  return ok(r.lo) && ok(r.hi) && !(r.lo && r.hi && *r.lo > *r.hi);
}

bool real_day(const CivilDate& d) {
  if (d.year < 1 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return civil_date(day_number(d)) == d;  // February 30 comes back as March 2
}

// A point that rounding left a hair outside its own interval is moved onto
// its edge: the interval is what is compared, the point what is shown.
void keep_point_inside(double& point, const NumberRange& range) {
  if (range.lo && point < *range.lo) point = *range.lo;
  if (range.hi && point > *range.hi) point = *range.hi;
}

// Why a value that a parser read is out of range, or "" when it is sound
// (parse_value()'s promise); a point is moved into its interval on the way.
std::string unsound(TypedValue& typed) {
  const std::string too_large = "a number out of range (larger than 10^18, or too long to read)";
  if (auto* q = std::get_if<Quantity>(&typed)) {
    if (!sound_number(q->point) || !sound_range(q->range)) return too_large;
    keep_point_inside(q->point, q->range);
  } else if (auto* m = std::get_if<Money>(&typed)) {
    if (!sound_number(m->point) || !sound_range(m->range)) return too_large;
    keep_point_inside(m->point, m->range);
  } else if (const auto* d = std::get_if<Duration>(&typed)) {
    if (!sound_range(d->days, kLongestDurationDays)) return "a duration out of range (longer than 10 million days)";
  } else if (const auto* d = std::get_if<DateValue>(&typed)) {
    if ((d->lo && !real_day(*d->lo)) || (d->hi && !real_day(*d->hi)) || (d->lo && d->hi && *d->hi < *d->lo)) {
      return "a date out of range";
    }
  }
  return "";
}

std::optional<ParsedValue> dispatch(std::string_view written, const ValueContext& context) {
  switch (context.slot.type) {
    case ValueType::person: return detail::parse_person(written, context);
    case ValueType::quantity: return detail::parse_quantity(written, context);
    case ValueType::date: return detail::parse_date(written, context);
    case ValueType::duration: return detail::parse_duration(written, context);
    case ValueType::money: return detail::parse_money(written, context);
    case ValueType::field_set: return detail::parse_field_set(written, context);
    case ValueType::category: return detail::parse_category(written, context);
  }
  return std::nullopt;
}

}  // namespace

std::optional<ParsedValue> parse_value(std::string_view written, const ValueContext& context) {
  std::optional<ParsedValue> value = dispatch(written, context);
  if (!value) return value;
  if (std::string why = unsound(value->typed); !why.empty()) {
    if (context.rejected != nullptr) *context.rejected = std::move(why);
    return std::nullopt;
  }
  return value;
}

Comparison compare(const TypedValue& a, const TypedValue& b, const RuleSet& rules) {
  if (a.index() != b.index()) return {Relation::incomparable, "values of different types"};
  return std::visit(
      [&](const auto& x) -> Comparison {
        using T = std::decay_t<decltype(x)>;
        const T& y = std::get<T>(b);
        if constexpr (std::is_same_v<T, Person>) return detail::compare_persons(x, y);
        if constexpr (std::is_same_v<T, Quantity>) return detail::compare_quantities(x, y);
        if constexpr (std::is_same_v<T, DateValue>) return detail::compare_dates(x, y, rules.tolerances);
        if constexpr (std::is_same_v<T, Duration>) return detail::compare_durations(x, y);
        if constexpr (std::is_same_v<T, Money>) return detail::compare_money(x, y, rules);
        if constexpr (std::is_same_v<T, FieldSet>) return detail::compare_field_sets(x, y, rules);
        if constexpr (std::is_same_v<T, Category>) return detail::compare_categories(x, y);
        return {Relation::incomparable, "no typed value"};
      },
      a);
}

namespace detail {

std::string canonical_number(double value) {
  if (std::abs(value) < 9e15 && value == std::floor(value)) return fmt::format("{}", static_cast<long long>(value));
  return fmt::format("{}", value);
}

std::string readable_number(double value) {
  struct Scale {
    double factor;
    const char* word;
  };
  static constexpr Scale kScales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
  for (const Scale& s : kScales) {
    if (std::abs(value) >= s.factor) {
      const double scaled = std::round(value / s.factor * 1000) / 1000;
      return fmt::format("{} {}", scaled, s.word);
    }
  }
  if (value == std::floor(value)) {
    std::string digits = fmt::format("{}", static_cast<long long>(value));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
  }
  return fmt::format("{:.4g}", value);
}

std::string readable_range(const NumberRange& range) {
  if (range.lo && range.hi) {
    if (*range.lo == *range.hi) return readable_number(*range.lo);
    const std::string lo = readable_number(*range.lo), hi = readable_number(*range.hi);
    // "12.35–12.45 million" rather than "12.35 million–12.45 million".
    const std::size_t space = lo.rfind(' '), hi_space = hi.rfind(' ');
    if (space != std::string::npos && hi_space != std::string::npos && hi.substr(hi_space) == lo.substr(space)) {
      return lo.substr(0, space) + "\u2013" + hi;
    }
    return lo + "\u2013" + hi;
  }
  if (range.lo) return "\u2265" + readable_number(*range.lo);
  if (range.hi) return "\u2264" + readable_number(*range.hi);
  return "any amount";
}

Relation range_relation(const NumberRange& a, const NumberRange& b) {
  if (a == b) return Relation::agree;
  const bool a_below_b = a.hi && b.lo && *a.hi < *b.lo;
  const bool b_below_a = b.hi && a.lo && *b.hi < *a.lo;
  return a_below_b || b_below_a ? Relation::conflict : Relation::compatible;
}

}  // namespace detail
}  // namespace factlint
