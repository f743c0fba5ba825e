// Mentions: every value of every kind a sentence writes ("4 million
// customers", "early October", "$10 million"), found by the pack's mention
// detectors before any slot is decided. Entry point: find_mentions().
// Tested by tests/unit/extract/mentions_test.cpp.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/rules.hpp"

namespace factlint::detail {

struct Mention {
  const MentionDetector* detector = nullptr;
  std::size_t begin = 0, end = 0;              // the whole match, in the sentence
  std::size_t value_begin = 0, value_end = 0;  // the `value` group, in the sentence
  std::string value, hedge, unit, qualifier;   // the groups' words ("" when a group took no part)
  std::string org;                             // an organisation its words name ("4 million Globex customers")
  std::size_t org_offset = 0;                  // of `org`, in the sentence
};

// The mentions of `sentence`, by start (then longest first). Of the mentions
// of one kind that overlap, the longest is kept (then the first); mentions of
// different kinds may overlap. Nothing in a web address is a mention
// ("https://example.com/2023/12/04/x"), and no person is read from a
// sentence in title case, as headlines are written ("Acme CEO Resigns Amid
// Data Leak": the capitals mark no name). `may_match` holds the prefilter's verdicts
// for the sentence (see detail::may_run), or is null.
// With `wanted`, only the kinds it accepts are looked for.
std::vector<Mention> find_mentions(std::string_view sentence, const RuleSet& rules, const std::vector<char>* may_match,
                                   const std::function<bool(std::string_view kind)>& wanted = {});

}  // namespace factlint::detail
