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
#include <array>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "reconcile/facts.hpp"

namespace factlint::detail {
namespace {

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

// How a statement takes part in a contradiction: speculation; stated
// outright (strong, not speculation); or neither.
enum class Stance { hedged, outright, loose };

Stance stance_of(const Statement& s) {
  if (speculative(s)) return Stance::hedged;
  return strong(s) ? Stance::outright : Stance::loose;
}

// A pair's rank as the reason of a contradiction: both outright 2, neither
// speculation 1, else 0.
int rank_of(Stance a, Stance b) {
  if (a == Stance::hedged || b == Stance::hedged) return 0;
  return a == Stance::outright && b == Stance::outright ? 2 : 1;
}

// The conflicting pairs between two sides that set different sources against
// each other, value by value: the pairs of the statements of u whose source
// does not back the other side with those of w whose source does not back
// this one (such a pair never shares a source).
struct Counted {
  std::size_t side_a, side_b;
  std::vector<std::size_t> left, right;  // statements of u and of w that count, in order
};

Finding contradiction(std::string_view story_id, const Fact& fact, const std::vector<Counted>& pairs,
                      const FactConsensus& consensus) {
  std::set<std::size_t> involved;
  bool all_hedged = true, stated_outright = false;
  int top = 0;
  for (const Counted& c : pairs) {
    involved.insert(c.side_a);
    involved.insert(c.side_b);
    auto every = [&](const std::vector<std::size_t>& v, Stance s) {
      return std::all_of(v.begin(), v.end(), [&](std::size_t i) { return stance_of(fact.statements[i]) == s; });
    };
    auto some = [&](const std::vector<std::size_t>& v, Stance s) {
      return std::any_of(v.begin(), v.end(), [&](std::size_t i) { return stance_of(fact.statements[i]) == s; });
    };
    all_hedged = all_hedged && (every(c.left, Stance::hedged) || every(c.right, Stance::hedged));
    const bool outright = some(c.left, Stance::outright) && some(c.right, Stance::outright);
    stated_outright = stated_outright || outright;
    const bool plain = !every(c.left, Stance::hedged) && !every(c.right, Stance::hedged);
    top = std::max(top, outright ? 2 : plain ? 1 : 0);
  }
  // The reason is the first pair, in the order of sides and then statements,
  // of the best rank: both stated outright, else neither speculation.
  std::optional<std::array<std::size_t, 4>> reason;  // side a, side b, i, j
  for (const Counted& c : pairs) {
    auto first = [&](const std::vector<std::size_t>& v, bool right_side) -> std::optional<std::size_t> {
      for (std::size_t i : v) {
        const Stance s = stance_of(fact.statements[i]);
        if (top == 2 ? s == Stance::outright : top == 1 ? s != Stance::hedged : true) return i;
      }
      (void)right_side;
      return std::nullopt;
    };
    const auto i = first(c.left, false), j = first(c.right, true);
    if (!i || !j || rank_of(stance_of(fact.statements[*i]), stance_of(fact.statements[*j])) != top) continue;
    const std::array<std::size_t, 4> candidate{c.side_a, c.side_b, *i, *j};
    if (!reason || candidate < *reason) reason = candidate;
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
  const std::size_t x_index = (*reason)[2], y_index = (*reason)[3];
  finding.message = fmt::format("sources disagree on {}: {}; {}", fact.what(), values_of(finding),
                                fact.comparison(x_index, y_index).reason);
  if (all_hedged) {
    const Statement& x = fact.statements[x_index];
    const Statement& s = speculative(x) ? x : fact.statements[y_index];
    finding.message += fmt::format(" (a warning: one side is speculation{})",
                                   s.claim->cue.empty() ? "" : fmt::format(", \"{}\"", s.claim->cue));
  } else if (!stated_outright) {
    finding.message += " (a warning: at most one side is stated outright, the others are inferred, loose or speculation)";
  }
  return finding;
}

Finding superseded(std::string_view story_id, const Fact& fact, const Updates& updates, const std::set<std::size_t>& involved) {
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

// One article's own conflicting statements: per side, those that conflict
// with another of its statements on another side; and its first such pair.
struct Within {
  std::map<std::size_t, std::set<std::size_t>> members;  // side -> statements
  std::array<std::size_t, 4> first{};                     // side a, side b, i, j
  bool any = false;
};

Finding intra_source(std::string_view story_id, const Fact& fact, const std::string& source, const Within& within) {
  Finding finding;
  finding.slot = fact.slot->name;
  finding.key = fact.key;
  finding.kind = "intra-source";
  finding.severity = Severity::warning;
  for (const auto& [side, m] : within.members) finding.sides.push_back(make_side(fact, {m.begin(), m.end()}));
  finding.id = kind_finding_id(story_id, finding, source);
  finding.message = fmt::format("{} contradicts itself on {}: ", source, fact.what());
  std::string values;
  for (const Side& side : finding.sides) values += (values.empty() ? "" : " vs ") + side.value;
  finding.message += values + "; " + fact.comparison(within.first[2], within.first[3]).reason +
                     " (a warning: the article may be reporting a revision)";
  return finding;
}

// The first pair of statements (in the order of the statements) a tolerance
// apart and from different sources: a minor difference, or a difference of
// its own kind (mixed-script).
std::optional<Finding> minor_difference(std::string_view story_id, const Fact& fact) {
  const std::size_t k = fact.values.size();
  std::vector<std::vector<std::size_t>> near(k);  // value -> the values a tolerance from it
  bool any = false;
  for (std::size_t v = 0; v < k; ++v)
    for (std::size_t w = 0; w < k; ++w)
      if (fact.between(v, w) == Relation::minor) near[v].push_back(w), any = true;
  if (!any) return std::nullopt;
  const std::size_t n = fact.statements.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::optional<std::size_t> best;
    for (std::size_t w : near[fact.value_of[i]]) {
      const std::vector<std::size_t>& stated = fact.stated[w];
      for (auto it = std::upper_bound(stated.begin(), stated.end(), i); it != stated.end(); ++it) {
        if (best && *it >= *best) break;
        if (fact.statements[*it].claim->source == fact.statements[i].claim->source) continue;
        best = *it;
        break;
      }
    }
    if (!best) continue;
    const std::size_t j = *best;
    std::vector<std::size_t> left, right;
    for (std::size_t m = 0; m < n; ++m) {
      if (fact.statements[m].canonical == fact.statements[i].canonical) left.push_back(m);
      if (fact.statements[m].canonical == fact.statements[j].canonical) right.push_back(m);
    }
    // A difference of its own kind ("mixed-script") keeps that kind.
    const Comparison why = fact.comparison(i, j);
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
  return std::nullopt;
}

}  // namespace

std::vector<Finding> conflict_findings(std::string_view story_id, const Fact& fact, const Updates& updates,
                                       const FactConsensus& consensus) {
  // Compared value by value: each conflicting pair of values on two sides
  // stands for every pair of their statements, sorted into heaps by source.
  const std::size_t nsides = fact.sides.size();
  std::vector<std::set<std::string_view>> backers(nsides);  // per side, its sources
  std::vector<std::vector<std::size_t>> values(nsides);     // per side, its values
  for (std::size_t s = 0; s < nsides; ++s) {
    for (std::size_t i : fact.sides[s]) backers[s].insert(fact.statements[i].claim->source);
    values[s] = fact.values_in(fact.sides[s]);
  }
  // Per value, its statements by source (each value is on one side at most).
  std::vector<std::map<std::string_view, std::vector<std::size_t>>> by_source(fact.values.size());
  for (std::size_t v = 0; v < fact.values.size(); ++v)
    for (std::size_t i : fact.stated[v]) by_source[v][fact.statements[i].claim->source].push_back(i);

  std::vector<Counted> contradictions;
  std::set<std::size_t> replaced;
  std::map<std::string, Within> within;  // source -> its own conflicting statements
  for (std::size_t a = 0; a < nsides; ++a) {
    for (std::size_t b = a + 1; b < nsides; ++b) {
      const bool ordered = std::count(updates.later[a].begin(), updates.later[a].end(), b) > 0 ||
                           std::count(updates.later[b].begin(), updates.later[b].end(), a) > 0;
      for (std::size_t u : values[a]) {
        for (std::size_t w : values[b]) {
          if (fact.between(u, w) != Relation::conflict) continue;
          // An article on both: its own contradiction.
          for (const auto& [source, mine] : by_source[u]) {
            auto theirs = by_source[w].find(source);
            if (theirs == by_source[w].end()) continue;
            Within& own = within[std::string(source)];
            own.members[a].insert(mine.begin(), mine.end());
            own.members[b].insert(theirs->second.begin(), theirs->second.end());
            const std::array<std::size_t, 4> first{a, b, mine.front(), theirs->second.front()};
            if (!own.any || first < own.first) own.first = first, own.any = true;
          }
          // Other pairs, whose articles back only their own side; a pair
          // whose article also backs the other side is explained by that
          // article's own contradiction.
          Counted counted{a, b, {}, {}};
          for (std::size_t i : fact.stated[u])
            if (!backers[b].count(fact.statements[i].claim->source)) counted.left.push_back(i);
          for (std::size_t j : fact.stated[w])
            if (!backers[a].count(fact.statements[j].claim->source)) counted.right.push_back(j);
          if (counted.left.empty() || counted.right.empty()) continue;
          if (ordered) {
            replaced.insert(a);
            replaced.insert(b);
          } else {
            contradictions.push_back(std::move(counted));
          }
        }
      }
    }
  }
  std::vector<Finding> findings;
  if (!contradictions.empty()) findings.push_back(contradiction(story_id, fact, contradictions, consensus));
  if (!replaced.empty()) findings.push_back(superseded(story_id, fact, updates, replaced));
  for (const auto& [source, own] : within) findings.push_back(intra_source(story_id, fact, source, own));
  if (contradictions.empty()) {
    if (auto minor = minor_difference(story_id, fact)) findings.push_back(std::move(*minor));
  }
  return findings;
}

}  // namespace factlint::detail
