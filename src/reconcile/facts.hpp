// detail: the parts of reconciliation, each in its own file, and the plain
// data they pass to each other. reconciler.cpp runs them in order:
//   build_facts (facts.cpp)        claims -> facts, each with statements grouped into sides
//   superseded_sides (updates.cpp) which sides later articles replace
//   discover_truth (trust.cpp)     consensus per fact, trust per source
//   conflict_findings (conflicts.cpp), coverage_findings (coverage.cpp),
//   cross_slot_findings (cross_slot.cpp)
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "factlint/model/finding.hpp"
#include "factlint/reconcile.hpp"
#include "factlint/values.hpp"

namespace factlint::detail {

// One claim's say on one fact. For a field fact it is the claim's item about
// that field (or a broader field said safe, or a narrower one said exposed).
struct Statement {
  const Claim* claim = nullptr;
  TypedValue value;
  std::string display;    // how a side names it: "Jane Doe", "payment exposed (partial)"
  std::string canonical;  // its comparable form
  // When the claim speaks as of: its article's publication date, or the date
  // of a reporting_time claim in its sentence ("disclosed in 2019 that ...").
  std::optional<CivilDate> as_of_lo, as_of_hi;
};

// One thing that has one true value: a single-valued slot, one field of a
// field-set slot, or one recipient of a many-valued slot.
//
// Statements that say the same thing (the same canonical value, placed the
// same way) share one value, and values, not statements, are compared: a
// fact stated 100,000 times in three ways costs three comparisons and nine
// bytes of relations, not 10^10.
struct Fact {
  const Slot* slot = nullptr;
  const RuleSet* rules = nullptr;
  std::string key;                              // "" | field id | folded recipient
  std::string key_written;                      // the key as first written ("to the CFPB")
  std::vector<Statement> statements;            // narrowest value first
  std::vector<std::size_t> value_of;            // per statement: the index of its value
  std::vector<std::size_t> values;              // per value: its first (narrowest) statement
  std::vector<std::vector<std::size_t>> stated; // per value: its statements, in order
  std::vector<Relation> relations;              // value x value, row by row
  std::vector<std::vector<std::size_t>> sides;  // groups of statements that agree, by index, in order

  // How the values of statements i and j relate.
  Relation related(std::size_t i, std::size_t j) const { return between(value_of[i], value_of[j]); }
  // How values v and w relate.
  Relation between(std::size_t v, std::size_t w) const { return relations[v * values.size() + w]; }
  // The comparison of statements i and j with its reason, the narrower
  // statement first whichever is asked first (worked out again: reasons are
  // only needed for the few pairs a finding quotes).
  Comparison comparison(std::size_t i, std::size_t j) const;
  // The values of some statements, each once, in order of first appearance.
  std::vector<std::size_t> values_in(const std::vector<std::size_t>& members) const;

  // "when the breach was made public", "the kinds of data exposed: payment".
  std::string what() const;
};

// Thrown inside reconciliation when a story runs past its time budget, or a
// fact has too many different values; reconcile() turns it into a story
// skipped with the reason.
struct OverBudget {
  std::string why;  // the whole reason: "reconciling the story took longer than 600 s"
};

// When the story's reconciliation must stop; checked between steps.
struct StopAt {
  std::optional<std::chrono::steady_clock::time_point> at;
  std::string limit;  // how the limit is named in the reason
  void check() const {
    if (at && std::chrono::steady_clock::now() > *at) throw OverBudget{"reconciling the story took longer than " + limit};
  }
};

// Claims -> facts. `published` maps a source to its publication date.
std::vector<Fact> build_facts(const std::vector<Claim>& claims, const std::map<std::string, CivilDate>& published,
                              const RuleSet& rules, const StopAt& deadline = {});

// The sources of some statements of a fact, sorted, each once.
std::vector<std::string> sources_of(const Fact& fact, const std::vector<std::size_t>& members);

// A finding's side from statements of a fact: named by its most common
// written forms, with one piece of evidence per claim.
Side make_side(const Fact& fact, const std::vector<std::size_t>& members);

// Whether two statements' values sit side by side in one group.
bool joins(Relation relation);

// sides[i] is replaced by a later side: its dated statements all speak well
// before (or, with a revision cue, just before) those of a side it conflicts
// with. `later[i]` lists those later sides.
struct Updates {
  std::vector<bool> superseded;
  std::vector<std::vector<std::size_t>> later;
};
Updates superseded_sides(const Fact& fact, const Tolerances& tolerances);

// The outcome of the vote on one fact.
struct FactConsensus {
  std::vector<double> confidence;  // per side, 0..1 (superseded sides: 0)
  std::optional<std::size_t> winner;
  bool decisive = false;
};

struct TruthDiscovery {
  std::vector<FactConsensus> facts;          // parallel to the facts
  std::map<std::string, double> trust;       // per source
  std::map<std::string, std::size_t> votes;  // statements that took part, per source
};
TruthDiscovery discover_truth(const std::vector<Fact>& facts, const std::vector<Updates>& updates,
                              const std::vector<std::string>& sources, const std::vector<CopyGroup>& copies,
                              const TrustSettings& settings, const StopAt& deadline = {});

// Contradictions, updates, self-contradictions and minor differences within
// one fact.
std::vector<Finding> conflict_findings(std::string_view story_id, const Fact& fact, const Updates& updates,
                                       const FactConsensus& consensus);

// Fields that only some of the sources listing fields name (info).
std::vector<Finding> coverage_findings(std::string_view story_id, const std::vector<Fact>& facts, const RuleSet& rules);

// The pack's cross-slot checks, made on consensus values.
std::vector<Finding> cross_slot_findings(std::string_view story_id, const std::vector<Fact>& facts,
                                         const TruthDiscovery& truth, const RuleSet& rules);

// The id of a finding that is not a plain contradiction: its kind (and, for
// intra-source, its source) takes part, so it never equals a contradiction's.
std::string kind_finding_id(std::string_view story_id, const Finding& finding, std::string_view extra = "");

// "1 source", "3 sources".
std::string count_of(std::size_t n, std::string_view one, std::string_view many);

}  // namespace factlint::detail
