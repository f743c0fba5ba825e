// Reconciliation: the claims of one story become findings, consensus and
// source trust. Entry points: reconcile(), finding_id(). The steps live in
// their own files (see facts.hpp); this one runs them in order and assembles
// the result.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "factlint/reconcile.hpp"
#include "reconcile/facts.hpp"
#include "text/text.hpp"

namespace factlint {
namespace {

using detail::fnv1a;
// Finding ids have always started from this value (FNV's offset basis with a
// digit missing): it stays, so that the ids in baselines and review.yaml files
// stay valid.
constexpr std::uint64_t kFindingIdSeed = 1469598103934665603ULL;

// How many copies a source lists by name; the rest are counted.
constexpr std::size_t kMaxCopiesListed = 20;

// Trust and confidence are shown to three places; rounding here keeps every
// output format identical.
double rounded(double x) { return std::round(x * 1000) / 1000; }

Consensus consensus_of(const detail::Fact& fact, const detail::FactConsensus& vote) {
  Consensus c;
  c.slot = fact.slot->name;
  c.key = fact.key;
  std::set<std::string> speaking;
  for (const detail::Statement& s : fact.statements) speaking.insert(s.claim->source);
  c.of = speaking.size();
  if (vote.winner) {
    const Side side = detail::make_side(fact, fact.sides[*vote.winner]);
    c.value = side.value;
    c.canonical = side.canonical;
    c.sources = side.sources;
    c.support = side.sources.size();
    c.confidence = rounded(vote.confidence[*vote.winner]);
    c.decisive = vote.decisive;
  }
  // The plain majority, over every side, replaced or not.
  std::size_t most = 0, at = 0, ties = 0;
  for (std::size_t s = 0; s < fact.sides.size(); ++s) {
    const std::size_t n = detail::sources_of(fact, fact.sides[s]).size();
    if (n > most) {
      most = n, at = s, ties = 1;
    } else if (n == most) {
      ++ties;
    }
  }
  if (most > 0 && ties == 1) {
    c.majority_value = detail::make_side(fact, fact.sides[at]).value;
    c.majority_support = most;
  }
  // Each source's say, side by side: what a source-by-fact matrix shows.
  for (std::size_t s = 0; s < fact.sides.size(); ++s) {
    std::map<std::string, Stance> by_source;
    for (std::size_t i : fact.sides[s]) {
      const detail::Statement& statement = fact.statements[i];
      Stance& stance = by_source[statement.claim->source];
      if (stance.source.empty()) {
        stance.source = statement.claim->source;
        stance.value = statement.display;
        stance.backs_consensus = vote.winner && *vote.winner == s;
      }
      stance.claims.push_back(statement.claim->id);
    }
    for (auto& [source, stance] : by_source) c.stances.push_back(std::move(stance));
  }
  std::sort(c.stances.begin(), c.stances.end(),
            [](const Stance& a, const Stance& b) { return std::tie(a.source, a.value) < std::tie(b.source, b.value); });
  return c;
}

// The steps of reconcile(), which stop with OverBudget at `stop`.
Reconciliation reconcile_within(std::string_view story_id, const std::vector<Claim>& claims,
                                const std::vector<SourceInfo>& sources, const std::vector<CopyGroup>& copies,
                                const RuleSet& rules, const detail::StopAt& stop);

}  // namespace

namespace detail {

std::string kind_finding_id(std::string_view story_id, const Finding& finding, std::string_view extra) {
  std::vector<std::string> canonicals;
  for (const Side& side : finding.sides) canonicals.push_back(side.canonical);
  return finding_id(story_id, fmt::format("{}:{}#{}@{}", finding.slot, finding.key, finding.kind, extra), canonicals);
}

}  // namespace detail

std::string finding_id(std::string_view story_id, std::string_view slot, std::vector<std::string> canonical_values) {
  std::sort(canonical_values.begin(), canonical_values.end());
  std::uint64_t h = fnv1a(story_id, kFindingIdSeed);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(slot, h);
  for (const std::string& v : canonical_values) {
    h = fnv1a(std::string_view("\x1e", 1), h);
    h = fnv1a(v, h);
  }
  return fmt::format("{:016x}", h);
}

Reconciliation reconcile(std::string_view story_id, const std::vector<Claim>& claims,
                         const std::vector<SourceInfo>& sources, const std::vector<CopyGroup>& copies,
                         const RuleSet& rules, const std::optional<Deadline>& deadline) {
  const detail::StopAt stop{deadline ? std::optional(deadline->at) : std::nullopt, deadline ? deadline->limit : ""};
  try {
    return reconcile_within(story_id, claims, sources, copies, rules, stop);
  } catch (const detail::OverBudget& over) {
    Reconciliation stopped;
    stopped.stopped = over.why;
    return stopped;
  }
}

namespace {

Reconciliation reconcile_within(std::string_view story_id, const std::vector<Claim>& claims,
                                const std::vector<SourceInfo>& sources, const std::vector<CopyGroup>& copies,
                                const RuleSet& rules, const detail::StopAt& stop) {
  std::map<std::string, CivilDate> published;
  std::set<std::string> ids;
  for (const SourceInfo& s : sources) {
    ids.insert(s.id);
    if (s.published) published[s.id] = *s.published;
  }
  for (const Claim& c : claims) ids.insert(c.source);
  const std::vector<std::string> source_ids(ids.begin(), ids.end());

  const std::vector<detail::Fact> facts = detail::build_facts(claims, published, rules, stop);
  std::vector<detail::Updates> updates;
  for (const detail::Fact& fact : facts) updates.push_back(detail::superseded_sides(fact, rules.tolerances));
  const detail::TruthDiscovery truth = detail::discover_truth(facts, updates, source_ids, copies, rules.trust, stop);

  Reconciliation result;
  for (std::size_t f = 0; f < facts.size(); ++f) {
    stop.check();
    std::vector<Finding> found = detail::conflict_findings(story_id, facts[f], updates[f], truth.facts[f]);
    std::move(found.begin(), found.end(), std::back_inserter(result.findings));
    result.consensus.push_back(consensus_of(facts[f], truth.facts[f]));
  }
  for (std::vector<Finding> found :
       {detail::coverage_findings(story_id, facts, rules), detail::cross_slot_findings(story_id, facts, truth, rules)}) {
    std::move(found.begin(), found.end(), std::back_inserter(result.findings));
  }

  std::sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.slot, b.severity, a.key, a.id) < std::tie(b.slot, a.severity, b.key, b.id);
  });
  std::sort(result.consensus.begin(), result.consensus.end(),
            [](const Consensus& a, const Consensus& b) { return std::tie(a.slot, a.key) < std::tie(b.slot, b.key); });

  // Where each source is an outlier, and whom it copies, worked out once for
  // all sources (not by reading every finding and group for each of them).
  std::map<std::string_view, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> on;  // source -> (findings as outlier, as other)
  for (std::size_t f = 0; f < result.findings.size(); ++f) {
    std::map<std::string_view, std::pair<bool, bool>> seen;  // source -> (on an outlier side, on another)
    for (const Side& side : result.findings[f].sides)
      for (const std::string& source : side.sources) (side.outlier ? seen[source].first : seen[source].second) = true;
    for (const auto& [source, where] : seen)
      if (where.first && !where.second) on[source].first.push_back(f);
  }
  std::map<std::string_view, std::size_t> group_of;
  for (std::size_t g = 0; g < copies.size(); ++g)
    for (const std::string& source : copies[g].sources) group_of.emplace(source, g);
  for (const std::string& id : source_ids) {
    SourceTrust s;
    s.id = id;
    s.trust = rounded(truth.trust.at(id));
    const auto votes = truth.votes.find(id);
    s.votes = votes == truth.votes.end() ? 0 : votes->second;
    // The findings where it backs only sides the consensus sets aside.
    if (auto it = on.find(id); it != on.end())
      for (std::size_t f : it->second.first) s.against.push_back(result.findings[f].id);
    // Its copies, the first kMaxCopiesListed of them by name: a wire story
    // reprinted 100,000 times would otherwise list 10^10 names.
    if (auto it = group_of.find(id); it != group_of.end()) {
      for (const std::string& other : copies[it->second].sources) {
        if (other == id) continue;
        if (s.copies.size() < kMaxCopiesListed) s.copies.push_back(other);
        else ++s.copies_more;
      }
    }
    result.sources.push_back(std::move(s));
  }
  return result;
}

}  // namespace

Reconciliation reconcile(std::string_view story_id, const std::vector<Claim>& claims, const RuleSet& rules) {
  return reconcile(story_id, claims, {}, {}, rules);
}

}  // namespace factlint
