// libFuzzer target: the rule loader, on one rule file (slots, macros, rules,
// scope, reference data: whatever the text holds). It compiles or gives
// Diagnostics; never a crash, never an exception. Seeds: the default pack's
// files, one by one.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "factlint/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  factlint::Result<factlint::RuleSet> pack = factlint::compile_rule_pack({{"pack/rules.yaml", text}});
  if (!pack)
    for (const factlint::Diagnostic& d : pack.errors())
      if (d.message.empty()) std::abort();
  return 0;
}
