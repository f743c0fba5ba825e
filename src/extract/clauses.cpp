// Clauses and their verb groups, from the word lists of rules' `grammar:`.
// Entry point: split_clauses(). Tested by tests/unit/extract/clauses_test.cpp.
#include "extract/clauses.hpp"

#include <algorithm>
#include <cctype>

#include "text/text.hpp"

namespace factlint::detail {
namespace {

struct Token {
  std::size_t begin, end;
  std::string lower;
};

bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '\'' || c == '-' || u >= 0x80;
}

// Words of `text` between `begin` and `end`: runs of letters, digits,
// apostrophes and hyphens (and any non-ASCII byte, so that "n’t" stays whole).
std::vector<Token> tokens(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> out;
  std::size_t i = begin;
  while (i < end) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < end && word_byte(text[j])) ++j;
    out.push_back({i, j, ascii_lower(text.substr(i, j - i))});
    i = j;
  }
  return out;
}

// `words` are in lower case (the loader lowers them), as `word` is.
bool listed(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool ends_with(std::string_view word, std::string_view end) {
  return word.size() > end.size() && word.substr(word.size() - end.size()) == end;
}

// "did n't", "wasn’t": a negation glued to its verb.
bool contracted_negation(std::string_view word) { return ends_with(word, "n't") || ends_with(word, "n\u2019t"); }

bool participle(std::string_view word) { return ends_with(word, "ed") || ends_with(word, "en") || ends_with(word, "wn"); }

VerbGroup verb_group(std::string_view sentence, const Clause& clause, const Grammar& grammar) {
  VerbGroup g;
  const std::vector<Token> words = tokens(sentence, clause.begin, clause.end);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    if (g.negation.empty() && (listed(grammar.negations, w) || contracted_negation(w))) {
      g.negation = std::string(sentence.substr(words[i].begin, words[i].end - words[i].begin));
      g.negation_at = words[i].begin;
    }
    if (g.modal.empty() && listed(grammar.modals, w)) g.modal = w;
    if (g.tense == Tense::unknown) {
      if (listed(grammar.future, w)) {
        g.tense = Tense::future;
      } else if (listed(grammar.past, w)) {
        g.tense = Tense::past;
      } else if (listed(grammar.present, w)) {
        g.tense = Tense::present;
      }
    }
    if (!g.passive && listed(grammar.passive_be, w)) {
      for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j)
        if (participle(words[j].lower)) g.passive = true;
    }
  }
  if (g.tense == Tense::unknown &&
      std::any_of(words.begin(), words.end(), [](const Token& t) { return ends_with(t.lower, "ed"); })) {
    g.tense = Tense::past;
  }
  return g;
}

}  // namespace

std::string_view to_string(Tense tense) {
  switch (tense) {
    case Tense::past: return "past";
    case Tense::present: return "present";
    case Tense::future: return "future";
    case Tense::unknown: break;
  }
  return "";
}

std::vector<Clause> split_clauses(std::string_view sentence, const Grammar& grammar) {
  const std::string lower = ascii_lower(sentence);
  std::vector<std::size_t> ends;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  // ", which is around 14,000 users": the figure before, said again.
  auto restates = [&](std::size_t at) {
    while (at < lower.size() && lower[at] == ' ') ++at;
    for (const std::string& r : grammar.restatements) {
      if (lower.compare(at, r.size(), r) != 0 || at + r.size() >= lower.size() || lower[at + r.size()] != ' ') continue;
      // A digit within the next three words.
      const std::vector<Token> next = tokens(sentence, at + r.size(), std::min(lower.size(), at + r.size() + 40));
      for (std::size_t k = 0; k < next.size() && k < 3; ++k)
        if (std::isdigit(static_cast<unsigned char>(next[k].lower.front()))) return true;
    }
    return false;
  };
  auto opens_aside = [&](std::size_t at) {
    while (at < lower.size() && lower[at] == ' ') ++at;
    for (const std::string& o : grammar.aside_openers)
      if (lower.compare(at, o.size(), o) == 0 && (at + o.size() >= lower.size() || !letter(lower[at + o.size()])))
        return true;
    return false;
  };
  for (const std::string& written : grammar.clause_breaks) {
    // Trimmed of the spaces around it; where it begins or ends with a letter,
    // it must begin or end a word there ("that", not "thatch").
    const std::string lowered = ascii_lower(written);
    const std::size_t first = lowered.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    const std::string b = lowered.substr(first, lowered.find_last_not_of(' ') - first + 1);
    const bool dash = std::none_of(b.begin(), b.end(), letter);
    std::size_t aside_closes = std::string::npos;
    for (std::size_t at = lower.find(b); at != std::string::npos; at = lower.find(b, at + 1)) {
      const std::size_t end = at + b.size();
      if (at == aside_closes) continue;
      if (dash && opens_aside(end)) {
        aside_closes = lower.find(b, end);
        continue;
      }
      if (letter(b.front()) && at > 0 && letter(lower[at - 1])) continue;
      if (letter(b.back()) && end < lower.size() && letter(lower[end])) continue;
      if (restates(end)) continue;
      ends.push_back(end);
    }
  }
  // "that" after a verb of saying, within four words: "said on Monday that".
  const std::vector<Token> words = tokens(sentence, 0, sentence.size());
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i].lower != "that") continue;
    for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
      if (listed(grammar.complement_verbs, words[i - back].lower)) {
        ends.push_back(words[i].end);
        break;
      }
    }
  }
  // A trailing attribution is a clause of its own: "..., a company
  // spokesperson confirmed on Monday." The comma ends the statement before
  // it, when at most five words, none of them a verb, stand between the comma
  // and the verb of saying.
  // Trailing means the sentence ends soon after the verb, with no "that"
  // after it: ", the firm, Acme, confirmed that hackers ..." is an apposition.
  auto trailing = [&](std::size_t verb) {
    if (words.size() - verb > 9) return false;
    for (std::size_t j = verb + 1; j < words.size(); ++j)
      if (words[j].lower == "that") return false;
    return true;
  };
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (!listed(grammar.complement_verbs, words[i].lower) || !trailing(i)) continue;
    for (std::size_t back = 1; back <= 6 && back <= i; ++back) {
      const Token& before = words[i - back];
      const std::string_view gap = sentence.substr(before.end, words[i - back + 1].begin - before.end);
      if (gap.find(',') != std::string_view::npos) {
        ends.push_back(before.end + gap.find(',') + 1);
        break;
      }
      if (back < 6 && (listed(grammar.past, before.lower) || listed(grammar.present, before.lower) ||
                       listed(grammar.future, before.lower) || listed(grammar.modals, before.lower) ||
                       participle(before.lower))) {
        break;
      }
    }
  }
  std::sort(ends.begin(), ends.end());
  ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
  std::vector<Clause> clauses;
  std::size_t begin = 0;
  for (std::size_t end : ends) {
    if (end <= begin || end >= sentence.size()) continue;
    clauses.push_back({begin, end, {}});
    begin = end;
  }
  clauses.push_back({begin, sentence.size(), {}});
  for (Clause& c : clauses) c.verbs = verb_group(sentence, c, grammar);
  return clauses;
}

std::string denial_after(std::string_view sentence, std::size_t at, const Grammar& grammar) {
  if (at == 0 || at > sentence.size()) return "";
  const std::vector<Clause> clauses = split_clauses(sentence, grammar);
  // A dash sets off an aside ("credentials—including PINs—were not"): the
  // verb after it is still the list's.
  auto dash_ends = [&](const Clause& c) {
    const std::string_view text = sentence.substr(c.begin, c.end - c.begin);
    const std::size_t last = text.find_last_not_of(' ');
    if (last == std::string_view::npos) return false;
    const std::string_view head = text.substr(0, last + 1);
    return head.ends_with("\u2014") || head.ends_with("\u2013") || head.ends_with("--");
  };
  std::size_t i = clause_at(clauses, at - 1);
  while (clauses[i].verbs.negation.empty() && i + 1 < clauses.size() && dash_ends(clauses[i])) ++i;
  const Clause& clause = clauses[i];
  if (clause.verbs.negation.empty() || clause.verbs.negation_at < at) return "";
  const std::vector<Token> between = tokens(sentence, at, clause.verbs.negation_at);
  if (between.size() > 8) return "";
  for (const Token& t : between)
    if (participle(t.lower) || t.lower == "that" || t.lower == "which" || t.lower == "who") return "";
  return clause.verbs.negation;
}

bool negation_reaches(std::string_view sentence, const Clause& clause, std::size_t at, const Grammar& grammar) {
  if (clause.verbs.negation.empty() || clause.verbs.negation_at >= at) return false;
  auto verb = [&](const std::string& w) {
    return participle(w) || listed(grammar.past, w) || listed(grammar.present, w) || listed(grammar.future, w) ||
           listed(grammar.passive_be, w) || listed(grammar.modals, w);
  };
  const std::size_t from = clause.verbs.negation_at + clause.verbs.negation.size();
  const std::vector<Token> between = tokens(sentence, from, at);
  std::size_t i = 0;
  while (i < between.size() && verb(between[i].lower)) ++i;  // the verb group it denies
  for (; i < between.size(); ++i)
    if (verb(between[i].lower)) return false;
  return true;
}

bool negation_before(std::string_view sentence, std::size_t at, const Grammar& grammar) {
  std::size_t i = at;
  while (i > 0 && sentence[i - 1] == ' ') --i;
  std::size_t j = i;
  while (j > 0 && word_byte(sentence[j - 1])) --j;
  return j < i && listed(grammar.negations, ascii_lower(sentence.substr(j, i - j)));
}

std::size_t clause_at(const std::vector<Clause>& clauses, std::size_t offset) {
  for (std::size_t i = 0; i < clauses.size(); ++i)
    if (offset < clauses[i].end) return i;
  return clauses.empty() ? 0 : clauses.size() - 1;
}

}  // namespace factlint::detail
