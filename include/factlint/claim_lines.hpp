// Claim lines: the JSON Lines that `factlint extract` writes and `factlint
// reconcile` reads, the contract between the two halves of a sharded run
// (docs/output.md has every field, docs/scaling.md the recipes). Entry
// points: write_claim_lines(), ClaimLinesReader.
//
//   // on each shard (map):
//   factlint::write_claim_lines(factlint::extract_story(loaded, pack), out);
//   // anywhere, over every line of every shard, in any order (reduce):
//   factlint::ClaimLinesReader reader;
//   reader.read_line("shard-1.jsonl", 1, line);
//   Result<std::vector<ExtractedStory>> stories = std::move(reader).finish(pack);
//   for (ExtractedStory& story : *stories) reports.push_back(factlint::reconcile_story(std::move(story), pack));
//   // the same reports, byte for byte, as factlint::check_story() on one machine
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/pipeline.hpp"
#include "factlint/rules.hpp"

namespace factlint {

// Writes one extracted story as JSON Lines, one self-contained object a line:
//   {"record": "story", "story": ID, ...}     what the story is: path, title, subject, review, problems
//   {"record": "document", "story": ID, ...}  one per article, read or skipped (with the reason);
//                                             a read one carries its publication date and sentence prints
//   {"record": "claim", "story": ID, ...}     one per claim: source, slot, value, canonical, typed value, evidence
// Lines of one story may be cut apart, shuffled and spread over shards:
// ClaimLinesReader puts them back together.
void write_claim_lines(const ExtractedStory& story, std::ostream& out);

// Gathers claim lines from any number of shards, in any order, into the
// extracted stories they came from.
class ClaimLinesReader {
 public:
  ClaimLinesReader();
  ~ClaimLinesReader();
  ClaimLinesReader(ClaimLinesReader&&) noexcept;
  ClaimLinesReader& operator=(ClaimLinesReader&&) noexcept;

  // Reads one line; `number` (1-based) and `file` only name it in errors.
  // Blank lines are skipped. A line that is not JSON, not one of the three
  // records, or lacks a field or has one of the wrong type is an error naming
  // file:number:column; reading goes on, and finish() fails.
  void read_line(std::string_view file, std::size_t number, std::string_view line);

  // The stories read, sorted by id: each as extract_story() made it, so that
  // reconcile_story() gives the report check_story() would. Fails, with
  // every error met (at most 100 are kept, then a count), when a line was
  // bad, or when, across all the lines read:
  //   - a story has documents or claims but no story line (a shard was cut);
  //   - a story's story lines disagree on its subject, path, title or review
  //     (shards extracted with different inputs, or a subject inferred from
  //     part of a story's articles: keep a story's articles in one shard, or
  //     name its subject);
  //   - a document appears twice in a story;
  //   - a claim names a document its story does not have, or a slot that
  //     `rules` does not have with that type (claims made by another pack).
  Result<std::vector<ExtractedStory>> finish(const RuleSet& rules) &&;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace factlint
