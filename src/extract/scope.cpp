// Scope: deciding whether a match is about the story's subject or about
// another organisation. Entry point: ScopeResolver::resolve().
//
// The model is deliberately small and explainable:
//   - a match that captures its organisation ("Acme CEO ...", "CEO of Acme")
//     is about that organisation; "its", "the company" refer back;
//   - otherwise, the organisation mentioned last before the match in its
//     sentence decides ("After the Globex breach, CEO X resigned");
//   - a reference ("its") means the organisation mentioned before it in the
//     sentence, or the subject when none is;
//   - with no mention at all, the story's subject (news repeats its subject
//     far more often than it names it).
#include "extract/scope.hpp"

#include <algorithm>

#include "extract/matches.hpp"
#include "text/text.hpp"

namespace factlint::detail {
namespace {

std::string_view trim_possessive(std::string_view word) {
  for (std::string_view suffix : {"'s", "\u2019s", "'", "\u2019"}) {
    if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

std::string_view trim_punctuation(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == ':')) word.remove_suffix(1);
  return word;
}

// Folded words without full stops, for comparing organisation names:
// "Acme Corp." -> {"acme", "corp"}.
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> words;
  for (std::string w : split_words(fold(name))) {
    w.erase(std::remove(w.begin(), w.end(), '.'), w.end());
    w.erase(std::remove(w.begin(), w.end(), ','), w.end());
    if (!w.empty()) words.push_back(std::move(w));
  }
  return words;
}

bool starts_with_words(const std::vector<std::string>& words, const std::vector<std::string>& prefix) {
  return !prefix.empty() && prefix.size() <= words.size() && std::equal(prefix.begin(), prefix.end(), words.begin());
}

bool contains_words(const std::vector<std::string>& words, const std::vector<std::string>& part) {
  if (part.empty() || part.size() > words.size()) return false;
  return std::search(words.begin(), words.end(), part.begin(), part.end()) != words.end();
}

}  // namespace

SentenceVerdicts prefilter_sentences(const Document& document, const RulePrefilter* prefilter) {
  SentenceVerdicts verdicts(document.sentences.size());
  if (prefilter == nullptr) return verdicts;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    // When the scan cannot run (RE2 out of memory), every pattern must be tried.
    if (!prefilter->candidates(document.slice(document.sentences[s]), verdicts[s])) verdicts[s].clear();
  }
  return verdicts;
}

std::vector<std::string> organisation_mentions(std::string_view text, const ScopeRules& rules,
                                               const std::vector<char>* may_match) {
  std::vector<std::string> found;
  for (const Pattern& pattern : rules.organisation_mentions) {
    if (!may_run(pattern, may_match)) continue;
    for_each_match(pattern, text, [&](const std::vector<re2::StringPiece>& groups) {
      const std::string_view org = matched_organisation(pattern, groups);
      if (!org.empty()) found.emplace_back(org);
      return true;
    });
  }
  return found;
}

ScopeResolver::ScopeResolver(const StoryContext& story, const ScopeRules& rules, const Document& document,
                             const SentenceVerdicts* verdicts)
    : rules_(rules), document_(document), verdicts_(verdicts) {
  if (!story.subject.empty()) subject_names_.push_back(story.subject);
  for (const std::string& alias : story.aliases)
    if (!alias.empty()) subject_names_.push_back(alias);
  no_subject_ = subject_names_.empty();
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    for (const std::string& org : organisation_mentions(document.slice(document.sentences[s]), rules_, verdicts_of(s))) {
      const std::string name = clean_organisation(org, rules_);
      if (!name.empty() && classify(org) == Mention::other) known_organisations_.insert(name);
    }
  }
}

std::string clean_organisation(std::string_view org, const ScopeRules& rules) {
  std::vector<std::string> words = split_words(org);
  auto not_a_name = [&](const std::string& word) {
    return rules.not_organisation_folded.count(fold(trim_punctuation(trim_possessive(word)))) > 0;
  };
  while (!words.empty() && not_a_name(words.front())) words.erase(words.begin());
  while (!words.empty() && not_a_name(words.back())) words.pop_back();
  if (!words.empty()) words.back() = std::string(trim_punctuation(trim_possessive(words.back())));
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool ScopeResolver::is_reference(std::string_view words) const {
  return rules_.subject_references_folded.count(fold(trim_possessive(trim_punctuation(words)))) > 0;
}

bool ScopeResolver::names_subject(std::string_view org) const {
  const std::vector<std::string> words = name_words(org);
  for (const std::string& name : subject_names_) {
    const std::vector<std::string> subject = name_words(name);
    if (contains_words(words, subject) || starts_with_words(subject, words)) return true;
  }
  return false;
}

ScopeResolver::Mention ScopeResolver::classify(std::string_view org) const {
  if (is_reference(org)) return Mention::reference;
  const std::string name = clean_organisation(org, rules_);
  if (name.empty()) return Mention::reference;  // "The", "Former": says nothing of whom
  if (no_subject_ || names_subject(name)) return Mention::subject;
  return Mention::other;
}

const std::vector<char>* ScopeResolver::verdicts_of(std::size_t sentence_index) const {
  return verdicts_ == nullptr ? nullptr : &(*verdicts_)[sentence_index];
}

// A pattern that cannot match the whole sentence cannot match its start
// either (the start holds fewer of the words it needs), so the sentence's
// verdicts hold for `before` too.
Attachment ScopeResolver::attachment_before(std::size_t sentence_index, std::size_t end) const {
  const std::string_view sentence = document_.slice(document_.sentences[sentence_index]);
  struct Found {
    std::size_t at;
    Mention mention;
    std::string name;  // for other organisations
  };
  std::vector<Found> mentions;
  const std::string_view before = sentence.substr(0, std::min(end, sentence.size()));

  for (const Pattern& pattern : rules_.organisation_mentions) {
    if (!may_run(pattern, verdicts_of(sentence_index))) continue;
    for_each_match(pattern, before, [&](const std::vector<re2::StringPiece>& groups) {
      const std::string_view org = matched_organisation(pattern, groups);
      if (!org.empty()) {
        mentions.push_back({static_cast<std::size_t>(org.data() - before.data()), classify(org),
                            clean_organisation(org, rules_)});
      }
      return true;
    });
  }
  for (const std::string& name : subject_names_)
    for (std::size_t at : find_whole_words(before, name)) mentions.push_back({at, Mention::subject, name});
  for (const std::string& name : known_organisations_)
    for (std::size_t at : find_whole_words(before, name)) mentions.push_back({at, Mention::other, name});
  const std::string lower = ascii_lower(before);
  for (const std::string& reference : rules_.subject_references)
    for (std::size_t at : find_whole_words(lower, ascii_lower(reference))) mentions.push_back({at, Mention::reference, ""});

  std::stable_sort(mentions.begin(), mentions.end(), [](const Found& a, const Found& b) { return a.at < b.at; });
  Attachment current;  // nothing mentioned: the subject
  for (const Found& m : mentions) {
    if (m.mention == Mention::subject) current = Attachment{};
    if (m.mention == Mention::other) current = Attachment{false, m.name};
    // A reference keeps whatever was mentioned before it.
  }
  return current;
}

Attachment ScopeResolver::resolve(std::size_t sentence_index, std::size_t offset, std::string_view org,
                                  std::size_t org_offset) const {
  if (no_subject_) return Attachment{};
  if (!org.empty()) {
    switch (classify(org)) {
      case Mention::subject: return Attachment{};
      case Mention::other: return Attachment{false, clean_organisation(org, rules_)};
      case Mention::reference: return attachment_before(sentence_index, org_offset);
    }
  }
  return attachment_before(sentence_index, offset);
}

}  // namespace factlint::detail
