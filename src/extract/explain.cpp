// Why words did or did not become claims: what a slot's evidence is made of,
// and for a text, each sentence's clauses, mentions and every slot's verdict
// on each mention. Entry points: describe_evidence(), explain_evidence().
// Tested by tests/unit/extract/explain_test.cpp and tests/e2e/rule_pack_test.cpp.
#include <cmath>

#include <fmt/format.h>

#include "extract/evidence.hpp"
#include "extract/mentions.hpp"
#include "factlint/extract.hpp"
#include "text/text.hpp"
#include "values/number_reader.hpp"

namespace factlint {
namespace {

std::string_view place_name(TriggerPlace place) {
  switch (place) {
    case TriggerPlace::before: return "before";
    case TriggerPlace::after: return "after";
    case TriggerPlace::clause: return "clause";
    case TriggerPlace::sentence: return "sentence";
  }
  return "";
}

std::string trigger_line(const Trigger& t, bool weighted) {
  std::string words = fmt::format("{}", fmt::join(t.words, ", "));
  if (words.size() > 100) words = words.substr(0, detail::utf8_floor(words, 100)) + "\u2026";
  return fmt::format("{}{}{}: {}", weighted ? fmt::format("{:g}, ", t.weight) : "", place_name(t.place),
                     t.within >= 0 ? fmt::format(" within {} words", t.within) : "", words);
}

}  // namespace

std::vector<std::string> describe_evidence(const SlotEvidence& evidence, const RuleSet& rules) {
  std::vector<std::string> out;
  const Slot* slot = rules.slot(evidence.slot);
  out.push_back(fmt::format("{} ({}): {}", evidence.slot, slot != nullptr ? to_string(slot->type) : "",
                            slot != nullptr ? slot->description : ""));
  out.push_back(fmt::format("  takes: {}", fmt::join(evidence.takes, ", ")));
  for (const std::string& kind : evidence.takes)
    for (const MentionDetector& d : rules.detectors)
      if (d.kind == kind) out.push_back(fmt::format("    {} is found by {} ({}:{})", kind, d.id, d.where.file, d.where.line));
  out.push_back(fmt::format("  a claim at evidence {:g}, {}", evidence.threshold,
                            std::isinf(evidence.strong) ? std::string("always weak (no 'strong')")
                                                        : fmt::format("strong at {:g}", evidence.strong)));
  for (const Trigger& t : evidence.triggers) out.push_back("  trigger " + trigger_line(t, true));
  for (const Trigger& t : evidence.vetoes) out.push_back("  veto    " + trigger_line(t, false));
  std::size_t rules_of_slot = 0;
  for (const Rule& r : rules.rules) rules_of_slot += r.slot == evidence.slot;
  if (rules_of_slot > 0) {
    out.push_back(fmt::format("  and {} phrase rule{} whose value settles its words outright (factlint rules list)",
                              rules_of_slot, rules_of_slot == 1 ? "" : "s"));
  }
  return out;
}

std::vector<std::string> explain_evidence(const Document& document, const StoryContext& story, const RuleSet& rules,
                                          const SlotEvidence* only) {
  std::vector<std::string> out;
  for (const Span& span : document.sentences) {
    const std::string_view sentence = document.slice(span);
    const std::vector<detail::Mention> mentions = detail::find_mentions(sentence, rules, nullptr);
    out.push_back(fmt::format("sentence: {}", detail::collapse_spaces(sentence)));
    const detail::SentenceEvidence evidence(sentence, rules);
    for (const detail::Clause& c : evidence.clauses()) {
      std::vector<std::string> verbs;
      if (!c.verbs.negation.empty()) verbs.push_back(fmt::format("negated by '{}'", c.verbs.negation));
      if (!c.verbs.modal.empty()) verbs.push_back(fmt::format("modal '{}'", c.verbs.modal));
      if (c.verbs.passive) verbs.push_back("passive");
      if (c.verbs.tense != detail::Tense::unknown) verbs.push_back(std::string(detail::to_string(c.verbs.tense)));
      out.push_back(fmt::format("  clause: {}{}", detail::collapse_spaces(sentence.substr(c.begin, c.end - c.begin)),
                                verbs.empty() ? "" : fmt::format(" ({})", fmt::join(verbs, ", "))));
    }
    if (mentions.empty()) out.push_back("  no mention");
    for (const detail::Mention& m : mentions) {
      out.push_back(fmt::format("  mention {} '{}' ({})", m.detector->kind,
                                detail::collapse_spaces(sentence.substr(m.begin, m.end - m.begin)), m.detector->id));
      for (const detail::SlotVerdict& v : detail::weigh(m, evidence, rules)) {
        if (only != nullptr && v.evidence != only) continue;
        std::vector<std::string> found;
        for (const detail::FoundTrigger& f : v.found) {
          found.push_back(fmt::format("'{}' {:g} {}", sentence.substr(f.at.begin, f.at.end - f.at.begin), f.trigger->weight,
                                      place_name(f.trigger->place)));
        }
        out.push_back(fmt::format("    {}: {} at {:g}{}{}", v.evidence->slot, v.claims ? "claims it" : "no", v.score,
                                  found.empty() ? "" : fmt::format(" ({})", fmt::join(found, ", ")),
                                  v.why_not.empty() ? "" : ": " + v.why_not));
      }
    }
  }
  std::vector<Claim> claims = extract_claims(document, story, rules);
  out.push_back(claims.empty() ? "claims: none" : "claims:");
  for (const Claim& c : claims) {
    if (only != nullptr && c.slot != only->slot) continue;
    out.push_back(fmt::format("  {} '{}' ({}, {}{}) from \"{}\" by {}", c.slot, c.value, to_string(c.strength),
                              to_string(c.polarity), c.about == story.subject ? "" : ", about " + c.about,
                              detail::collapse_spaces(c.text), c.rule));
  }
  return out;
}

}  // namespace factlint
