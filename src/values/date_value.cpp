// Dates: from "late November", "Nov. 18", "April last year", "on Wednesday"
// to a day interval, resolved TIMEX3-style. Entry points: parse_date(),
// compare_dates().
//
// Resolution, as HeidelTime does for news: a year written wins; else
// "this year" / "last year" count from the publication date; else a month
// takes the publication year, or the year before when the month is later
// than the publication month; else the story's year. A weekday is the latest
// such day on or before the publication date; "the 19th" takes its month from
// the date mentioned last before it. What cannot be placed stays unresolved,
// with X's in its TIMEX3 value, and is compared with nothing: never guessed.
#include <algorithm>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

#include "text/text.hpp"
#include "values/number_reader.hpp"
#include "values/value_types.hpp"

namespace factlint::detail {
namespace {

namespace chr = std::chrono;

chr::sys_days to_days(const CivilDate& d) {
  return chr::sys_days(chr::year(d.year) / chr::month(static_cast<unsigned>(d.month)) / chr::day(static_cast<unsigned>(d.day)));
}

CivilDate to_civil(chr::sys_days days) {
  const chr::year_month_day ymd(days);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int days_in_month(int year, int month) {
  const auto last = chr::year_month_day_last(chr::year(year), chr::month_day_last(chr::month(static_cast<unsigned>(month))));
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

CivilDate add_months(CivilDate d, int months) {
  int m = d.month - 1 + months;
  d.year += m >= 0 ? m / 12 : -((11 - m) / 12);
  d.month = ((m % 12) + 12) % 12 + 1;
  d.day = std::min(d.day, days_in_month(d.year, d.month));
  return d;
}

std::string iso(const CivilDate& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

// The ISO 8601 week of a day, as TIMEX3 writes it: "2025-W49". The week
// belongs to the year of its Thursday.
std::string iso_week(chr::sys_days day) {
  const int since_monday = static_cast<int>(chr::weekday(day).iso_encoding()) - 1;
  const chr::sys_days thursday = day - chr::days(since_monday) + chr::days(3);
  const chr::year_month_day ymd(thursday);
  const chr::sys_days january_first = chr::sys_days(ymd.year() / chr::January / 1);
  const int week = static_cast<int>((thursday - january_first).count() / 7) + 1;
  return fmt::format("{:04}-W{:02}", static_cast<int>(ymd.year()), week);
}

// What one date expression names, before resolution.
struct Parts {
  std::optional<int> year, month, day, weekday;
  std::optional<int> relative_year;             // "last year": -1
  std::optional<std::pair<int, int>> part;      // month or year part, by the word before
  std::string part_word;
  std::optional<std::pair<int, int>> season;    // months
  std::string season_word;
  std::string out_of_range;                     // a year written past 9999 ("January 1, 99999"): why
};

std::string strip_punctuation(std::string word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == ';')) word.pop_back();
  while (!word.empty() && (word.front() == '(' || word.front() == '"')) word.erase(word.begin());
  return word;
}

// The day in "18", "18th", "2nd"; nullopt for anything else.
std::optional<int> day_number(const std::string& word) {
  std::size_t i = 0;
  while (i < word.size() && word[i] >= '0' && word[i] <= '9') ++i;
  if (i == 0 || i > 2) return std::nullopt;
  const std::string suffix = word.substr(i);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  const int d = std::stoi(word.substr(0, i));
  return d >= 1 && d <= 31 ? std::optional<int>(d) : std::nullopt;
}

std::optional<int> year_number(const std::string& word) {
  if (word.size() != 4 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const int y = std::stoi(word);
  return y >= 1900 && y <= 2099 ? std::optional<int>(y) : std::nullopt;
}

std::vector<std::string> date_words(std::string_view text) {
  std::string spaced;
  for (char c : text) spaced += (c == '-' || c == '/') ? ' ' : c;  // "mid-2025" -> "mid 2025"
  std::vector<std::string> words;
  for (std::string w : split_words(spaced)) {
    w = strip_punctuation(std::move(w));
    if (!w.empty()) words.push_back(std::move(w));
  }
  return words;
}

Parts read_parts(std::string_view text, const DateRules& rules) {
  Parts p;
  const std::vector<std::string> words = date_words(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    // Multi-word parts first: "the end of", "the first half of".
    bool matched = false;
    for (const auto* parts : {&rules.month_parts, &rules.year_parts}) {
      for (const auto& [phrase, range] : *parts) {
        const std::vector<std::string> pw = split_words(phrase);
        if (pw.size() < 2 || i + pw.size() > words.size() || !std::equal(pw.begin(), pw.end(), words.begin() + i)) continue;
        p.part_word = phrase;
        i += pw.size() - 1;
        matched = true;
        break;
      }
      if (matched) break;
    }
    if (matched) continue;
    if (auto it = rules.months.find(w); it != rules.months.end() && !p.month) {
      p.month = it->second;
    } else if (auto it = rules.weekdays.find(w); it != rules.weekdays.end()) {
      p.weekday = it->second;
    } else if (auto it = rules.seasons.find(w); it != rules.seasons.end()) {
      p.season = it->second;
      p.season_word = w;
    } else if (rules.month_parts.count(w) > 0 || rules.year_parts.count(w) > 0) {
      p.part_word = w;
    } else if (auto y = year_number(w)) {
      p.year = y;
    } else if (w.size() >= 4 && w[0] != '0' && !p.year && i > 0 &&
               (rules.months.count(words[i - 1]) > 0 || day_number(words[i - 1])) &&
               std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      // A year written after a month or a day, outside the years news
      // mostly names ("January 1, 1850"): read, never dropped for the
      // story's year; one past 9999 is refused.
      if (w.size() == 4) p.year = std::stoi(w);
      else p.out_of_range = fmt::format("a year out of range ({})", w.size() > 12 ? w.substr(0, 12) + "..." : w);
    } else if (auto d = day_number(w)) {
      p.day = d;
    } else if (w == "year" && i > 0 && rules.relative.count(words[i - 1]) > 0) {
      p.relative_year = rules.relative.at(words[i - 1]);
    }
  }
  return p;
}

// "earlier this month", "last week", "a month ago", "this year": relative to
// the publication date. nullopt when `text` is not such an expression.
std::optional<DateValue> relative_date(std::string_view text, const ValueContext& context) {
  const DateRules& rules = context.rules.dates;
  const std::vector<std::string> w = date_words(text);
  if (w.size() < 2) return std::nullopt;
  const std::string& unit = w.back();
  const bool known_unit = unit == "week" || unit == "month" || unit == "year";
  auto listed = [](const std::vector<std::string>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  };
  DateValue d;
  // "N units ago", "N units later"
  if ((listed(rules.ago, w.back()) || listed(rules.later, w.back()) || listed(rules.earlier, w.back())) && w.size() >= 3) {
    const std::string units = w[w.size() - 2];
    std::string count_words;
    for (std::size_t i = 0; i + 2 < w.size(); ++i) count_words += (i ? " " : "") + w[i];
    double count = 1;
    if (count_words != "a" && count_words != "an") {
      auto n = read_number(count_words, context.rules.numbers);
      // A count no calendar reaches ("1e21 days ago") is not a date; it would
      // also overflow the day arithmetic below.
      if (!n || !(std::abs(n->value) <= 100000)) return std::nullopt;
      count = n->value;
    }
    const std::string base = units.back() == 's' ? units.substr(0, units.size() - 1) : units;
    if (base != "day" && base != "week" && base != "month" && base != "year") return std::nullopt;
    d.granularity = "day";
    if (w.back() != "ago" || !context.published) {  // "four months later/earlier": relative to an event, unknown here
      d.timex = "XXXX-XX-XX";
      return d;
    }
    const chr::sys_days p = to_days(*context.published);
    const int n = static_cast<int>(count);
    if (base == "day") d.lo = d.hi = to_civil(p - chr::days(n));
    if (base == "week") d.lo = to_civil(p - chr::days(7 * n + 3)), d.hi = to_civil(p - chr::days(7 * n - 3));
    if (base == "month") d.lo = add_months(to_civil(p - chr::days(15)), -n), d.hi = add_months(to_civil(p + chr::days(15)), -n);
    if (base == "year") d.lo = to_civil(to_days(add_months(*context.published, -12 * n)) - chr::days(182)),
                        d.hi = to_civil(to_days(add_months(*context.published, -12 * n)) + chr::days(182));
    // The TIMEX3 value at the unit's own granularity: "a month ago" -> "2025-11".
    const CivilDate target = base == "month" ? add_months(*context.published, -n)
                             : base == "year" ? add_months(*context.published, -12 * n)
                                              : to_civil(p - chr::days(base == "week" ? 7 * n : n));
    d.timex = base == "day" ? iso(target)
              : base == "week" ? iso_week(to_days(target))
              : base == "month" ? fmt::format("{:04}-{:02}", target.year, target.month)
                                : fmt::format("{:04}", target.year);
    return d;
  }
  if (!known_unit) return std::nullopt;
  // "earlier this month", "this week", "last year", "next month", "late this month", "early next year"
  std::size_t i = 0;
  bool earlier = false;
  std::string part;
  if (listed(rules.earlier, w[0])) {
    earlier = true, ++i;
  } else if (rules.month_parts.count(w[0]) > 0 || rules.year_parts.count(w[0]) > 0) {
    part = w[0], ++i;
  }
  if (i + 2 != w.size() || rules.relative.count(w[i]) == 0) return std::nullopt;
  const int shift = rules.relative.at(w[i]);
  d.granularity = unit;
  if (!context.published) {
    d.timex = unit == "year" ? "XXXX" : unit == "month" ? "XXXX-XX" : "XXXX-WXX";
    return d;
  }
  const CivilDate p = *context.published;
  if (unit == "year") {
    const int y = p.year + shift;
    d.lo = CivilDate{y, 1, 1};
    d.hi = CivilDate{y, 12, 31};
    d.timex = fmt::format("{:04}", y);
  } else if (unit == "month") {
    const CivilDate m = add_months(CivilDate{p.year, p.month, 1}, shift);
    d.lo = m;
    d.hi = CivilDate{m.year, m.month, days_in_month(m.year, m.month)};
    d.timex = fmt::format("{:04}-{:02}", m.year, m.month);
  } else {
    const chr::sys_days pd = to_days(p);
    const chr::weekday wd(pd);
    const int since_monday = static_cast<int>(wd.iso_encoding()) - 1;
    const chr::sys_days monday = pd - chr::days(since_monday) + chr::days(7 * shift);
    d.lo = to_civil(monday);
    d.hi = to_civil(monday + chr::days(6));
    d.timex = iso_week(monday);
  }
  if (earlier && shift == 0) {  // "earlier this month": up to the publication date
    d.hi = p;
    d.mod = "BEFORE_NOW";
  }
  // A part of the unit: "late this month" is its days 16 to 31, "early next
  // year" its months 1 to 4.
  if (!part.empty() && unit == "month" && rules.month_parts.count(part) > 0) {
    const auto [first, last] = rules.month_parts.at(part);
    const int days = days_in_month(d.lo->year, d.lo->month);
    d.lo->day = std::min(first, days);
    d.hi = CivilDate{d.lo->year, d.lo->month, std::min(last, days)};
    d.mod = first == 1 ? "START" : last >= 28 ? "END" : "MID";
    d.granularity = "range";
  } else if (!part.empty() && unit == "year" && rules.year_parts.count(part) > 0) {
    const auto [first, last] = rules.year_parts.at(part);
    d.lo = CivilDate{d.lo->year, first, 1};
    d.hi = CivilDate{d.lo->year, last, days_in_month(d.lo->year, last)};
    d.mod = first == 1 ? "START" : last == 12 ? "END" : "MID";
    d.granularity = "range";
  } else if (!part.empty()) {
    return std::nullopt;
  }
  return d;
}

// One date expression with its defaults: the month and year a range's other
// end gives ("from May 2 to May 9", "from 2 to 9 May").
DateValue resolve(const Parts& p, const ValueContext& context, std::optional<int> default_month,
                  std::optional<int> default_year, bool* no_such_day) {
  const DateRules& rules = context.rules.dates;
  DateValue d;
  int month_value = p.month.value_or(p.day ? default_month.value_or(0) : 0);
  std::optional<int> month;
  if (month_value != 0) month = month_value;
  std::optional<int> year = p.year ? p.year : default_year;
  if (!year && p.relative_year && context.published) year = context.published->year + *p.relative_year;
  if (!year && month_value != 0 && context.published) {
    year = context.published->year - (month_value > context.published->month ? 1 : 0);
  }
  if (!year && (month || p.season) && context.year) year = context.year;

  // A weekday: the latest such day on or before publication.
  if (p.weekday && !month && !p.day) {
    d.granularity = "day";
    if (!context.published) {
      d.timex = fmt::format("XXXX-WXX-{}", *p.weekday);
      return d;
    }
    const chr::sys_days pd = to_days(*context.published);
    const int today = static_cast<int>(chr::weekday(pd).iso_encoding());
    const int back = (today - *p.weekday + 7) % 7;
    d.lo = d.hi = to_civil(pd - chr::days(back));
    d.timex = iso(*d.lo);
    return d;
  }
  // "the 19th": the month and year of the date mentioned last before it.
  if (p.day && !month) {
    d.granularity = "day";
    if (!context.anchor) {
      d.timex = fmt::format("XXXX-XX-{:02}", *p.day);
      return d;
    }
    month = context.anchor->month;
    year = context.anchor->year;
  }
  const std::string y = year ? fmt::format("{:04}", *year) : "XXXX";
  if (month && p.day) {
    // February 30 is no day in any year; February 29 only in leap years.
    if (*p.day > days_in_month(year.value_or(2000), *month)) {
      *no_such_day = true;
      return d;
    }
    d.granularity = "day";
    d.timex = fmt::format("{}-{:02}-{:02}", y, *month, *p.day);
    if (year && *p.day <= days_in_month(*year, *month)) d.lo = d.hi = CivilDate{*year, *month, *p.day};
    return d;
  }
  if (month) {
    d.granularity = "month";
    d.timex = fmt::format("{}-{:02}", y, *month);
    int first = 1, last = 31;
    if (!p.part_word.empty()) {
      if (auto it = rules.month_parts.find(p.part_word); it != rules.month_parts.end()) {
        first = it->second.first;
        last = it->second.second;
        d.mod = p.part_word == "early" || first == 1 ? "START" : last >= 28 ? "END" : "MID";
        d.granularity = "range";
      }
    }
    if (year) {
      const int days = days_in_month(*year, *month);
      d.lo = CivilDate{*year, *month, std::min(first, days)};
      d.hi = CivilDate{*year, *month, std::min(last, days)};
    }
    return d;
  }
  if (p.season) {
    d.granularity = "season";
    static const std::map<std::string, std::string> kTimex{{"spring", "SP"}, {"summer", "SU"}, {"autumn", "FA"},
                                                           {"fall", "FA"}, {"winter", "WI"}};
    const auto code = kTimex.find(p.season_word);
    d.timex = fmt::format("{}-{}", y, code == kTimex.end() ? "XX" : code->second);
    if (year) {
      const auto [from, to] = *p.season;
      d.lo = CivilDate{*year, from, 1};
      const int end_year = to < from ? *year + 1 : *year;
      d.hi = CivilDate{end_year, to, days_in_month(end_year, to)};
    }
    return d;
  }
  if (year && (p.year || p.relative_year)) {
    d.granularity = "year";
    d.timex = y;
    int from = 1, to = 12;
    if (!p.part_word.empty()) {
      if (auto it = rules.year_parts.find(p.part_word); it != rules.year_parts.end()) {
        from = it->second.first;
        to = it->second.second;
        d.mod = from == 1 ? "START" : to == 12 ? "END" : "MID";
        d.granularity = "range";
      }
    }
    d.lo = CivilDate{*year, from, 1};
    d.hi = CivilDate{*year, to, days_in_month(*year, to)};
    return d;
  }
  return d;  // nothing of a date: no timex
}

std::string canonical_of(const DateValue& d) {
  std::string out = d.timex;
  if (!d.mod.empty()) out += " " + d.mod;
  return out;
}

}  // namespace

std::optional<ParsedValue> parse_date(std::string_view written, const ValueContext& context) {
  std::string text = normalised(written);
  for (const char* preposition : {"on ", "in ", "since ", "by ", "until ", "till ", "as of ", "around ", "during ",
                                  "over ", "the week of "}) {
    if (text.rfind(preposition, 0) == 0) text = text.substr(std::string_view(preposition).size());
  }
  DateValue d;
  if (auto relative = relative_date(text, context)) {
    d = *relative;
  } else {
    // A range: "from May to July", "between March 2023 and January 2024".
    std::string from = text, to;
    for (const auto& [open, join] : std::vector<std::pair<std::string, std::string>>{
             {"from ", " to "}, {"from ", " until "}, {"from ", " through "}, {"between ", " and "}}) {
      if (text.rfind(open, 0) == 0 && text.find(join) != std::string::npos) {
        const std::size_t j = text.find(join);
        from = text.substr(open.size(), j - open.size());
        to = text.substr(j + join.size());
        break;
      }
    }
    // Without "from": "3 to 9 March", "June 2-11", "2–11 June"; both ends
    // must name a day or a month, so that "mid-2025" stays one date.
    if (to.empty()) {
      for (const char* join : {" to ", " through ", " until ", " – ", "–", " - ", "-"}) {
        const std::size_t j = text.find(join);
        if (j == std::string::npos || j == 0) continue;
        const Parts a = read_parts(text.substr(0, j), context.rules.dates);
        const Parts b = read_parts(text.substr(j + std::string_view(join).size()), context.rules.dates);
        if ((a.day || a.month) && (b.day || b.month) && !a.weekday && !b.weekday) {
          from = text.substr(0, j);
          to = text.substr(j + std::string_view(join).size());
        }
        break;
      }
    }
    bool no_such_day = false;
    std::string out_of_range;
    if (!to.empty()) {
      const Parts end_parts = read_parts(to, context.rules.dates);
      const Parts start_parts = read_parts(from, context.rules.dates);
      // "from June 2 to 11": the end's month is the start's.
      const int end_month = end_parts.month ? 0 : start_parts.month.value_or(0);
      // "December 28, 2023 to January 3": the end is in the year after.
      std::optional<int> end_year = start_parts.year;
      if (end_year && end_parts.month && start_parts.month && *end_parts.month < *start_parts.month) ++*end_year;
      const DateValue end = resolve(end_parts, context, end_month != 0 ? std::optional<int>(end_month) : std::nullopt,
                                    end_year, &no_such_day);
      std::optional<int> year = end_parts.year;
      if (!year && end.lo) year = end.lo->year;
      // "December 28 to January 3": the start is in the year before.
      const int last_month = end_parts.month.value_or(end.lo ? end.lo->month : 0);
      if (year && !start_parts.year && start_parts.month && last_month != 0 && *start_parts.month > last_month) --*year;
      const DateValue start = resolve(start_parts, context, end_parts.month, year, &no_such_day);
      d.granularity = "range";
      d.timex = start.timex + "/" + end.timex;
      if (start.resolved() && end.resolved() && !(*end.hi < *start.lo)) d.lo = start.lo, d.hi = end.hi;
      out_of_range = !start_parts.out_of_range.empty() ? start_parts.out_of_range : end_parts.out_of_range;
    } else {
      const Parts parts = read_parts(text, context.rules.dates);
      d = resolve(parts, context, std::nullopt, std::nullopt, &no_such_day);
      // "April 18 this year": the year of publication.
      if (text.find("this year") != std::string::npos && parts.month && !parts.year && context.published) {
        Parts p2 = parts;
        p2.year = context.published->year;
        d = resolve(p2, context, std::nullopt, std::nullopt, &no_such_day);
      }
      out_of_range = parts.out_of_range;
    }
    // Refused, with the reason, rather than read as some other day.
    if (no_such_day || !out_of_range.empty()) {
      if (context.rejected != nullptr) {
        *context.rejected = !out_of_range.empty() ? out_of_range
                                                  : "a day the calendar lacks";
      }
      return std::nullopt;
    }
  }
  // Words that name no date we can read ("earlier than the revealed date")
  // stay a claim, unresolved: never guessed.
  if (d.timex.empty()) d.timex = "XXXX";
  return ParsedValue{collapse_spaces(written), canonical_of(d), d};
}

Comparison compare_dates(const DateValue& a, const DateValue& b, const Tolerances& tolerances) {
  if (!a.resolved() || !b.resolved()) {
    return {Relation::incomparable, fmt::format("{} cannot be placed in time", !a.resolved() ? a.timex : b.timex)};
  }
  auto span = [](const DateValue& d) {
    return d.lo == d.hi ? iso(*d.lo) : fmt::format("{}..{}", iso(*d.lo), iso(*d.hi));
  };
  if (*a.lo == *b.lo && *a.hi == *b.hi) return {Relation::agree, fmt::format("the same date ({})", span(a))};
  if (!(*a.hi < *b.lo) && !(*b.hi < *a.lo)) {
    return {Relation::compatible, fmt::format("{} overlaps {}", span(a), span(b))};
  }
  const auto gap = *a.hi < *b.lo ? to_days(*b.lo) - to_days(*a.hi) : to_days(*a.lo) - to_days(*b.hi);
  const long days = static_cast<long>(gap.count());
  // The tolerance is for days (time zones, a disclosure and the first report
  // of it): January and early February are not "a day apart".
  const bool single_days = *a.lo == *a.hi && *b.lo == *b.hi;
  if (single_days && days <= tolerances.date_minor_days) {
    return {Relation::minor, fmt::format("{} and {} are {} day{} apart", span(a), span(b), days, days == 1 ? "" : "s")};
  }
  return {Relation::conflict, fmt::format("{} and {} are {} day{} apart", span(a), span(b), days, days == 1 ? "" : "s")};
}

}  // namespace factlint::detail

namespace factlint {

long day_number(const CivilDate& date) { return detail::to_days(date).time_since_epoch().count(); }

CivilDate civil_date(long day) { return detail::to_civil(std::chrono::sys_days(std::chrono::days(day))); }

}  // namespace factlint
