// detail: building the prefilter that tells extraction which rule patterns can
// match a sentence. Entry point: build_prefilter().
#pragma once

#include <memory>
#include <vector>

#include "factlint/rules.hpp"

namespace factlint::detail {

// The prefilter for `rules`' patterns, or nullptr when RE2 cannot build it.
std::shared_ptr<const RulePrefilter> build_prefilter(const std::vector<Rule>& rules);

}  // namespace factlint::detail
