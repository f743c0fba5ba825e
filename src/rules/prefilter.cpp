// The rule prefilter: which patterns can match a sentence, without running
// them. Entry points: build_prefilter(), RulePrefilter::candidates().
//
// RE2's FilteredRE2 computes, for each pattern, a boolean formula over the
// literal strings ("atoms") a match must contain: a CEO pattern needs "ceo"
// or "chief executive". One RE2::Set of the atoms, matched against the
// lower-cased sentence, tells which atoms occur; FilteredRE2 turns that into
// the patterns that may match. A pattern with no atoms is always a candidate.
// The filter only ever keeps too many patterns, never too few, so extraction
// gives the same claims with or without it.
#include "rules/prefilter.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace factlint {
namespace {

// Lower case as RE2's prefilter makes its atoms: simple Unicode lower case,
// code point by code point; bytes that are not UTF-8 stay as they are.
void lower_case(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {
      const char c = static_cast<char>(s[i++]);
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      continue;
    }
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      continue;
    }
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), n, u_tolower(c));  // at most U8_MAX_LENGTH bytes
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace

bool RulePrefilter::candidates(std::string_view sentence, std::vector<char>& may_match) const {
  thread_local std::string lowered;
  thread_local std::vector<int> atom_hits, pattern_hits;
  atom_hits.clear();
  if (atoms) {
    lower_case(sentence, lowered);
    re2::RE2::Set::ErrorInfo error{};
    if (!atoms->Match(re2::StringPiece(lowered.data(), lowered.size()), &atom_hits, &error) &&
        error.kind != re2::RE2::Set::kNoError) {
      return false;
    }
  }
  pattern_hits.clear();
  filter->AllPotentials(atom_hits, &pattern_hits);
  may_match.assign(patterns, 0);
  for (int hit : pattern_hits) may_match[static_cast<std::size_t>(hit)] = 1;
  return true;
}

namespace detail {

std::shared_ptr<re2::FilteredRE2> make_prefilter_filter() {
  return std::make_shared<re2::FilteredRE2>(3);  // atoms of at least 3 bytes: "ceo", not "a"
}

std::shared_ptr<const RulePrefilter> build_prefilter(std::shared_ptr<re2::FilteredRE2> filter) {
  if (filter == nullptr || filter->NumRegexps() == 0) return nullptr;  // nothing to filter (FilteredRE2 would complain)
  auto prefilter = std::make_shared<RulePrefilter>();
  prefilter->patterns = static_cast<std::size_t>(filter->NumRegexps());
  std::vector<std::string> atoms;
  filter->Compile(&atoms);
  if (!atoms.empty()) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    auto set = std::make_shared<re2::RE2::Set>(options, RE2::UNANCHORED);
    for (const std::string& atom : atoms)
      if (set->Add(RE2::QuoteMeta(atom), nullptr) < 0) return nullptr;
    if (!set->Compile()) return nullptr;
    prefilter->atoms = std::move(set);
  }
  prefilter->filter = std::move(filter);
  return prefilter;
}

}  // namespace detail
}  // namespace factlint
