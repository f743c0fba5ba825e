// Claim: one typed statement that one article makes about one slot of a story
// ("the CEO who resigned is Lee Ji-hoon"), with the evidence that backs it.
#pragma once

#include <string>
#include <string_view>

#include "factlint/model/document.hpp"
#include "factlint/model/value.hpp"
#include "factlint/model/value_type.hpp"

namespace factlint {

// How much a claim is worth as evidence. A strong claim states the fact
// outright ("CEO X has resigned"). A weak one infers it from context ("X
// resigned", one sentence after "the chief executive stepped down"), is
// qualified loosely ("former CEO X"), or is speculation ("possibly"). Findings
// that rest on weak claims only are never errors.
enum class Strength { strong, weak };

// Whether the claim says the fact holds or that it does not ("payment data was
// not compromised").
enum class Polarity { positive, negative };

// Who stands behind the claim: the article itself (asserted), a source it
// cites (reported: "reportedly", "according to"), or nobody yet
// (speculative: "possibly", "believed to", "may have").
enum class Modality { asserted, reported, speculative };

std::string_view to_string(Strength strength);  // "strong", "weak"
std::string_view to_string(Polarity polarity);  // "positive", "negative"
std::string_view to_string(Modality modality);  // "asserted", "reported", "speculative"

struct Claim {
  std::string id;         // "<source>/<slot>@<start>": unique within a story
  std::string source;     // the Document's id
  std::string path;       // the Document's path, for path:line:column links
  std::string slot;       // "resigned_ceo"
  ValueType type = ValueType::person;
  std::string value;      // the value as written, white space collapsed: "Lee Ji hoon"
  std::string canonical;  // the comparable form of the value: "lee ji hoon"
  TypedValue typed;       // the value itself: an interval, a resolved date, a person's key...
  std::string about;      // the organisation the claim is about: the story's subject, or another one
  std::string text;       // the matched words: "Lee Ji hoon the CEO of Acme Inc has resigned"
  std::string sentence;   // the sentence holding the match
  std::size_t sentence_begin = 0;  // byte offset of `sentence` in the original file
  Span span;              // byte offsets of `text` in the original file
  Position position;      // line:column of span.begin
  std::string rule;       // the id of the rule that matched
  Strength strength = Strength::strong;  // the rule's, made weak by speculation or a weakening qualifier
  Polarity polarity = Polarity::positive;
  Modality modality = Modality::asserted;
  std::string hedge;      // a bound on the value as written ("nearly"), or empty
  std::string mod;        // what the bound means: "below", "above", "at_least", "at_most", "approximate"
  std::string qualifier;  // words that qualify the value ("former", "partial", "potential"), or empty
  std::string unit;       // what a number counts, as written ("customers", "records"), or empty
  std::string recipient;  // to whom an amount goes, as written ("to the states"), or empty
  std::string cue;        // the modality cue that was found ("believed to"), or empty
  std::string update_cue; // a word in its sentence that presents the value as a revision ("new total"), or empty
  // Why a date claim cannot be placed in time, when its words need a year
  // that nothing gives (no publication date for its article, no year for its
  // story); such a claim is compared with nothing. Empty otherwise.
  std::string unplaced;
};

}  // namespace factlint
