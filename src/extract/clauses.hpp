// Clauses: a sentence cut where news starts a new statement (";", "said
// that", ", which", ", but"), each clause with what its verb group says:
// negated, modal, passive, its tense. A cheap analysis from the word lists of
// rules' `grammar:` (docs/rules.md, "Grammar"), not a parser. Entry point:
// split_clauses(). Tested by tests/unit/extract/clauses_test.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factlint/rules.hpp"

namespace factlint::detail {

enum class Tense { unknown, past, present, future };
std::string_view to_string(Tense tense);  // "", "past", "present", "future"

// What the verbs of one clause say. The words found are kept for
// explanations ("not", "may").
struct VerbGroup {
  std::string negation;  // the negation word, or empty
  std::size_t negation_at = std::string::npos;  // its offset in the sentence
  std::string modal;     // the modal verb, or empty
  bool passive = false;  // "were accessed", "had been stolen"
  Tense tense = Tense::unknown;
};

struct Clause {
  std::size_t begin = 0, end = 0;  // byte offsets in the sentence
  VerbGroup verbs;
};

// The clauses of `sentence`, in order, covering it from its first byte to its
// last: a clause break (grammar.clause_breaks, matched ignoring case) ends
// the clause it closes, and the next begins after it; so does a "that" within
// four words after a complement verb (grammar.complement_verbs).
//   split_clauses("Acme said that data was not stolen", g)
//     -> ["Acme said that", "data was not stolen" (negated, passive, past)]
std::vector<Clause> split_clauses(std::string_view sentence, const Grammar& grammar);

// The negation word of the verb that a list ending at byte `at` of
// `sentence` is the subject of: "X, Y and Z were not accessed" -> "not".
// Empty when the clause's negation is not the next verb after `at` (a verb,
// "that", "which" or "who" stands between, or more than eight words), or
// when there is none.
//   denial_after("names—and emails—were never stored", 5, g) -> "never"
//   denial_after("names were taken and passwords were not", 5, g) -> ""
std::string denial_after(std::string_view sentence, std::size_t at, const Grammar& grammar);

// Whether the negation of `clause`, standing before byte `at` of `sentence`,
// still denies what is at `at`: it denies the verb group right after it, and
// a later verb starts a statement of its own.
//   "did not affect 4 million"                  -> true
//   "has not changed since it warned in July"   -> false (at "July")
bool negation_reaches(std::string_view sentence, const Clause& clause, std::size_t at, const Grammar& grammar);

// Whether the word right before byte `at` of `sentence` is a negation: a
// clause's verb group keeps only its first negation, and a later one still
// denies the noun it stands before.
//   "no accounts were hit and no passwords were taken", at "passwords" -> true
bool negation_before(std::string_view sentence, std::size_t at, const Grammar& grammar);

// The index of the clause of `clauses` that holds byte `offset`.
std::size_t clause_at(const std::vector<Clause>& clauses, std::size_t offset);

}  // namespace factlint::detail
