// A small report that every reporter test renders: one story, two sources
// naming different CEOs (one finding), one skipped document.
#pragma once

#include "factlint/model/report.hpp"

namespace factlint::testing {

inline Report sample() {
  Claim a;
  a.id = "one/resigned_ceo@4";
  a.source = "one";
  a.path = "s/one.txt";
  a.slot = "resigned_ceo";
  a.value = "Jane Doe";
  a.canonical = "jane doe";
  a.text = "CEO Jane Doe resigned";
  a.sentence = "The CEO Jane Doe resigned.";
  a.sentence_begin = 0;
  a.span = {4, 25};
  a.position = {1, 5};
  a.rule = "ceo-name-resigned";
  Claim b = a;
  b.id = "two/resigned_ceo@4";
  b.source = "two";
  b.path = "s/two.txt";
  b.value = "John Roe";
  b.canonical = "john roe";
  b.text = "CEO John Roe resigned";
  b.sentence = "The CEO John Roe resigned.";

  Finding f;
  f.id = "00112233aabbccdd";
  f.slot = "resigned_ceo";
  f.severity = Severity::error;
  f.kind = "entity-mismatch";
  f.message = "sources disagree";
  for (const Claim* c : {&a, &b}) {
    Side side;
    side.value = c->value;
    side.canonical = c->canonical;
    side.sources = {c->source};
    side.evidence.push_back({c->id, c->source, c->path, c->position, c->text, c->sentence, c->span, 0});
    f.sides.push_back(side);
  }
  StoryReport story;
  story.id = "s";
  story.path = "corpus/s";
  story.title = "A story";
  story.subject = "Acme";
  story.documents = {{"bad", "s/bad.txt", false, "invalid UTF-8", "", "", {}},
                     {"one", "s/one.txt", true, "", "The Daily <Planet>", "2025-03-01", {}},
                     {"two", "s/two.txt", true, "", "", "", {}}};
  story.claims = {a, b};
  story.findings = {f};
  return Report{"9.9.9", {story}, {{"resigned_ceo", "person", "the chief executive who resigned"}}};
}

}  // namespace factlint::testing
