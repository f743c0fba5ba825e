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
#include <limits>
#include <map>
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
  for (std::size_t u : a) {
    for (std::size_t w : b) {
      const Relation r = fact.between(u, w);
      if (r == Relation::conflict) return false;
      minor = minor || r == Relation::minor;
    }
  }
  return minor;
}

}  // namespace

TruthDiscovery discover_truth(const std::vector<Fact>& facts, const std::vector<Updates>& updates,
                              const std::vector<std::string>& sources, const std::vector<CopyGroup>& copies,
                              const TrustSettings& settings, const StopAt& deadline) {
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

  // The rounds below work on numbers: each source by its index in
  // truth.trust (name order), each side with its backers and voters worked
  // out once. Sums are taken in the same order as a plain reading would take
  // them (groups in index order, sources in name order), so results do not
  // depend on this bookkeeping.
  std::map<std::string, std::size_t> index_of;
  std::vector<std::size_t> group_by_index;
  for (const auto& [source, trust] : truth.trust) {
    index_of.emplace(source, index_of.size());
    group_by_index.push_back(group_of[source]);
  }
  struct Voter {
    std::size_t source;
    double weight;
  };
  struct SideInfo {
    // Every statement's source and weight, by copy group (in group order):
    // a group votes once, with its strongest member.
    std::vector<std::pair<std::size_t, std::vector<Voter>>> groups;
    std::vector<std::size_t> backers;  // distinct sources, in name order
  };
  std::vector<std::vector<SideInfo>> side_info(facts.size());
  std::vector<std::vector<std::vector<char>>> nearness(facts.size());  // side x side
  for (std::size_t f = 0; f < facts.size(); ++f) {
    const Fact& fact = facts[f];
    const std::size_t k = fact.sides.size();
    side_info[f].resize(k);
    nearness[f].assign(k, std::vector<char>(k, 0));
    std::vector<std::vector<std::size_t>> side_values(k);
    for (std::size_t s = 0; s < k; ++s) side_values[s] = fact.values_in(fact.sides[s]);
    for (std::size_t s = 0; s < k; ++s) {
      std::set<std::size_t> backers;
      std::map<std::size_t, std::vector<Voter>> by_group;
      for (std::size_t i : fact.sides[s]) {
        const Claim& c = *fact.statements[i].claim;
        const std::size_t source = index_of.at(c.source);
        by_group[group_by_index[source]].push_back({source, c.strength == Strength::strong ? 1.0 : settings.weak_weight});
        backers.insert(source);
      }
      side_info[f][s].groups.assign(std::make_move_iterator(by_group.begin()), std::make_move_iterator(by_group.end()));
      side_info[f][s].backers.assign(backers.begin(), backers.end());
      for (std::size_t other = 0; other < k; ++other)
        nearness[f][s][other] = s != other && near(fact, side_values[s], side_values[other]);
    }
  }

  std::vector<double> trust(index_of.size(), settings.prior);
  truth.facts.resize(facts.size());
  std::vector<double> total(trust.size()), counted(trust.size()), stated_sum(trust.size());
  std::vector<int> stated_n(trust.size());
  for (int round = 0; round < kMaxRounds; ++round) {
    deadline.check();
    std::fill(total.begin(), total.end(), 0.0);     // sum of the confidence of what each source states
    std::fill(counted.begin(), counted.end(), 0.0);  // how many facts that sum covers
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
        for (const auto& [group, voters] : side_info[f][s].groups) {
          double strongest = -std::numeric_limits<double>::infinity();
          for (const Voter& voter : voters)
            strongest = std::max(strongest, voter.weight * vote_of(trust[voter.source], settings.false_values));
          votes[s] += strongest;
        }
      }
      if (active_count == 0) continue;
      std::vector<double> adjusted = votes;
      for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b)
          if (active[a] && active[b] && nearness[f][a][b]) adjusted[a] += settings.near_support * votes[b];
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
      std::vector<std::size_t> stating;
      for (std::size_t s = 0; s < k; ++s) {
        if (!active[s]) continue;
        for (std::size_t b : side_info[f][s].backers) {
          if (stated_n[b] == 0) stating.push_back(b);
          stated_sum[b] += out.confidence[s];
          stated_n[b] += 1;
        }
      }
      for (std::size_t b : stating) {
        total[b] += stated_sum[b] / stated_n[b];
        counted[b] += 1;
        stated_sum[b] = 0;
        stated_n[b] = 0;
      }
    }
    double change = 0;
    for (std::size_t i = 0; i < trust.size(); ++i) {
      const double next = (total[i] + settings.shrink * settings.prior) / (counted[i] + settings.shrink);
      change = std::max(change, std::abs(next - trust[i]));
      trust[i] = next;
    }
    if (change < kSettled) break;
  }
  for (auto& [source, value] : truth.trust) value = trust[index_of.at(source)];
  for (std::size_t f = 0; f < facts.size(); ++f) {
    for (std::size_t s = 0; s < facts[f].sides.size(); ++s) {
      if (updates[f].superseded[s]) continue;
      for (std::size_t i : facts[f].sides[s]) ++truth.votes[facts[f].statements[i].claim->source];
    }
  }
  return truth;
}

}  // namespace factlint::detail
