// Extraction: every rule over every sentence, matches turned into typed,
// scoped claims. Entry points: extract_claims(), infer_subject().
//
// Matching is per sentence, so no pattern can join words from two sentences.
// A match becomes a claim only if (1) its value parses as the slot's type,
// (2) the rule's context requirement holds, and (3) it is about the subject.
// Overlapping matches of one slot are then reduced to the best one.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <re2/re2.h>

#include "extract/matches.hpp"
#include "extract/scope.hpp"
#include "factlint/extract.hpp"
#include "factlint/person_name.hpp"

namespace factlint {
namespace {

struct Candidate {
  Claim claim;
  std::size_t rule_index = 0;
  bool about_subject = true;
};

std::string_view view(const re2::StringPiece& piece) { return {piece.data(), piece.size()}; }

bool context_holds(const ContextRequirement& context, const Document& doc, std::size_t sentence_index) {
  const std::size_t first = sentence_index >= static_cast<std::size_t>(context.sentences_before)
                                ? sentence_index - static_cast<std::size_t>(context.sentences_before)
                                : 0;
  for (std::size_t i = first; i <= sentence_index; ++i) {
    const std::string_view s = doc.slice(doc.sentences[i]);
    if (RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *context.pattern.regex)) return true;
  }
  return false;
}

// Better claims first: strong before weak, then longer matches (they say more
// about what they match), then the rule written first.
bool better(const Candidate& a, const Candidate& b) {
  if (a.claim.strength != b.claim.strength) return a.claim.strength == Strength::strong;
  if (a.claim.span.size() != b.claim.span.size()) return a.claim.span.size() > b.claim.span.size();
  if (a.rule_index != b.rule_index) return a.rule_index < b.rule_index;
  return a.claim.span.begin < b.claim.span.begin;
}

void match_rule(const Document& doc, std::size_t sentence_index, const Rule& rule, std::size_t rule_index,
                const RuleSet& rules, const detail::ScopeResolver& scope, std::vector<Candidate>& out) {
  const Span sentence_span = doc.sentences[sentence_index];
  const std::string_view sentence = doc.slice(sentence_span);
  const Slot* slot = rules.slot(rule.slot);
  if (slot == nullptr) return;
  std::optional<bool> context_ok;  // checked at most once per sentence, and only when a pattern matches

  for (const Pattern& pattern : rule.patterns) {
    detail::for_each_match(pattern, sentence, [&](const std::vector<re2::StringPiece>& groups) {
      const re2::StringPiece value = groups[static_cast<std::size_t>(pattern.value_group)];
      if (value.empty()) return true;
      if (rule.context) {
        if (!context_ok) context_ok = context_holds(*rule.context, doc, sentence_index);
        if (!*context_ok) return false;
      }
      std::optional<PersonName> name = parse_person_name(view(value), rules.names);
      if (!name) return true;

      const std::size_t begin = static_cast<std::size_t>(groups[0].data() - sentence.data());
      const std::string_view org = detail::matched_organisation(pattern, groups);
      const std::size_t org_offset = org.empty() ? 0 : static_cast<std::size_t>(org.data() - sentence.data());

      Candidate c;
      c.rule_index = rule_index;
      c.about_subject = scope.resolve(sentence, begin, org, org_offset) == detail::Attachment::subject;
      Claim& claim = c.claim;
      claim.source = doc.id;
      claim.path = doc.path;
      claim.slot = rule.slot;
      claim.type = slot->type;
      claim.value = std::move(name->display);
      claim.canonical = std::move(name->canonical);
      claim.span = {sentence_span.begin + begin, sentence_span.begin + begin + groups[0].size()};
      claim.text = std::string(doc.slice(claim.span));
      claim.sentence = std::string(sentence);
      claim.sentence_begin = sentence_span.begin;
      claim.position = doc.position(claim.span.begin);
      claim.rule = rule.id;
      claim.strength = rule.strength;
      claim.hedge = std::string(detail::first_taking_part(pattern.hedge_groups, groups));
      if (!claim.hedge.empty()) claim.strength = Strength::weak;
      out.push_back(std::move(c));
      return true;
    });
    if (context_ok == false) return;
  }
}

std::vector<Claim> run(const Document& doc, const StoryContext& story, const RuleSet& rules,
                       const std::vector<std::pair<const Rule*, std::size_t>>& selected) {
  const detail::ScopeResolver scope(story, rules.scope, doc);
  std::vector<Candidate> candidates;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s)
    for (const auto& [rule, index] : selected) match_rule(doc, s, *rule, index, rules, scope, candidates);

  // The best reading of some words wins over the readings it overlaps, and
  // only then is scope applied: "resigned as CEO of Globex" must not leave a
  // shorter "resigned as CEO" behind to be read as the subject's.
  std::sort(candidates.begin(), candidates.end(), better);
  std::vector<const Candidate*> best;
  for (const Candidate& c : candidates) {
    const bool overlaps = std::any_of(best.begin(), best.end(), [&](const Candidate* k) {
      return k->claim.slot == c.claim.slot && k->claim.span.overlaps(c.claim.span);
    });
    if (!overlaps) best.push_back(&c);
  }
  std::vector<Claim> kept;
  for (const Candidate* c : best)
    if (c->about_subject) kept.push_back(c->claim);
  std::sort(kept.begin(), kept.end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.span.begin, a.span.end, a.slot) < std::tie(b.span.begin, b.span.end, b.slot);
  });
  for (Claim& claim : kept) claim.id = fmt::format("{}/{}@{}", claim.source, claim.slot, claim.span.begin);
  return kept;
}

}  // namespace

std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules) {
  std::vector<std::pair<const Rule*, std::size_t>> all;
  for (std::size_t i = 0; i < rules.rules.size(); ++i) all.emplace_back(&rules.rules[i], i);
  return run(document, story, rules, all);
}

std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  const Rule& rule) {
  return run(document, story, rules, {{&rule, 0}});
}

std::string infer_subject(const std::vector<Document>& documents, const RuleSet& rules) {
  std::map<std::string, int> counts;
  for (const Document& doc : documents) {
    for (const Span& sentence : doc.sentences) {
      for (const std::string& org : detail::organisation_mentions(doc.slice(sentence), rules.scope)) {
        const std::string name = detail::clean_organisation(org, rules.scope);
        if (!name.empty()) ++counts[name];
      }
    }
  }
  std::string best;
  int best_count = 0;
  for (const auto& [name, count] : counts)  // map order: ties go to the alphabetically first
    if (count > best_count) best = name, best_count = count;
  return best;
}

}  // namespace factlint
