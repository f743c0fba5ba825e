// libFuzzer target: the article loader and extraction. Any bytes become a
// Document or a Diagnostic (never a crash); a Document's claims point inside
// it. Seeds: the articles of corpus/ and tests/corpus/.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "factlint/factlint.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  factlint::Result<factlint::Document> doc = factlint::make_document("a", "story/a.txt", bytes);
  if (!doc) return 0;
  for (const factlint::Span& s : doc->sentences)
    if (s.begin > s.end || s.end > doc->text.size()) std::abort();
  const factlint::StoryContext story{"Acme", {}, 2025, ""};
  for (const factlint::Claim& claim : factlint::extract_claims(*doc, story, factlint::fuzzing::default_pack()))
    if (claim.span.end > doc->text.size() || claim.span.begin > claim.span.end) std::abort();
  return 0;
}
