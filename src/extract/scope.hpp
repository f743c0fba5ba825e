// detail: whom a match is about. A claim belongs to the story's subject unless
// the words around it attach it to another organisation. Entry point:
// ScopeResolver.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/extract.hpp"
#include "factlint/rules.hpp"

namespace factlint::detail {

// Which patterns (by Pattern::filter_id) the prefilter lets run on each
// sentence of a document; a sentence whose verdicts are empty runs them all.
using SentenceVerdicts = std::vector<std::vector<char>>;

// The prefilter's verdicts on every sentence of `document`: one scan of each
// sentence, shared by extraction and scope. All empty when `prefilter` is null.
SentenceVerdicts prefilter_sentences(const Document& document, const RulePrefilter* prefilter);

// Whom words are about: the story's subject, or another organisation (named).
struct Attachment {
  bool subject = true;
  std::string organisation;  // when not the subject: its name, cleaned ("Globex")
};

// What organisation names look like in one document, learnt once: names the
// pack's organisation mentions find anywhere in it ("the Globex breach"
// teaches that "Globex" is an organisation), so that a later bare "Globex"
// in another sentence is recognised too.
class ScopeResolver {
 public:
  // `verdicts` (see prefilter_sentences(); null to run every pattern) must
  // outlive the resolver, as must `document`.
  ScopeResolver(const StoryContext& story, const ScopeRules& rules, const Document& document,
                const SentenceVerdicts* verdicts = nullptr);

  // The attachment of words at `offset` in sentence `sentence_index` of the
  // document (an offset into the sentence), when the match captured the
  // organisation as `org` (empty when it captured none; `org_offset` is then
  // ignored).
  Attachment resolve(std::size_t sentence_index, std::size_t offset, std::string_view org, std::size_t org_offset) const;

 private:
  enum class Mention { subject, other, reference };
  Mention classify(std::string_view org) const;
  bool names_subject(std::string_view org) const;
  bool is_reference(std::string_view words) const;
  // The attachment the mentions before `end` in sentence `sentence_index` give.
  Attachment attachment_before(std::size_t sentence_index, std::size_t end) const;
  const std::vector<char>* verdicts_of(std::size_t sentence_index) const;

  const ScopeRules& rules_;
  const Document& document_;
  const SentenceVerdicts* verdicts_;
  std::vector<std::string> subject_names_;  // subject and aliases, folded
  std::set<std::string> known_organisations_;  // learnt from this document, as written
  bool no_subject_ = false;
};

// Every organisation the pack's organisation mentions find in `text`, as
// written; `may_match` as for may_run() (matches.hpp).
std::vector<std::string> organisation_mentions(std::string_view text, const ScopeRules& rules,
                                               const std::vector<char>* may_match = nullptr);

// `org` with the words of `rules.not_organisation_words` trimmed from its
// ends and a possessive dropped: "The Globex" -> "Globex", "Acme's" -> "Acme".
std::string clean_organisation(std::string_view org, const ScopeRules& rules);

}  // namespace factlint::detail
