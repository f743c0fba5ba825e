// libFuzzer target: the files factlint reads back, a baseline (JSON) and a
// review.yaml. The first byte picks which. Either parses or gives Diagnostics
// naming the file. Seeds: tests/fuzz/seeds/readers.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "factlint/baseline.hpp"
#include "factlint/review.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  if (data[0] % 2 == 0) {
    factlint::Result<factlint::Baseline> baseline = factlint::parse_baseline("baseline.json", text);
    if (!baseline && baseline.errors().front().file != "baseline.json") std::abort();
  } else {
    factlint::Result<factlint::Review> review = factlint::parse_review("review.yaml", text);
    if (!review && review.errors().front().file != "review.yaml") std::abort();
  }
  return 0;
}
