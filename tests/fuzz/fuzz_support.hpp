// What the fuzz targets share: the default rule pack, compiled once.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "factlint/rules.hpp"

namespace factlint::fuzzing {

inline const RuleSet& default_pack() {
  static const RuleSet pack = [] {
    Result<RuleSet> loaded = load_rule_pack(FACTLINT_SOURCE_DIR "/rules");
    if (!loaded) {
      std::fprintf(stderr, "cannot load the default rule pack\n");
      std::abort();
    }
    return std::move(loaded.value());
  }();
  return pack;
}

}  // namespace factlint::fuzzing
