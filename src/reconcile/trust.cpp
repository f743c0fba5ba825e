// Truth discovery: which value of each fact the sources support, weighted by
// how far each source can be trusted, and that trust learned from agreement.
// Entry point: discover_truth().
//
// The vote follows ACCU (Dong, Berti-Equille and Srivastava, 2009): a source
// of trust t votes ln(n t / (1 - t)) for the value it states, n being how
// many wrong values a fact could take; a weak claim votes at a fraction of
// that. A value a tolerance away from another (a day apart) lends it part of
// its vote, as in TruthFinder. A value's confidence is its share of exp(vote)
// among the values seen and the n + 1 - k values nobody stated. A source's
// trust is then the mean confidence of what it states, shrunk toward the prior
// by `shrink` claims' worth, and the two steps repeat until trust settles.
// Copies vote once per value: their strongest member. Values that later
// articles replace (superseded) neither vote nor count against anyone.
#include <algorithm>
#include <cmath>
#include <set>

#include "reconcile/facts.hpp"

namespace factlint::detail {
namespace {

constexpr int kMaxRounds = 100;
constexpr double kSettled = 1e-9;

double vote_of(double trust, int false_values) {
  const double t = std::clamp(trust, 0.01, 0.99);
  return std::log(false_values * t / (1 - t));
}

// Sides a and b are near: some pair of their statements is a tolerance apart
// and none conflicts.
bool near(const Fact& fact, const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
  bool minor = false;
  for (std::size_t i : a) {
    for (std::size_t j : b) {
      const Relation r = fact.relation[i][j].relation;
      if (r == Relation::conflict) return false;
      minor = minor || r == Relation::minor;
    }
  }
  return minor;
}

}  // namespace

TruthDiscovery discover_truth(const std::vector<Fact>& facts, const std::vector<Updates>& updates,
                              const std::vector<std::string>& sources, const std::vector<CopyGroup>& copies,
                              const TrustSettings& settings) {
  // Each source votes through its copy group: copies count once.
  std::map<std::string, std::size_t> group_of;
  std::size_t groups = 0;
  for (const CopyGroup& g : copies) {
    for (const std::string& s : g.sources) group_of[s] = groups;
    ++groups;
  }
  for (const std::string& s : sources)
    if (group_of.emplace(s, groups).second) ++groups;

  TruthDiscovery truth;
  for (const std::string& s : sources) truth.trust[s] = settings.prior;
  for (const Fact& fact : facts)
    for (const Statement& st : fact.statements)
      if (truth.trust.emplace(st.claim->source, settings.prior).second && !group_of.count(st.claim->source))
        group_of[st.claim->source] = groups++;

  truth.facts.resize(facts.size());
  for (int round = 0; round < kMaxRounds; ++round) {
    std::map<std::string, double> total;    // sum of the confidence of what each source states
    std::map<std::string, double> counted;  // how many facts that sum covers
    for (std::size_t f = 0; f < facts.size(); ++f) {
      const Fact& fact = facts[f];
      const std::size_t k = fact.sides.size();
      FactConsensus& out = truth.facts[f];
      out.confidence.assign(k, 0.0);
      std::vector<double> votes(k, 0.0);
      std::vector<bool> active(k, false);
      std::size_t active_count = 0;
      for (std::size_t s = 0; s < k; ++s) {
        if (updates[f].superseded[s]) continue;
        active[s] = true;
        ++active_count;
        std::map<std::size_t, double> best;  // copy group -> its strongest vote for this side
        for (std::size_t i : fact.sides[s]) {
          const Claim& c = *fact.statements[i].claim;
          const double weight = c.strength == Strength::strong ? 1.0 : settings.weak_weight;
          const double v = weight * vote_of(truth.trust[c.source], settings.false_values);
          auto [it, inserted] = best.emplace(group_of[c.source], v);
          if (!inserted) it->second = std::max(it->second, v);
        }
        for (const auto& [group, v] : best) votes[s] += v;
      }
      if (active_count == 0) continue;
      std::vector<double> adjusted = votes;
      for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b)
          if (a != b && active[a] && active[b] && near(fact, fact.sides[a], fact.sides[b]))
            adjusted[a] += settings.near_support * votes[b];
      // Confidence: exp(vote) over the values seen and the unseen ones
      // (each with vote 0), computed stably.
      double top = 0;
      for (std::size_t s = 0; s < k; ++s)
        if (active[s]) top = std::max(top, adjusted[s]);
      const double unseen = std::max(0.0, static_cast<double>(settings.false_values + 1) - static_cast<double>(active_count));
      double sum = unseen * std::exp(-top);
      for (std::size_t s = 0; s < k; ++s)
        if (active[s]) sum += std::exp(adjusted[s] - top);
      std::optional<std::size_t> winner;
      for (std::size_t s = 0; s < k; ++s) {
        if (!active[s]) continue;
        out.confidence[s] = std::exp(adjusted[s] - top) / sum;
        if (!winner || out.confidence[s] > out.confidence[*winner] + 1e-12) winner = s;
      }
      out.winner = winner;
      double runner_up = 0;
      for (std::size_t s = 0; s < k; ++s)
        if (active[s] && s != *winner) runner_up = std::max(runner_up, out.confidence[s]);
      out.decisive = out.confidence[*winner] - runner_up >= settings.decisive_margin;

      // What each source states on this fact, for its trust: the mean
      // confidence of the sides it backs here.
      std::map<std::string, std::pair<double, int>> stated;
      for (std::size_t s = 0; s < k; ++s) {
        if (!active[s]) continue;
        std::set<std::string> backers;
        for (std::size_t i : fact.sides[s]) backers.insert(fact.statements[i].claim->source);
        for (const std::string& b : backers) {
          stated[b].first += out.confidence[s];
          stated[b].second += 1;
        }
      }
      for (const auto& [source, sum_n] : stated) {
        total[source] += sum_n.first / sum_n.second;
        counted[source] += 1;
      }
    }
    double change = 0;
    for (auto& [source, trust] : truth.trust) {
      const double n = counted[source];
      const double next = (total[source] + settings.shrink * settings.prior) / (n + settings.shrink);
      change = std::max(change, std::abs(next - trust));
      trust = next;
    }
    if (change < kSettled) break;
  }
  for (std::size_t f = 0; f < facts.size(); ++f) {
    for (std::size_t s = 0; s < facts[f].sides.size(); ++s) {
      if (updates[f].superseded[s]) continue;
      for (std::size_t i : facts[f].sides[s]) ++truth.votes[facts[f].statements[i].claim->source];
    }
  }
  return truth;
}

}  // namespace factlint::detail
