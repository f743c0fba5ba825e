// Mentions from the pack's detectors. Entry point: find_mentions().
// Tested by tests/unit/extract/mentions_test.cpp.
#include "extract/mentions.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include "extract/matches.hpp"

namespace factlint::detail {

namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The web addresses and identifiers of `sentence`
// ("https://example.com/2023/12/04/x", "www.example.com/2015-10",
// "CVE-2018-16522"), as byte ranges, in order: the numbers in them are no
// one's values.
std::vector<std::pair<std::size_t, std::size_t>> addresses(std::string_view sentence) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::string_view mark : {std::string_view("://"), std::string_view("www.")}) {
    for (std::size_t at = sentence.find(mark); at != std::string_view::npos; at = sentence.find(mark, at + 1)) {
      std::size_t begin = at, end = at;
      while (begin > 0 && !space(sentence[begin - 1])) --begin;
      while (end < sentence.size() && !space(sentence[end])) ++end;
      out.emplace_back(begin, end);
      at = end;
    }
  }
  // Identifiers: "CVE-2018-16522", "MS17-010", "COVID-19" (two capitals or
  // more, then a hyphen or a digit) hold no year and no count either.
  for (std::size_t at = 0; at + 2 < sentence.size(); ++at) {
    if (at > 0 && !space(sentence[at - 1]) && sentence[at - 1] != '(' && sentence[at - 1] != '"' && sentence[at - 1] != '[') continue;
    std::size_t i = at;
    while (i < sentence.size() && sentence[i] >= 'A' && sentence[i] <= 'Z') ++i;
    if (i - at < 2 || i >= sentence.size() || !(sentence[i] == '-' || (sentence[i] >= '0' && sentence[i] <= '9'))) continue;
    std::size_t end = i;
    while (end < sentence.size() && !space(sentence[end])) ++end;
    out.emplace_back(at, end);
    at = end;
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Whether `sentence` is written in title case, as headlines are ("Acme CEO
// Resigns Amid Data Leak"): then capitals do not mark names, and no person
// is read from it.
bool title_case(std::string_view sentence) {
  int words = 0, capitalised = 0;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const char c = sentence[i];
    const bool starts = (i == 0 || space(sentence[i - 1])) && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    if (!starts) continue;
    ++words;
    capitalised += c >= 'A' && c <= 'Z';
  }
  return words >= 4 && capitalised * 5 >= words * 4;
}

}  // namespace

std::vector<Mention> find_mentions(std::string_view sentence, const RuleSet& rules, const std::vector<char>* may_match,
                                   const std::function<bool(std::string_view kind)>& wanted) {
  const auto urls = addresses(sentence);
  auto in_address = [&](std::size_t at) {
    auto it = std::upper_bound(urls.begin(), urls.end(), std::make_pair(at, std::string_view::npos));
    return it != urls.begin() && std::prev(it)->second > at;
  };
  std::map<std::string_view, std::vector<Mention>> by_kind;
  const bool headline = title_case(sentence);
  for (const MentionDetector& detector : rules.detectors) {
    if (headline && detector.type == ValueType::person) continue;
    if (wanted && !wanted(detector.kind)) continue;
    for (const Pattern& pattern : detector.patterns) {
      if (!may_run(pattern, may_match)) continue;
      for_each_match(pattern, sentence, [&](const std::vector<re2::StringPiece>& groups) {
        const re2::StringPiece value = groups[static_cast<std::size_t>(pattern.value_group)];
        if (value.empty() || in_address(static_cast<std::size_t>(value.data() - sentence.data()))) return true;
        Mention m;
        m.detector = &detector;
        m.begin = static_cast<std::size_t>(groups[0].data() - sentence.data());
        m.end = m.begin + groups[0].size();
        m.value_begin = static_cast<std::size_t>(value.data() - sentence.data());
        m.value_end = m.value_begin + value.size();
        m.value = std::string(value.data(), value.size());
        m.hedge = std::string(first_taking_part(pattern.hedge_groups, groups));
        m.unit = std::string(first_taking_part(pattern.unit_groups, groups));
        m.qualifier = std::string(first_taking_part(pattern.qualifier_groups, groups));
        const std::string_view org = matched_organisation(pattern, groups);
        m.org = std::string(org);
        m.org_offset = org.empty() ? 0 : static_cast<std::size_t>(org.data() - sentence.data());
        by_kind[detector.kind].push_back(std::move(m));
        return true;
      });
    }
  }
  std::vector<Mention> out;
  for (auto& [kind, found] : by_kind) {
    std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
      return a.end - a.begin != b.end - b.begin ? a.end - a.begin > b.end - b.begin : a.begin < b.begin;
    });
    // The spans kept so far, by start: they never overlap one another, so
    // only the one that starts last before a span's end may overlap it (a
    // look-up, not a scan, however many mentions a sentence holds).
    std::map<std::size_t, std::size_t> kept;  // begin -> end
    for (Mention& m : found) {
      auto it = kept.lower_bound(m.end);
      if (it != kept.begin() && std::prev(it)->second > m.begin) continue;
      kept.emplace(m.begin, m.end);
      out.push_back(std::move(m));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace factlint::detail
