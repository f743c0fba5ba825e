// Claim: one typed statement that one article makes about one slot of a story
// ("the CEO who resigned is Lee Ji-hoon"), with the evidence that backs it.
#pragma once

#include <string>

#include "factlint/model/document.hpp"
#include "factlint/model/value_type.hpp"

namespace factlint {

// How much a claim is worth as evidence, set by the rule that matched it: a
// strong rule names the fact outright ("CEO X has resigned"); a weak rule
// infers it from context ("X resigned", one sentence after "the chief executive
// stepped down"). Findings resting on weak claims only are never errors.
enum class Strength { strong, weak };

struct Claim {
  std::string id;         // "<source>/<slot>@<start>": unique within a story
  std::string source;     // the Document's id
  std::string path;       // the Document's path, for path:line:column links
  std::string slot;       // "resigned_ceo"
  ValueType type = ValueType::person;
  std::string value;      // the value as written, white space collapsed: "Lee Ji hoon"
  std::string canonical;  // the comparable form of the value: "lee ji hoon"
  std::string text;       // the matched words: "Lee Ji hoon the CEO of Acme Inc has resigned"
  std::string sentence;   // the sentence holding the match
  std::size_t sentence_begin = 0;  // byte offset of `sentence` in the original file
  Span span;              // byte offsets of `text` in the original file
  Position position;      // line:column of span.begin
  std::string rule;       // the id of the rule that matched
  Strength strength = Strength::strong;  // the rule's strength; weak when `hedge` is set
  std::string hedge;      // words that loosen the claim ("former"), when the pattern captured some
};

}  // namespace factlint
