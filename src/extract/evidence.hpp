// Slot evidence: which slot, if any, a mention fills, weighed from the
// triggers and vetoes around it (rules' `evidence:`, docs/rules.md, "Slot
// evidence"). Entry points: SentenceEvidence (the triggers of one sentence,
// found once) and weigh(). Tested by tests/unit/extract/evidence_test.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses.hpp"
#include "extract/mentions.hpp"
#include "factlint/rules.hpp"

namespace factlint::detail {

struct Hit {
  std::size_t begin = 0, end = 0;  // in the sentence
};

// One sentence, read once for every mention in it: its clauses, its words'
// starts, and where each trigger and veto of the pack stands in it.
class SentenceEvidence {
 public:
  SentenceEvidence(std::string_view sentence, const RuleSet& rules);

  std::string_view sentence() const { return sentence_; }
  // Cut the first time they are asked for.
  const std::vector<Clause>& clauses() const;
  // Whether the triggers of a slot that takes mentions of `kind` that stand
  // in the sentence weigh enough, all together, to reach the slot's
  // threshold: if no slot's can, no mention of that kind can become a claim,
  // so it need not be looked for.
  bool may_claim(std::string_view kind) const;
  // Where `trigger`'s words stand, by start, not overlapping: looked for
  // the first time a mention asks, once per pattern (slots share patterns).
  const std::vector<Hit>& hits(const Trigger& trigger) const;
  // How many words start in [begin, end).
  std::size_t words_between(std::size_t begin, std::size_t end) const;

 private:
  std::string_view sentence_;
  const RuleSet& rules_;
  mutable std::optional<std::vector<Clause>> clauses_;
  std::vector<std::size_t> word_starts_;
  // Which patterns of rules.trigger_set stand in the sentence, by index;
  // empty when there is no set or its scan failed (then every one is searched).
  std::vector<char> present_;
  bool scanned_ = false;
  // By the trigger's pattern and whether it ignores case: the pattern text is
  // the RE2's own, so the key holds no copy.
  mutable std::map<std::pair<std::string_view, bool>, std::vector<Hit>> hits_;
};

// A trigger found near a mention: where, and how many words stand between.
struct FoundTrigger {
  const Trigger* trigger = nullptr;
  Hit at;
  std::size_t gap = 0;
};

// What one slot's evidence makes of one mention.
struct SlotVerdict {
  const SlotEvidence* evidence = nullptr;
  double score = 0;                  // the weights of the triggers found
  std::vector<FoundTrigger> found;   // each trigger found, at its nearest place
  const Trigger* veto = nullptr;                        // the first veto found, if any
  Hit veto_at;
  bool claims = false;  // the mention is a claim of this slot: enough evidence, no veto, no better slot
  std::string why_not;  // when not: "1 is below its threshold 2", "vetoed by 'has'", "affected_count has more (3)"
};

// The verdict of every slot whose evidence takes `mention`'s kind, in the
// pack's order; at most one `claims`: the slot with the most evidence at or
// above its threshold and no veto (ties: the one whose heaviest trigger
// stands nearest the mention, then the first).
std::vector<SlotVerdict> weigh(const Mention& mention, const SentenceEvidence& sentence, const RuleSet& rules);

// The first of `evidence`'s vetoes marked `phrase_rules` that stands in its
// place around the value at [begin, end) of the sentence, or null: such a
// veto holds whichever rule found the value ("5.5 million users and a
// further 1.4 million" is a part, not the total, for a phrase rule too).
const Trigger* veto_around(std::size_t begin, std::size_t end, const SlotEvidence& evidence,
                           const SentenceEvidence& sentence);

}  // namespace factlint::detail
