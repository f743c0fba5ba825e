// Extraction: every rule over every sentence, matches turned into typed,
// scoped claims. Entry points: extract_claims(), infer_subject().
//
// In four steps:
//   1. match: every pattern of every rule over every sentence (so no pattern
//      joins two sentences), keeping matches whose rule context holds;
//   2. read values: people's full names first, so that a surname alone
//      ("Roe") can then be read as the one person of that name;
//   3. choose: of overlapping matches of one slot the best wins, and a slot
//      yields to the slots it names in `yields_to`;
//   4. scope: each claim is labelled with the organisation it is about.
// Cues set each claim's hedge, polarity, modality and strength.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <re2/re2.h>

#include "extract/evidence.hpp"
#include "extract/matches.hpp"
#include "extract/mentions.hpp"
#include "extract/scope.hpp"
#include "factlint/documents.hpp"
#include "factlint/extract.hpp"
#include "factlint/values.hpp"
#include "text/text.hpp"
#include "values/number_reader.hpp"

namespace factlint {
namespace {

struct Match {
  const Rule* rule = nullptr;              // the rule that matched, or null for a claim by evidence
  const SlotEvidence* evidence = nullptr;  // the slot evidence that made the claim, or null for a rule's
  const Slot* slot = nullptr;
  std::size_t rule_index = 0;  // rules first, in pack order, then evidence
  Strength strength = Strength::strong;
  std::size_t sentence = 0;  // index into Document::sentences
  Span span;                 // of the whole match, in the document
  Span value_span;           // of its value, in the document
  std::string value, org, hedge, polarity, modality, qualifier, unit, recipient;
  std::size_t org_offset = 0;  // of `org`, in the sentence
};

struct Candidate {
  Claim claim;
  std::size_t rule_index = 0;
  detail::Attachment about;
  std::string rejected;  // no claim: the words hold a value out of range, and this says what
};

std::string group_text(const std::vector<int>& indexes, const std::vector<re2::StringPiece>& groups) {
  return std::string(detail::first_taking_part(indexes, groups));
}

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

void match_rule(const Document& doc, std::size_t sentence_index, const Rule& rule, std::size_t rule_index,
                const Slot& slot, const Grammar& grammar, const std::vector<char>* may_match, std::vector<Match>& out) {
  const Span sentence_span = doc.sentences[sentence_index];
  const std::string_view sentence = doc.slice(sentence_span);
  std::optional<bool> context_ok;  // checked at most once per sentence, and only when a pattern matches
  for (const Pattern& pattern : rule.patterns) {
    if (!detail::may_run(pattern, may_match)) continue;
    detail::for_each_match(pattern, sentence, [&](const std::vector<re2::StringPiece>& groups) {
      const re2::StringPiece value = groups[static_cast<std::size_t>(pattern.value_group)];
      if (value.empty()) return true;
      if (rule.context) {
        if (!context_ok) context_ok = context_holds(*rule.context, doc, sentence_index);
        if (!*context_ok) return false;
      }
      const std::size_t begin = static_cast<std::size_t>(groups[0].data() - sentence.data());
      if (rule.not_after) {
        const std::string_view before = sentence.substr(0, begin);
        if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *rule.not_after->regex)) return true;
      }
      Match m;
      m.rule = &rule;
      m.slot = &slot;
      m.rule_index = rule_index;
      m.strength = rule.strength;
      m.sentence = sentence_index;
      m.span = {sentence_span.begin + begin, sentence_span.begin + begin + groups[0].size()};
      const std::size_t value_begin = sentence_span.begin + static_cast<std::size_t>(value.data() - sentence.data());
      m.value_span = {value_begin, value_begin + value.size()};
      m.value = std::string(value.data(), value.size());
      const std::string_view org = detail::matched_organisation(pattern, groups);
      m.org = std::string(org);
      m.org_offset = org.empty() ? 0 : static_cast<std::size_t>(org.data() - sentence.data());
      m.hedge = group_text(pattern.hedge_groups, groups);
      m.polarity = group_text(pattern.polarity_groups, groups);
      m.modality = group_text(pattern.modality_groups, groups);
      m.qualifier = group_text(pattern.qualifier_groups, groups);
      m.unit = group_text(pattern.unit_groups, groups);
      m.recipient = group_text(pattern.recipient_groups, groups);
      // A list the pattern read as taken may be the subject of a denial
      // after it: "data such as card numbers and passwords were not stored".
      if (slot.type == ValueType::field_set && rule.polarity == Polarity::positive && m.polarity.empty())
        m.polarity = detail::denial_after(sentence, begin + groups[0].size(), grammar);
      out.push_back(std::move(m));
      return true;
    });
    if (context_ok == false) return;
  }
}

// The first of `cues` found in `text` as a whole word: cues are lower case and
// matched as written, so "May" the month is not "may"; a capital at the start
// of `text` is read as lower case.
std::string find_cue(std::string_view text, const std::vector<std::string>& cues) {
  std::string lowered(text);
  if (!lowered.empty() && lowered[0] >= 'A' && lowered[0] <= 'Z') lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
  std::string best;
  std::size_t best_at = std::string::npos;
  for (const std::string& cue : cues) {
    const std::vector<std::size_t> at = detail::find_whole_words(lowered, cue);
    if (!at.empty() && at.front() < best_at) best_at = at.front(), best = cue;
  }
  return best;
}

// The clause a match sits in, up to its end: from the last clause break
// before it (";", ":", a dash, ", but" ...) in its sentence.
std::string_view clause_before(std::string_view sentence, std::size_t match_begin, std::size_t match_end,
                               const std::vector<std::string>& breaks) {
  std::size_t start = 0;
  const std::string_view head = sentence.substr(0, match_begin);
  for (const std::string& b : breaks) {
    const std::size_t at = head.rfind(b);
    if (at != std::string_view::npos) start = std::max(start, at + b.size());
  }
  return sentence.substr(start, match_end - start);
}

// The bound a hedge word sets, from the cue lists: "nearly" -> "below".
std::string hedge_meaning(std::string_view hedge, const Cues& cues) {
  const std::string h = detail::ascii_lower(hedge);
  for (const auto& [meaning, words] : cues.hedges)
    for (const std::string& w : words)
      if (detail::ascii_lower(w) == h) return meaning;
  return "";
}

Candidate make_candidate(const Document& doc, const Match& m, const RuleSet& rules, const StoryContext& story,
                         const std::vector<std::string>& known_people, std::optional<CivilDate>& anchor,
                         const detail::ScopeResolver& scope) {
  Candidate c;
  c.rule_index = m.rule_index;
  Claim& claim = c.claim;
  const Span sentence_span = doc.sentences[m.sentence];
  const std::string_view sentence = doc.slice(sentence_span);
  claim.polarity = (m.rule != nullptr && m.rule->polarity == Polarity::negative) || !m.polarity.empty()
                       ? Polarity::negative
                       : Polarity::positive;

  ValueContext context(rules, *m.slot);
  context.polarity = claim.polarity;
  context.known_people = &known_people;
  context.published = doc.meta.published;
  context.year = story.year;
  context.country = story.country;
  context.anchor = anchor;
  context.hedge = m.hedge;
  context.unit = m.unit;
  context.rejected = &c.rejected;
  std::optional<ParsedValue> value = parse_value(m.value, context);
  if (!value) {  // claim.slot stays empty: no claim
    claim.value = m.value;  // the words, for the note that says why
    return c;
  }
  // "Personal data was stolen", "a customer data leak": only generic fields
  // say nothing of what was taken, so nothing to compare (what was not taken,
  // "no personal data was accessed", does say something).
  if (const auto* fields = std::get_if<FieldSet>(&value->typed); fields != nullptr &&
                                                                  std::all_of(fields->items.begin(), fields->items.end(), [&](const FieldItem& f) {
                                                                    const DataField* field = rules.field(f.id);
                                                                    return f.exposed && field != nullptr && field->generic;
                                                                  })) {
    return c;
  }
  if (const auto* date = std::get_if<DateValue>(&value->typed); date != nullptr && date->resolved() &&
                                                                  date->granularity == "day") {
    anchor = date->lo;  // "the 19th" after "April 18th" is April 19
  }
  // A date with no year of its own, in an article with no publication date,
  // in a story with no year: said, so that a lost comparison is not silent.
  if (const auto* date = std::get_if<DateValue>(&value->typed);
      date != nullptr && !date->resolved() && date->timex.rfind("XXXX", 0) == 0 && !doc.meta.published && !story.year) {
    claim.unplaced = "no year to place it in: the article has no publication date and the story no year";
  }
  claim.source = doc.id;
  claim.path = doc.path;
  claim.slot = m.slot->name;
  claim.type = m.slot->type;
  claim.value = std::move(value->display);
  claim.canonical = std::move(value->canonical);
  claim.typed = std::move(value->typed);
  claim.span = m.span;
  claim.text = std::string(doc.slice(m.span));
  claim.sentence = std::string(sentence);
  claim.sentence_begin = sentence_span.begin;
  claim.position = doc.position(m.span.begin);
  claim.rule = m.rule != nullptr ? m.rule->id : m.evidence->slot;
  claim.strength = value->weak ? Strength::weak : m.strength;
  claim.hedge = m.hedge;
  claim.mod = m.hedge.empty() ? "" : hedge_meaning(m.hedge, rules.cues);
  claim.qualifier = m.qualifier;
  claim.unit = m.unit;
  claim.recipient = m.recipient;

  // Modality: the pattern's own cue, else a cue in the clause up to the match's end.
  const std::size_t begin = m.span.begin - sentence_span.begin;
  const std::string_view clause = m.modality.empty()
                                      ? clause_before(sentence, begin, m.span.end - sentence_span.begin, rules.cues.clause_breaks)
                                      : std::string_view(m.modality);
  if (std::string cue = find_cue(clause, rules.cues.speculative); !cue.empty()) {
    claim.modality = Modality::speculative;
    claim.cue = cue;
  } else if (cue = find_cue(clause, rules.cues.reported); !cue.empty()) {
    claim.modality = Modality::reported;
    claim.cue = cue;
  }
  if (claim.modality == Modality::speculative) claim.strength = Strength::weak;
  claim.update_cue = find_cue(sentence, rules.cues.updates);
  if (!claim.qualifier.empty() && !find_cue(claim.qualifier, rules.cues.weakening).empty()) claim.strength = Strength::weak;

  c.about = scope.resolve(m.sentence, begin, m.org, m.org_offset);
  return c;
}

// Better claims first: strong before weak, then longer matches (they say more
// about what they match), then the rule written first.
bool better(const Candidate& a, const Candidate& b) {
  if (a.claim.strength != b.claim.strength) return a.claim.strength == Strength::strong;
  if (a.claim.span.size() != b.claim.span.size()) return a.claim.span.size() > b.claim.span.size();
  if (a.rule_index != b.rule_index) return a.rule_index < b.rule_index;
  return a.claim.span.begin < b.claim.span.begin;
}

// A match that made no claim because its value is out of range: where, and why.
struct RejectedValue {
  std::size_t offset;
  std::string message;
};

// Spans that may overlap one another, asked whether any overlaps a span:
// sorted by start, with the furthest end so far, so that each question is a
// binary search however many spans there are.
class SpanIndex {
 public:
  explicit SpanIndex(std::vector<Span> spans) : spans_(std::move(spans)) {
    std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::size_t furthest = 0;
    for (const Span& s : spans_) furthest_.push_back(furthest = std::max(furthest, s.end));
  }
  bool overlaps(Span span) const {
    // Spans that start before `span` ends; one of them reaches past its start?
    const auto it = std::lower_bound(spans_.begin(), spans_.end(), span.end, [](const Span& s, std::size_t at) { return s.begin < at; });
    const auto n = static_cast<std::size_t>(it - spans_.begin());
    return n > 0 && furthest_[n - 1] > span.begin;
  }

 private:
  std::vector<Span> spans_;
  std::vector<std::size_t> furthest_;
};

// Claims by evidence (docs/rules.md, "Slot evidence"): each mention of a
// sentence goes to the slot with the most evidence for it, unless a rule's
// value already holds its words (a rule is a phrase that has spoken).
void match_by_evidence(const Document& doc, const RuleSet& rules, const SlotEvidence* only,
                       const detail::SentenceVerdicts& verdicts, const SpanIndex& taken, std::vector<Match>& out) {
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sentence_span = doc.sentences[s];
    const std::string_view sentence = doc.slice(sentence_span);
    // Only the kinds some trigger in the sentence could make claims of.
    const detail::SentenceEvidence evidence(sentence, rules);
    const std::vector<detail::Mention> mentions = detail::find_mentions(
        sentence, rules, &verdicts[s], [&](std::string_view kind) { return evidence.may_claim(kind); });
    for (const detail::Mention& mention : mentions) {
      const Span value{sentence_span.begin + mention.value_begin, sentence_span.begin + mention.value_end};
      if (taken.overlaps(value)) continue;
      for (const detail::SlotVerdict& v : detail::weigh(mention, evidence, rules)) {
        if (!v.claims || (only != nullptr && v.evidence != only)) continue;
        const Slot* slot = rules.slot(v.evidence->slot);
        const detail::Clause& clause = evidence.clauses()[detail::clause_at(evidence.clauses(), mention.begin)];
        const bool negated = v.evidence->when_denied != WhenDenied::keep &&
                             ((!clause.verbs.negation.empty() &&
                               (clause.verbs.negation_at >= mention.end ||
                                detail::negation_reaches(sentence, clause, mention.begin, rules.grammar))) ||
                              detail::negation_before(sentence, mention.begin, rules.grammar));
        // A count, a date or an amount denied ("did not affect 4 million")
        // says nothing of what the value is: no claim. The slot's evidence
        // may say otherwise (WhenDenied).
        const WhenDenied when = v.evidence->when_denied;
        const bool denies = when == WhenDenied::deny ||
                            (when == WhenDenied::by_type &&
                             (slot->type == ValueType::field_set || slot->type == ValueType::category));
        if (negated && !denies) continue;
        Match m;
        m.evidence = v.evidence;
        m.slot = slot;
        m.rule_index = rules.rules.size() + static_cast<std::size_t>(v.evidence - rules.evidence.data());
        m.strength = v.score >= v.evidence->strong ? Strength::strong : Strength::weak;
        m.sentence = s;
        m.span = {sentence_span.begin + mention.begin, sentence_span.begin + mention.end};
        m.value_span = value;
        m.value = mention.value;
        m.hedge = mention.hedge;
        m.unit = mention.unit;
        m.qualifier = mention.qualifier;
        m.org = mention.org;
        m.org_offset = mention.org_offset;
        if (negated) m.polarity = clause.verbs.negation;
        out.push_back(std::move(m));
      }
    }
  }
}

// A broad value ("attackers") says something once in an article, and nothing
// where the article also says who: of a slot's broad claims about one
// organisation, only the first is kept, and none when a precise one is there.
void keep_first_broad(std::vector<Claim>& claims) {
  auto category = [](const Claim& c) { return std::get_if<Category>(&c.typed); };
  auto broad = [&](const Claim& c) { return category(c) != nullptr && category(c)->broad && !category(c)->negative; };
  std::set<std::pair<std::string, std::string>> precise, seen;
  for (const Claim& c : claims)
    if (category(c) != nullptr && !broad(c)) precise.insert({c.slot, c.about});
  std::erase_if(claims, [&](const Claim& c) {
    if (!broad(c)) return false;
    const std::pair<std::string, std::string> key{c.slot, c.about};
    return precise.count(key) > 0 || !seen.insert(key).second;
  });
}

std::vector<Claim> run(const Document& doc, const StoryContext& story, const RuleSet& rules, const Rule* only,
                       const SlotEvidence* only_evidence, std::vector<RejectedValue>* notes) {
  // 1. match (every rule, even with `only`: the names other rules find are
  // needed to read surnames)
  std::vector<Match> all_matches;
  const detail::SentenceVerdicts verdicts = detail::prefilter_sentences(doc, rules.prefilter.get());
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    // The prefilter found the patterns that can match this sentence; only
    // they run their full match. Without it (RE2 gave up), all of them do.
    const std::vector<char>* flags = &verdicts[s];
    for (std::size_t i = 0; i < rules.rules.size(); ++i) {
      const Rule& rule = rules.rules[i];
      const Slot* slot = rules.slot(rule.slot);
      const bool alone = only != nullptr || only_evidence != nullptr;  // one rule's or one slot's self-test
      if (slot == nullptr || (alone && only != &rule && slot->type != ValueType::person)) continue;
      if (std::none_of(rule.patterns.begin(), rule.patterns.end(),
                       [&](const Pattern& p) { return detail::may_run(p, flags); }))
        continue;
      match_rule(doc, s, rule, i, *slot, rules.grammar, flags, all_matches);
    }
  }
  // 2. read values, full names first
  std::vector<std::string> known_people;
  for (const Match& m : all_matches) {
    if (m.slot->type != ValueType::person) continue;
    const ValueContext context(rules, *m.slot);
    if (auto name = parse_value(m.value, context)) known_people.push_back(name->display);
  }
  // A slot's vetoes marked `phrase_rules` hold for its phrase rules too.
  if (!rules.evidence.empty()) {
    std::optional<std::pair<std::size_t, detail::SentenceEvidence>> read;  // the sentence last read
    std::erase_if(all_matches, [&](const Match& m) {
      if (m.slot->type == ValueType::person) return false;
      const auto e = std::find_if(rules.evidence.begin(), rules.evidence.end(),
                                  [&](const SlotEvidence& x) { return x.slot == m.slot->name; });
      if (e == rules.evidence.end() ||
          std::none_of(e->vetoes.begin(), e->vetoes.end(), [](const Trigger& t) { return t.phrase_rules; }))
        return false;
      const Span sentence_span = doc.sentences[m.sentence];
      if (!read || read->first != m.sentence) read.emplace(m.sentence, detail::SentenceEvidence(doc.slice(sentence_span), rules));
      return detail::veto_around(m.value_span.begin - sentence_span.begin, m.value_span.end - sentence_span.begin, *e,
                                 read->second) != nullptr;
    });
  }
  std::vector<Match> matches;
  for (Match& m : all_matches)
    if ((only == nullptr && only_evidence == nullptr) || m.rule == only) matches.push_back(std::move(m));
  if (only == nullptr && !rules.evidence.empty()) {
    std::vector<Span> taken;
    for (const Match& m : matches) taken.push_back(m.value_span);
    match_by_evidence(doc, rules, only_evidence, verdicts, SpanIndex(std::move(taken)), matches);
  }
  const detail::ScopeResolver scope(story, rules.scope, doc, &verdicts);
  // In the order of the text, so that each date can anchor the next.
  std::stable_sort(matches.begin(), matches.end(),
                   [](const Match& a, const Match& b) { return a.span.begin < b.span.begin; });
  std::optional<CivilDate> anchor;
  std::vector<Candidate> candidates;
  for (const Match& m : matches) {
    Candidate c = make_candidate(doc, m, rules, story, known_people, anchor, scope);
    if (!c.claim.slot.empty()) {
      candidates.push_back(std::move(c));
    } else if (!c.rejected.empty() && notes != nullptr) {
      // Said where it is, once per place: several rules may match the same words.
      std::string words = detail::collapse_spaces(c.claim.value);
      if (words.size() > 60) words = words.substr(0, detail::utf8_floor(words, 60)) + "\u2026";
      RejectedValue note{m.span.begin, fmt::format("{}: \"{}\" holds {}: no claim is made of it", m.slot->name, words, c.rejected)};
      const bool known = std::any_of(notes->begin(), notes->end(), [&](const RejectedValue& n) {
        return n.offset == note.offset && n.message == note.message;
      });
      if (!known) notes->push_back(std::move(note));
    }
  }
  // 3. choose: the best reading of some words wins over the readings it
  // overlaps, before scope, so that "resigned as CEO of Globex" does not
  // leave a shorter "resigned as CEO" behind to be read as the subject's.
  std::sort(candidates.begin(), candidates.end(), better);
  // Per slot, the spans taken so far by their start: they never overlap one
  // another, so the one that starts last before a span's end is the only one
  // that may overlap it (a look-up, not a scan: an article of 20,000 claims
  // is not 4e8 comparisons).
  using Taken = std::map<std::size_t, std::pair<std::size_t, const Candidate*>>;  // begin -> (end, candidate)
  std::map<std::string_view, Taken> taken;
  auto overlapping = [](const Taken& spans, const Span& span) -> const Candidate* {
    auto it = spans.lower_bound(span.end);
    if (it == spans.begin()) return nullptr;
    --it;
    return it->second.first > span.begin ? it->second.second : nullptr;
  };
  std::vector<const Candidate*> best;
  for (const Candidate& c : candidates) {
    Taken& spans = taken[c.claim.slot];
    if (overlapping(spans, c.claim.span) != nullptr) continue;
    spans.emplace(c.claim.span.begin, std::make_pair(c.claim.span.end, &c));
    best.push_back(&c);
  }
  std::vector<Claim> kept;
  for (const Candidate* c : best) {
    const Slot* slot = rules.slot(c->claim.slot);
    const bool yields = std::any_of(slot->yields_to.begin(), slot->yields_to.end(), [&](const std::string& other) {
      if (other == c->claim.slot) return false;  // its own slot's spans overlap only itself
      const auto spans = taken.find(other);
      return spans != taken.end() && overlapping(spans->second, c->claim.span) != nullptr;
    });
    if (yields) continue;
    // 4. scope
    Claim claim = c->claim;
    claim.about = c->about.subject ? story.subject : c->about.organisation;
    kept.push_back(std::move(claim));
  }
  std::sort(kept.begin(), kept.end(), [](const Claim& a, const Claim& b) {
    return std::tie(a.span.begin, a.span.end, a.slot) < std::tie(b.span.begin, b.span.end, b.slot);
  });
  keep_first_broad(kept);
  for (Claim& claim : kept) claim.id = fmt::format("{}/{}@{}", claim.source, claim.slot, claim.span.begin);
  return kept;
}

// Where a span of the folded text (fold_for_matching()) lies in the text it
// was folded from: its first character's start, its last character's end.
Span original_span(const std::vector<std::uint32_t>& origin, std::string_view text, Span folded) {
  if (folded.size() == 0) return {origin[folded.begin], origin[folded.begin]};
  const std::size_t last = origin[folded.end - 1];
  std::size_t length = 1;
  detail::code_point_at(text, last, &length);
  return {origin[folded.begin], last + length};
}

// Matching runs on the text with what hides words folded away
// (fold_for_matching()); claims and notes are then placed in the text as it
// is, so that quotes and positions are the article's own bytes.
std::vector<Claim> extract(const Document& document, const StoryContext& story, const RuleSet& rules, const Rule* only,
                           const SlotEvidence* only_evidence, std::vector<Diagnostic>* notes) {
  std::vector<RejectedValue> rejected;
  std::vector<std::uint32_t> origin;
  const std::string folded = detail::fold_for_matching(document.text, &origin);
  std::vector<Claim> claims;
  if (origin.empty()) {
    claims = run(document, story, rules, only, only_evidence, notes != nullptr ? &rejected : nullptr);
  } else {
    Result<Document> view = make_document(document.id, document.path, folded, document.meta);
    if (!view) return {};  // folding keeps UTF-8 whole and adds no NUL: not reached
    claims = run(*view, story, rules, only, only_evidence, notes != nullptr ? &rejected : nullptr);
    for (Claim& claim : claims) {
      const Span sentence = original_span(origin, document.text, {claim.sentence_begin, claim.sentence_begin + claim.sentence.size()});
      claim.span = original_span(origin, document.text, claim.span);
      claim.sentence_begin = sentence.begin;
      claim.sentence = std::string(document.slice(sentence));
      claim.text = std::string(document.slice(claim.span));
      claim.position = document.position(claim.span.begin);
      claim.id = fmt::format("{}/{}@{}", claim.source, claim.slot, claim.span.begin);
    }
    for (RejectedValue& r : rejected) r.offset = origin[r.offset];
  }
  if (notes != nullptr) {
    for (const RejectedValue& r : rejected) {
      const Position at = document.position(r.offset);
      notes->push_back({document.path, at.line, at.column, r.message, ""});
    }
  }
  return claims;
}

}  // namespace

std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  std::vector<Diagnostic>* notes) {
  return extract(document, story, rules, nullptr, nullptr, notes);
}

std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  const Rule& rule) {
  return extract(document, story, rules, &rule, nullptr, nullptr);
}

std::vector<Claim> extract_claims(const Document& document, const StoryContext& story, const RuleSet& rules,
                                  const SlotEvidence& evidence) {
  return extract(document, story, rules, nullptr, &evidence, nullptr);
}

std::string infer_subject(const std::vector<Document>& documents, const RuleSet& rules) {
  std::map<std::string, int> counts;
  for (const Document& doc : documents) {
    const detail::SentenceVerdicts verdicts = detail::prefilter_sentences(doc, rules.prefilter.get());
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      for (const std::string& org : detail::organisation_mentions(doc.slice(doc.sentences[s]), rules.scope, &verdicts[s])) {
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
