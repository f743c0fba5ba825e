// libFuzzer target: every value normaliser. The first byte picks the slot of
// the default pack (so each type and each category list is reached); the rest
// is the written value. A value read is placed and compares with itself.
// Seeds: tests/fuzz/seeds/values (one phrase per file, from docs/values.md).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "factlint/values.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const factlint::RuleSet& pack = factlint::fuzzing::default_pack();
  const factlint::Slot& slot = pack.slots[data[0] % pack.slots.size()];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  factlint::ValueContext context(pack, slot);
  context.published = factlint::CivilDate{2025, 3, 20};
  context.year = 2025;
  context.country = "GB";
  std::optional<factlint::ParsedValue> value = factlint::parse_value(text, context);
  if (!value) return 0;
  if (factlint::compare(value->typed, value->typed, pack).relation == factlint::Relation::conflict) std::abort();
  return 0;
}
