// Reading numbers as news writes them. Entry points: read_number(),
// read_vague_amount(), read_hedge(), take_hedge(), hedged_range().
#include "values/number_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include "text/text.hpp"

namespace factlint::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
  return i;
}

// ICU's English spell-out rules, lenient, one per thread (not thread-safe).
// Every English cardinal word ICU's spell-out reads, and "minus": a run of
// words that starts with none of them is not a spelled number.
const std::set<std::string, std::less<>> kNumberWords{
    "zero",    "one",      "two",     "three",     "four",     "five",    "six",     "seven",    "eight",
    "nine",    "ten",      "eleven",  "twelve",    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty",    "forty",    "fifty",   "sixty",   "seventy",  "eighty",
    "ninety",  "hundred",  "thousand", "million",  "billion",  "trillion", "minus"};
// Words that may go on a spelled number after its first word: the cardinals,
// the joining words ICU reads ("one hundred and five", "one point five") and
// the ordinals ("twenty-first"). ICU is only shown the run of these words, so
// that its slow lenient parse never walks the rest of the sentence.
const std::set<std::string, std::less<>> kNumberContinuations{
    "and",         "point",       "first",       "second",       "third",       "fourth",     "fifth",
    "sixth",       "seventh",     "eighth",      "ninth",        "tenth",       "eleventh",   "twelfth",
    "thirteenth",  "fourteenth",  "fifteenth",   "sixteenth",    "seventeenth", "eighteenth", "nineteenth",
    "twentieth",   "thirtieth",   "fortieth",    "fiftieth",     "sixtieth",    "seventieth", "eightieth",
    "ninetieth",   "hundredth",   "thousandth",  "millionth",    "billionth",   "trillionth"};
// "nine hundred ninety-nine thousand nine hundred ninety-nine" is 58 letters;
// beyond this ICU would only read words that are not numbers.
constexpr std::size_t kLongestSpelledNumber = 64;

// The longest prefix of `run` (lower case letters, spaces and hyphens) made of
// number words, starting with a cardinal and without a trailing joining word:
// "twenty-three of the" -> "twenty-three"; "one in three" -> "one"; "first
// time" -> "".
std::string_view number_word_prefix(std::string_view run) {
  std::size_t end = 0, word_start = 0;
  while (word_start < run.size()) {
    std::size_t word_end = run.find_first_of(" -", word_start);
    if (word_end == std::string_view::npos) word_end = run.size();
    const std::string_view word = run.substr(word_start, word_end - word_start);
    const bool number = kNumberWords.count(word) > 0;
    if (!number && (word_start == 0 || !kNumberContinuations.count(word))) break;
    if (number || (word != "and" && word != "point")) end = word_end;
    word_start = word_end + 1;
  }
  return run.substr(0, end);
}

// ICU's reading of a run of number words: how many bytes it read, and the
// value. Runs repeat (news writes "one", "two million" again and again), and
// ICU's lenient parse is slow, so each thread remembers what it read.
std::optional<std::pair<std::size_t, double>> spellout_parse(icu::RuleBasedNumberFormat& format, const std::string& run) {
  thread_local std::map<std::string, std::optional<std::pair<std::size_t, double>>, std::less<>> cache;
  if (auto it = cache.find(run); it != cache.end()) return it->second;
  std::optional<std::pair<std::size_t, double>> result;
  icu::Formattable number;
  icu::ParsePosition position(0);
  format.parse(icu::UnicodeString::fromUTF8(run), number, position);
  UErrorCode status = U_ZERO_ERROR;
  const double value = number.getDouble(status);
  if (position.getIndex() > 0 && U_SUCCESS(status)) result = std::make_pair(static_cast<std::size_t>(position.getIndex()), value);
  if (cache.size() > 4096) cache.clear();  // bounded: number words are few, but runs are not
  cache.emplace(run, result);
  return result;
}

icu::RuleBasedNumberFormat* spellout() {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getEnglish(), status);
    if (U_FAILURE(status)) return std::unique_ptr<icu::RuleBasedNumberFormat>();
    f->setLenient(true);
    return f;
  }();
  return format.get();
}

// The magnitude right after a number, if any: abbreviations as written and
// glued or spaced ("12mn", "45 m"), words in any case and spaced ("million").
std::optional<std::pair<double, std::size_t>> read_magnitude(std::string_view text, std::size_t i,
                                                             const NumberRules& rules) {
  const std::size_t after_space = skip_spaces(text, i);
  std::optional<std::pair<double, std::size_t>> best;
  std::size_t best_length = 0;
  for (const auto& [word, factor] : rules.magnitudes) {
    const bool is_word = word.size() > 2;  // "million", "lakh"; abbreviations are 1-3 letters ("mn", "k", "mln")
    for (std::size_t start : {i, after_space}) {
      if (start > text.size() || word.size() > text.size() - start) continue;
      if (is_word && start == i) continue;  // words need a space before them
      const std::string_view candidate = text.substr(start, word.size());
      const bool same = is_word ? ascii_lower(candidate) == ascii_lower(word) : candidate == word;
      const std::size_t end = start + word.size();
      if (!same || (end < text.size() && is_alpha(text[end]))) continue;
      if (word.size() > best_length) best = std::make_pair(factor, end), best_length = word.size();
    }
  }
  return best;
}

double step_of_integer(double value) {
  double step = 1;
  while (value >= step * 10 && std::fmod(value, step * 10) == 0) step *= 10;
  return step;
}

}  // namespace

std::string normalised(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\u2019" || text.substr(i, 3) == "\u2018") {
      out += '\'';
      i += 2;
      space = false;
      continue;
    }
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (const std::string& w : split_words(text)) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool starts_with_words(std::string_view text, std::string_view prefix, std::size_t* end) {
  if (prefix.empty() || text.size() < prefix.size() || text.substr(0, prefix.size()) != prefix) return false;
  const std::size_t e = prefix.size();
  if (e < text.size() && (is_alpha(text[e]) || is_digit(text[e])) && (is_alpha(prefix.back()) || is_digit(prefix.back())))
    return false;
  *end = e;
  return true;
}

std::optional<NumberReading> read_number(std::string_view text, const NumberRules& rules) {
  std::size_t i = skip_spaces(text, 0);
  NumberReading reading;
  if (i < text.size() && is_digit(text[i])) {
    std::string digits;
    std::size_t decimals = 0;
    bool in_decimals = false;
    while (i < text.size()) {
      const char c = text[i];
      if (is_digit(c)) {
        digits += c;
        if (in_decimals) ++decimals;
        ++i;
      } else if (c == ',' && !in_decimals && i + 3 < text.size() && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
                 is_digit(text[i + 3]) && (i + 4 >= text.size() || !is_digit(text[i + 4]))) {
        ++i;  // a thousands separator: "12,400,000"
      } else if (c == '.' && !in_decimals && i + 1 < text.size() && is_digit(text[i + 1])) {
        digits += '.';
        in_decimals = true;
        ++i;
      } else {
        break;
      }
    }
    // An exponent glued to the digits: "1e6", "2.5E+3", "10^6". Read, so
    // that "1e400" is not the number 1.
    std::string exponent;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E' || text[i] == '^')) {
      std::size_t j = i + 1;
      if (j < text.size() && (text[j] == '+' || text[j] == '-') && text[i] != '^') ++j;
      const std::size_t first_digit = j;
      while (j < text.size() && is_digit(text[j])) ++j;
      if (j > first_digit && (j >= text.size() || !is_alpha(text[j]))) {
        exponent = std::string(text.substr(i + 1, j - i - 1));
        if (text[i] == '^') exponent = "^" + exponent;
        i = j;
      }
    }
    // from_chars, not stod: a number out of a double's range is infinity
    // here (refused later with the reason), not an exception.
    auto to_double = [](const std::string& written) {
      double value = 0;
      const auto [end, status] = std::from_chars(written.data(), written.data() + written.size(), value);
      if (status == std::errc::result_out_of_range) return std::numeric_limits<double>::infinity();
      return end == written.data() ? 0.0 : value;
    };
    if (exponent.empty()) {
      reading.value = to_double(digits);  // the magnitude below is applied with clean()
    } else if (exponent[0] == '^') {
      reading.value = std::pow(to_double(digits), to_double(exponent.substr(1)));
    } else {
      reading.value = to_double(digits + "e" + exponent);
    }
    if (!exponent.empty()) {
      reading.end = i;
      reading.step = 1;
      if (!std::isfinite(reading.value)) reading.value = std::numeric_limits<double>::infinity();
      return reading;
    }
    reading.step = decimals > 0 ? std::pow(10.0, -static_cast<double>(decimals)) : 1;
    reading.end = i;
    if (auto magnitude = read_magnitude(text, i, rules)) {
      reading.value = clean(reading.value * magnitude->first);
      reading.step *= magnitude->first;
      reading.magnitude = magnitude->first;
      reading.end = magnitude->second;
    } else if (decimals == 0) {
      reading.step = step_of_integer(reading.value);  // "25,000" is written to the thousand
    }
    return reading;
  }
  // "a million", "an estimated": only "a"/"an" right before a magnitude word.
  const std::string lower = ascii_lower(text.substr(i));
  if (lower.rfind("a ", 0) == 0 || lower.rfind("an ", 0) == 0) {
    const std::size_t after = i + (lower[1] == ' ' ? 1 : 2);  // the space before the magnitude word
    if (auto magnitude = read_magnitude(text, after, rules); magnitude && magnitude->first >= 1000) {
      return NumberReading{magnitude->first, magnitude->first, magnitude->first, magnitude->second};
    }
  }
  // Spelled numbers: the longest run of letters, hyphens and spaces ICU reads.
  icu::RuleBasedNumberFormat* format = spellout();
  if (format == nullptr || i >= text.size() || !is_alpha(text[i])) return std::nullopt;
  std::size_t j = i;
  while (j < text.size() && (is_alpha(text[j]) || text[j] == '-' || text[j] == ' ')) ++j;
  const std::string letters = ascii_lower(text.substr(i, std::min(j - i, kLongestSpelledNumber)));
  // ICU's English spell-out parse is slow: only a run whose first word is an
  // English number word ("one", "twenty", "hundred"...) is worth its time.
  const std::string run(number_word_prefix(letters));
  if (run.empty()) return std::nullopt;
  const auto parsed = spellout_parse(*format, run);
  if (!parsed) return std::nullopt;
  std::size_t consumed = parsed->first;
  // ICU may stop inside a word ("one in three" reads "one i"); back off to a word end.
  while (consumed > 0 && consumed < run.size() && is_alpha(run[consumed]) && is_alpha(run[consumed - 1])) --consumed;
  while (consumed > 0 && (run[consumed - 1] == ' ' || run[consumed - 1] == '-')) --consumed;
  if (consumed == 0) return std::nullopt;
  reading.value = parsed->second;
  reading.end = i + consumed;
  reading.step = step_of_integer(reading.value);
  // "one point five" is written to the tenth.
  for (double step = 0.1; reading.value != std::floor(reading.value) && step >= 1e-6; step /= 10) {
    reading.step = step;
    if (std::abs(reading.value / step - std::round(reading.value / step)) < 1e-6) break;
  }
  if (auto magnitude = read_magnitude(text, reading.end, rules)) {  // "five million" when ICU stopped at "five"
    reading.value = clean(reading.value * magnitude->first);
    reading.step *= magnitude->first;
    reading.magnitude = magnitude->first;
    reading.end = magnitude->second;
  }
  return reading;
}

std::optional<std::pair<NumberRange, std::size_t>> read_vague_amount(std::string_view text, const NumberRules& rules) {
  const std::string lower = normalised(text);
  std::optional<std::pair<NumberRange, std::size_t>> best;
  std::size_t best_length = 0;
  for (const VagueAmount& amount : rules.vague) {
    for (const std::string& word : amount.words) {
      std::size_t end = 0;
      if (starts_with_words(lower, normalised(word), &end) && end > best_length) {
        best = std::make_pair(NumberRange{amount.lo, amount.hi}, end);
        best_length = end;
      }
    }
  }
  return best;  // offsets are into the normalised text; callers pass text without leading spaces
}

std::string hedge_meaning(std::string_view words, const Cues& cues) {
  const std::string wanted = normalised(words);
  for (const auto& [meaning, list] : cues.hedges)
    for (const std::string& w : list)
      if (normalised(w) == wanted) return meaning;
  return "";
}

std::string take_hedge(std::string& text, std::string_view outside, const Cues& cues) {
  if (auto hedge = read_hedge(text, cues)) {
    text = text.substr(std::min(text.size(), hedge->second + 1));
    return hedge->first;
  }
  return outside.empty() ? "" : hedge_meaning(outside, cues);
}

std::optional<std::pair<std::string, std::size_t>> read_hedge(std::string_view text, const Cues& cues) {
  const std::string lower = normalised(text);
  std::optional<std::pair<std::string, std::size_t>> best;
  std::size_t best_length = 0;
  for (const auto& [meaning, list] : cues.hedges) {
    for (const std::string& w : list) {
      std::size_t end = 0;
      if (starts_with_words(lower, normalised(w), &end) && end > best_length) {
        best = std::make_pair(meaning, end);
        best_length = end;
      }
    }
  }
  return best;
}

double clean(double value) {
  if (value == 0 || !std::isfinite(value)) return value;
  const double scale = std::pow(10.0, 11 - std::floor(std::log10(std::abs(value))));
  return std::round(value * scale) / scale;
}

NumberRange clean(const NumberRange& range) {
  return {range.lo ? std::optional<double>(clean(*range.lo)) : std::nullopt,
          range.hi ? std::optional<double>(clean(*range.hi)) : std::nullopt};
}

NumberRange hedged_range(double point, double step, const std::string& mod, const NumberRules& rules) {
  // Rounding the ends to 12 digits may move one past the point itself (the
  // values fuzzer found "£200555555555555555"): the range is widened to hold it.
  NumberRange range = clean(hedged_range_raw(point, step, mod, rules));
  if (range.lo && *range.lo > point) range.lo = point;
  if (range.hi && *range.hi < point) range.hi = point;
  return range;
}

NumberRange hedged_range_raw(double point, double step, const std::string& mod, const NumberRules& rules) {
  auto reach = [&](const char* meaning) {
    auto it = rules.hedge_reach.find(meaning);
    return it == rules.hedge_reach.end() ? 0.10 : it->second;
  };
  const double half = step / 2;
  if (mod == "below") return {point * (1 - reach("below")), point};
  if (mod == "above" || mod == "at_least") return {point, std::nullopt};
  if (mod == "at_most") return {0.0, point};
  if (mod == "approximate") {
    const double r = std::max(point * reach("approximate"), half);
    return {point - r, point + r};
  }
  return {point - half, point + half};
}

}  // namespace factlint::detail
