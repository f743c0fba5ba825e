// Slot evidence: triggers and vetoes weighed around each mention. Entry
// point: weigh(). Tested by tests/unit/extract/evidence_test.cpp.
#include "extract/evidence.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

namespace factlint::detail {
namespace {

bool word_start(std::string_view s, std::size_t i) {
  auto word = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
  };
  return word(s[i]) && (i == 0 || !word(s[i - 1]));
}

std::vector<Hit> find_hits(std::string_view sentence, const re2::RE2& regex) {
  std::vector<Hit> out;
  re2::StringPiece whole;
  const re2::StringPiece input(sentence.data(), sentence.size());
  std::size_t pos = 0;
  while (pos < sentence.size() && regex.Match(input, pos, sentence.size(), RE2::UNANCHORED, &whole, 1)) {
    const std::size_t begin = static_cast<std::size_t>(whole.data() - sentence.data());
    out.push_back({begin, begin + whole.size()});
    pos = begin + std::max<std::size_t>(whole.size(), 1);
  }
  return out;
}

// The hit of `hits` nearest to the mention [begin, end) that stands in
// `place` (bounded by the mention's clause [lo, hi)), and the words between
// them; nullopt when none does.
std::optional<std::pair<Hit, std::size_t>> nearest(const std::vector<Hit>& hits, TriggerPlace place, std::size_t begin,
                                                   std::size_t end, std::size_t lo, std::size_t hi,
                                                   const SentenceEvidence& s) {
  std::optional<std::pair<Hit, std::size_t>> best;
  auto consider = [&](const Hit& h) {
    const std::size_t gap = h.end <= begin ? s.words_between(h.end, begin) : h.begin >= end ? s.words_between(end, h.begin) : 0;
    if (!best || gap < best->second) best = std::make_pair(h, gap);
  };
  const bool in_clause = place != TriggerPlace::sentence;
  // The last hit that ends at or before the mention's start: hits do not
  // overlap, so their ends are sorted like their starts.
  auto after_it = std::lower_bound(hits.begin(), hits.end(), begin, [](const Hit& h, std::size_t at) { return h.end <= at; });
  if (place != TriggerPlace::after && after_it != hits.begin()) {
    const Hit& h = *std::prev(after_it);
    if (!in_clause || h.begin >= lo) consider(h);
  }
  // Hits overlapping the mention, then the first after it.
  for (auto it = after_it; it != hits.end(); ++it) {
    const Hit& h = *it;
    const bool inside = h.begin < end;
    if (inside && (place == TriggerPlace::clause || place == TriggerPlace::sentence)) consider(h);
    if (!inside) {
      if (place != TriggerPlace::before && (!in_clause || h.end <= hi)) consider(h);
      break;
    }
  }
  return best;
}

}  // namespace

SentenceEvidence::SentenceEvidence(std::string_view sentence, const RuleSet& rules)
    : sentence_(sentence), rules_(rules) {
  for (std::size_t i = 0; i < sentence.size(); ++i)
    if (word_start(sentence, i)) word_starts_.push_back(i);
  if (rules.trigger_set) {
    std::vector<int> found;
    re2::RE2::Set::ErrorInfo error{};
    if (rules.trigger_set->Match(re2::StringPiece(sentence.data(), sentence.size()), &found, &error) ||
        error.kind == re2::RE2::Set::kNoError) {
      int most = 0;
      for (int i : found) most = std::max(most, i + 1);
      present_.assign(static_cast<std::size_t>(most), 0);
      for (int i : found) present_[static_cast<std::size_t>(i)] = 1;
      scanned_ = true;
    }
  }
}

const std::vector<Clause>& SentenceEvidence::clauses() const {
  if (!clauses_) clauses_ = split_clauses(sentence_, rules_.grammar);
  return *clauses_;
}

bool SentenceEvidence::may_claim(std::string_view kind) const {
  for (const SlotEvidence& e : rules_.evidence) {
    if (std::find(e.takes.begin(), e.takes.end(), kind) == e.takes.end()) continue;
    double reachable = 0;
    for (const Trigger& t : e.triggers)
      if (!hits(t).empty()) reachable += std::max(0.0, t.weight);
    if (reachable >= e.threshold) return true;
  }
  return false;
}

const std::vector<Hit>& SentenceEvidence::hits(const Trigger& trigger) const {
  static const std::vector<Hit> kNone;
  if (scanned_ && trigger.set_index >= 0 &&
      (static_cast<std::size_t>(trigger.set_index) >= present_.size() || !present_[static_cast<std::size_t>(trigger.set_index)]))
    return kNone;
  // The same pattern under other options is another search.
  const std::pair<std::string_view, bool> key{trigger.regex->pattern(), trigger.regex->options().case_sensitive()};
  auto it = hits_.find(key);
  if (it == hits_.end()) it = hits_.emplace(key, find_hits(sentence_, *trigger.regex)).first;
  return it->second;
}

std::size_t SentenceEvidence::words_between(std::size_t begin, std::size_t end) const {
  if (end <= begin) return 0;
  return static_cast<std::size_t>(std::lower_bound(word_starts_.begin(), word_starts_.end(), end) -
                                  std::lower_bound(word_starts_.begin(), word_starts_.end(), begin));
}

const Trigger* veto_around(std::size_t begin, std::size_t end, const SlotEvidence& evidence,
                           const SentenceEvidence& sentence) {
  const Clause& clause = sentence.clauses()[clause_at(sentence.clauses(), begin)];
  for (const Trigger& t : evidence.vetoes) {
    if (!t.phrase_rules) continue;
    const auto at = nearest(sentence.hits(t), t.place, begin, end, clause.begin, clause.end, sentence);
    if (at && (t.within < 0 || at->second <= static_cast<std::size_t>(t.within))) return &t;
  }
  return nullptr;
}

std::vector<SlotVerdict> weigh(const Mention& mention, const SentenceEvidence& sentence, const RuleSet& rules) {
  std::vector<SlotVerdict> verdicts;
  const Clause& clause = sentence.clauses()[clause_at(sentence.clauses(), mention.begin)];
  auto place_of = [&](const Trigger& t) {
    return nearest(sentence.hits(t), t.place, mention.begin, mention.end, clause.begin, clause.end, sentence);
  };
  for (const SlotEvidence& e : rules.evidence) {
    if (std::find(e.takes.begin(), e.takes.end(), mention.detector->kind) == e.takes.end()) continue;
    SlotVerdict v;
    v.evidence = &e;
    for (const Trigger& t : e.triggers) {
      const auto at = place_of(t);
      if (!at || (t.within >= 0 && at->second > static_cast<std::size_t>(t.within))) continue;
      v.score += t.weight;
      v.found.push_back({&t, at->first, at->second});
    }
    for (const Trigger& t : e.vetoes) {
      const auto at = place_of(t);
      if (!at || (t.within >= 0 && at->second > static_cast<std::size_t>(t.within))) continue;
      v.veto = &t;
      v.veto_at = at->first;
      break;
    }
    if (v.veto != nullptr) {
      const std::string_view words = sentence.sentence().substr(v.veto_at.begin, v.veto_at.end - v.veto_at.begin);
      v.why_not = fmt::format("vetoed by '{}'", words);
    } else if (v.score < e.threshold) {
      v.why_not = fmt::format("its evidence {:g} is below the threshold {:g}", v.score, e.threshold);
    }
    verdicts.push_back(std::move(v));
  }
  // How near its heaviest trigger stands: "began in March and was disclosed
  // on Monday" gives March to the start and Monday to the disclosure. A
  // trigger after the mention stands two words further: a date more often
  // follows its verb ("began in March, and disclosed it on Friday").
  auto nearness = [&](const SlotVerdict& v) {
    double heaviest = 0;
    std::size_t gap = std::string::npos;
    for (const FoundTrigger& f : v.found) {
      const std::size_t g = f.gap + (f.at.begin >= mention.end ? 2 : 0);
      if (f.trigger->weight > heaviest) heaviest = f.trigger->weight, gap = g;
      else if (f.trigger->weight == heaviest) gap = std::min(gap, g);
    }
    return gap;
  };
  SlotVerdict* best = nullptr;
  for (SlotVerdict& v : verdicts) {
    if (!v.why_not.empty()) continue;
    if (best == nullptr || v.score > best->score || (v.score == best->score && nearness(v) < nearness(*best))) best = &v;
  }
  for (SlotVerdict& v : verdicts) {
    if (&v == best) {
      v.claims = true;
    } else if (v.why_not.empty()) {
      v.why_not = v.score == best->score
                      ? fmt::format("{} has as much evidence ({:g}), nearer the mention", best->evidence->slot, best->score)
                      : fmt::format("{} has more evidence ({:g})", best->evidence->slot, best->score);
    }
  }
  return verdicts;
}

}  // namespace factlint::detail
