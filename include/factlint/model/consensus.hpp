// Consensus and trust: what the sources of a story agree on, fact by fact,
// and how far each source can be trusted given everything it states.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace factlint {

// What one source states about one fact: the value as its side names it, and
// the claims that say so. A source that says two different things about a
// fact has two stances.
struct Stance {
  std::string source;               // the Document's id
  std::string value;                // as written: "Jane Doe", "payment exposed (partial)"
  std::vector<std::string> claims;  // Claim ids, in the order of the text
  bool backs_consensus = false;     // its side is the consensus value
};

// The value a story's sources settle on for one fact: a single-valued slot,
// one field of a field-set slot, or one recipient of a many-valued slot.
struct Consensus {
  std::string slot;
  std::string key;                   // "" | a field id | a recipient, as in Finding::key
  std::string value;                 // the trust-weighted winner, as written
  std::string canonical;
  double confidence = 0;             // 0..1: its share of the trust-weighted vote
  std::vector<std::string> sources;  // the sources that back it
  std::size_t support = 0;           // how many sources back it ...
  std::size_t of = 0;                // ... of how many speak to this fact
  std::string majority_value;        // the value most sources back, for comparison ("" on a tie)
  std::size_t majority_support = 0;
  bool decisive = false;             // the winner leads the next value by the decisive margin
  std::vector<Stance> stances;       // every source's say on this fact, sorted by source, then value
};

// One source (article) as reconciliation saw it.
struct SourceTrust {
  std::string id;                     // the Document's id
  double trust = 0;                   // 0..1, learned from its agreement with other sources
  std::size_t votes = 0;              // its statements that took part in a vote (a list of three fields is three)
  std::vector<std::string> against;   // ids of findings where it backs only outlier sides
  std::vector<std::string> copies;    // other sources that share long runs of identical sentences with it (at most 20)
  std::size_t copies_more = 0;        // how many more copies there are than `copies` lists
};

}  // namespace factlint
