// Conflicts within one fact: contradictions between sources, values that
// later articles replace, articles that contradict themselves, and values a
// tolerance apart. Entry point: conflict_findings().
//
// Every pair of conflicting statements on two sides is sorted into one of
// three heaps: both from one article (intra-source); ordered in time by
// publication (superseded); or a contradiction. A pair whose article also
// backs the other side is left out: that article's own contradiction
// explains it. The contradiction finding
// takes the sides of the last heap; it is an error only when a pair there is
// stated outright on both sides.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "reconcile/facts.hpp"

namespace factlint::detail {
namespace {

struct Pair {
  std::size_t side_a, side_b;  // a < b
  std::size_t i, j;            // statements
};

bool speculative(const Statement& s) { return s.claim->modality == Modality::speculative; }
bool strong(const Statement& s) { return s.claim->strength == Strength::strong; }

std::string_view kind_of(const Fact& fact) {
  switch (fact.slot->type) {
    case ValueType::person: return "entity-mismatch";
    case ValueType::category: return "category-mismatch";
    case ValueType::date: return "date-mismatch";
    case ValueType::quantity:
    case ValueType::money:
    case ValueType::duration: return "numeric-mismatch";
    case ValueType::field_set: return "polarity";
  }
  return "mismatch";
}

std::string values_of(const Finding& finding) {
  std::string values;
  for (const Side& side : finding.sides) {
    values += fmt::format("{}{} ({})", values.empty() ? "" : " vs ", side.value,
                          count_of(side.sources.size(), "source", "sources"));
  }
  return values;
}

std::vector<std::string> canonicals_of(const Finding& finding) {
  std::vector<std::string> out;
  for (const Side& side : finding.sides) out.push_back(side.canonical);
  return out;
}

// Sides of a contradiction: the consensus side first, then by support; the
// others are outliers when the consensus is decisive.
void order_sides(Finding& finding, const std::vector<std::size_t>& fact_sides, const FactConsensus& consensus) {
  std::vector<std::pair<Side, std::size_t>> sides;
  for (std::size_t k = 0; k < finding.sides.size(); ++k) sides.emplace_back(std::move(finding.sides[k]), fact_sides[k]);
  const auto winner = consensus.winner;
  std::stable_sort(sides.begin(), sides.end(), [&](const auto& a, const auto& b) {
    if (winner && (a.second == *winner) != (b.second == *winner)) return a.second == *winner;
    if (a.first.sources.size() != b.first.sources.size()) return a.first.sources.size() > b.first.sources.size();
    return a.first.canonical < b.first.canonical;
  });
  const bool winner_here = winner && std::any_of(sides.begin(), sides.end(), [&](const auto& s) { return s.second == *winner; });
  finding.sides.clear();
  for (auto& [side, index] : sides) {
    side.outlier = consensus.decisive && winner_here && index != *winner;
    finding.sides.push_back(std::move(side));
  }
}

std::string date_text(const CivilDate& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

// "2019-07-22", "2017" (a whole year), "2025-04" (a whole month), or
// "2025-04-01/2025-05-19".
std::string window_text(const std::optional<CivilDate>& lo, const std::optional<CivilDate>& hi) {
  if (!lo || !hi) return "";
  if (*lo == *hi) return date_text(*lo);
  if (lo->year == hi->year && lo->month == 1 && lo->day == 1 && hi->month == 12 && hi->day == 31) {
    return fmt::format("{:04}", lo->year);
  }
  if (lo->year == hi->year && lo->month == hi->month && lo->day == 1 && hi->day >= 28) {
    return fmt::format("{:04}-{:02}", lo->year, lo->month);
  }
  return date_text(*lo) + "/" + date_text(*hi);
}

std::string side_as_of(const Fact& fact, const std::vector<std::size_t>& members) {
  const Statement* latest = nullptr;
  for (std::size_t i : members) {
    const Statement& s = fact.statements[i];
    if (s.as_of_hi && (latest == nullptr || *latest->as_of_hi < *s.as_of_hi)) latest = &s;
  }
  return latest == nullptr ? "" : window_text(latest->as_of_lo, latest->as_of_hi);
}

Finding contradiction(std::string_view story_id, const Fact& fact, const std::vector<Pair>& pairs,
                      const FactConsensus& consensus) {
  std::set<std::size_t> involved;
  bool all_hedged = true, stated_outright = false;
  const Pair* reason = nullptr;
  int reason_rank = -1;
  for (const Pair& p : pairs) {
    involved.insert(p.side_a);
    involved.insert(p.side_b);
    const Statement& x = fact.statements[p.i];
    const Statement& y = fact.statements[p.j];
    const bool hedged = speculative(x) || speculative(y);
    const bool outright = !hedged && strong(x) && strong(y);
    all_hedged = all_hedged && hedged;
    stated_outright = stated_outright || outright;
    const int rank = outright ? 2 : hedged ? 0 : 1;
    if (rank > reason_rank) reason = &p, reason_rank = rank;
  }
  Finding finding;
  finding.slot = fact.slot->name;
  finding.key = fact.key;
  finding.kind = all_hedged ? "hedged" : std::string(kind_of(fact));
  const std::vector<std::size_t> fact_sides(involved.begin(), involved.end());
  for (std::size_t s : fact_sides) finding.sides.push_back(make_side(fact, fact.sides[s]));
  order_sides(finding, fact_sides, consensus);
  finding.severity = stated_outright ? Severity::error : Severity::warning;
  finding.id = finding_id(story_id, fact.key.empty() ? fact.slot->name : fact.slot->name + ":" + fact.key,
                          canonicals_of(finding));
  finding.message = fmt::format("sources disagree on {}: {}; {}", fact.what(), values_of(finding),
                                fact.relation[reason->i][reason->j].reason);
  if (all_hedged) {
    const Statement& x = fact.statements[reason->i];
    const Statement& s = speculative(x) ? x : fact.statements[reason->j];
    finding.message += fmt::format(" (a warning: one side is speculation{})",
                                   s.claim->cue.empty() ? "" : fmt::format(", \"{}\"", s.claim->cue));
  } else if (!stated_outright) {
    finding.message += " (a warning: at most one side is stated outright, the others are inferred, loose or speculation)";
  }
  return finding;
}

Finding superseded(std::string_view story_id, const Fact& fact, const Updates& updates, const std::vector<Pair>& pairs) {
  std::set<std::size_t> involved;
  for (const Pair& p : pairs) involved.insert(p.side_a), involved.insert(p.side_b);
  Finding finding;
  finding.slot = fact.slot->name;
  finding.key = fact.key;
  finding.kind = "superseded";
  finding.severity = Severity::info;
  std::vector<std::pair<std::string, std::size_t>> by_time;  // (as of, side)
  for (std::size_t s : involved) by_time.emplace_back(side_as_of(fact, fact.sides[s]), s);
  std::sort(by_time.begin(), by_time.end());
  std::string older, newer;
  std::set<std::string> updaters;
  for (const auto& [when, s] : by_time) {
    Side side = make_side(fact, fact.sides[s]);
    side.as_of = when;
    if (updates.superseded[s]) {
      older += fmt::format("{}{} (as of {})", older.empty() ? "" : ", ", side.value, when);
    } else {
      std::string who;
      for (const std::string& source : side.sources) who += (who.empty() ? "" : ", ") + source;
      newer += fmt::format("{}{} ({}, as of {})", newer.empty() ? "" : ", ", side.value, who, when);
      updaters.insert(side.sources.begin(), side.sources.end());
    }
    finding.sides.push_back(std::move(side));
  }
  finding.updated_by.assign(updaters.begin(), updaters.end());
  finding.id = kind_finding_id(story_id, finding);
  finding.message = fmt::format("later articles replace earlier values of {}: {} -> {}", fact.what(), older,
                                newer.empty() ? "a later value" : newer);
  return finding;
}

Finding intra_source(std::string_view story_id, const Fact& fact, const std::string& source,
                     const std::vector<Pair>& pairs) {
  std::map<std::size_t, std::vector<std::size_t>> members;  // side -> this source's statements in it
  for (const Pair& p : pairs) {
    auto add = [&](std::size_t side, std::size_t i) {
      auto& m = members[side];
      if (std::find(m.begin(), m.end(), i) == m.end()) m.push_back(i);
    };
    add(p.side_a, p.i);
    add(p.side_b, p.j);
  }
  Finding finding;
  finding.slot = fact.slot->name;
  finding.key = fact.key;
  finding.kind = "intra-source";
  finding.severity = Severity::warning;
  for (auto& [side, m] : members) {
    std::sort(m.begin(), m.end());
    finding.sides.push_back(make_side(fact, m));
  }
  finding.id = kind_finding_id(story_id, finding, source);
  const Pair& first = pairs.front();
  finding.message = fmt::format("{} contradicts itself on {}: ", source, fact.what());
  std::string values;
  for (const Side& side : finding.sides) values += (values.empty() ? "" : " vs ") + side.value;
  finding.message += values + "; " + fact.relation[first.i][first.j].reason +
                     " (a warning: the article may be reporting a revision)";
  return finding;
}

std::optional<Finding> minor_difference(std::string_view story_id, const Fact& fact) {
  const std::size_t n = fact.statements.size();
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      if (fact.relation[i][j].relation != Relation::minor) continue;
      if (fact.statements[i].claim->source == fact.statements[j].claim->source) continue;
      std::vector<std::size_t> left, right;
      for (std::size_t k = 0; k < n; ++k) {
        if (fact.statements[k].canonical == fact.statements[i].canonical) left.push_back(k);
        if (fact.statements[k].canonical == fact.statements[j].canonical) right.push_back(k);
      }
      // A difference of its own kind ("mixed-script") keeps that kind.
      const Comparison& why = fact.relation[i][j];
      Finding finding;
      finding.slot = fact.slot->name;
      finding.key = fact.key;
      finding.kind = why.kind.empty() ? "minor-difference" : why.kind;
      finding.severity = Severity::warning;
      finding.sides = {make_side(fact, left), make_side(fact, right)};
      std::stable_sort(finding.sides.begin(), finding.sides.end(), [](const Side& a, const Side& b) {
        if (a.sources.size() != b.sources.size()) return a.sources.size() > b.sources.size();
        return a.canonical < b.canonical;
      });
      finding.id = finding_id(story_id, fact.key.empty() ? fact.slot->name : fact.slot->name + ":" + fact.key,
                              canonicals_of(finding));
      finding.message = why.kind == "mixed-script"
                            ? fmt::format("sources write {} with look-alike letters: {}; {}", fact.what(), values_of(finding), why.reason)
                            : fmt::format("sources differ slightly on {}: {}; {}, within the tolerance for a contradiction",
                                          fact.what(), values_of(finding), why.reason);
      return finding;
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Finding> conflict_findings(std::string_view story_id, const Fact& fact, const Updates& updates,
                                       const FactConsensus& consensus) {
  std::vector<Pair> contradictions, replaced;
  std::map<std::string, std::vector<Pair>> within;  // source -> its own conflicting pairs
  std::vector<std::vector<std::string>> backers;    // per side, its sources
  for (const auto& side : fact.sides) backers.push_back(sources_of(fact, side));
  auto backs = [&](std::size_t side, const std::string& source) {
    return std::binary_search(backers[side].begin(), backers[side].end(), source);
  };
  for (std::size_t a = 0; a < fact.sides.size(); ++a) {
    for (std::size_t b = a + 1; b < fact.sides.size(); ++b) {
      const bool ordered = std::count(updates.later[a].begin(), updates.later[a].end(), b) > 0 ||
                           std::count(updates.later[b].begin(), updates.later[b].end(), a) > 0;
      for (std::size_t i : fact.sides[a]) {
        for (std::size_t j : fact.sides[b]) {
          if (fact.relation[i][j].relation != Relation::conflict) continue;
          const Pair p{a, b, i, j};
          const std::string& source = fact.statements[i].claim->source;
          const std::string& other = fact.statements[j].claim->source;
          if (source == other) {
            within[source].push_back(p);
          } else if (backs(b, source) || backs(a, other)) {
            // An article on both sides: its own contradiction explains this
            // pair, and the intra-source finding reports it.
            continue;
          } else if (ordered) {
            replaced.push_back(p);
          } else {
            contradictions.push_back(p);
          }
        }
      }
    }
  }
  std::vector<Finding> findings;
  if (!contradictions.empty()) findings.push_back(contradiction(story_id, fact, contradictions, consensus));
  if (!replaced.empty()) findings.push_back(superseded(story_id, fact, updates, replaced));
  for (const auto& [source, pairs] : within) findings.push_back(intra_source(story_id, fact, source, pairs));
  if (contradictions.empty()) {
    if (auto minor = minor_difference(story_id, fact)) findings.push_back(std::move(*minor));
  }
  return findings;
}

}  // namespace factlint::detail
