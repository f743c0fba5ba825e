// detail: building the prefilter that tells extraction which rule patterns can
// match a sentence. Entry point: build_prefilter().
#pragma once

#include <memory>
#include <vector>

#include "factlint/rules.hpp"

namespace factlint::detail {

// The FilteredRE2 that rule patterns are compiled into (compile_pattern in
// rule_set.cpp), so that each is compiled once and the prefilter knows it.
std::shared_ptr<re2::FilteredRE2> make_prefilter_filter();

// The prefilter over every pattern compiled into `filter` (a pattern's
// Pattern::filter_id is its index), or nullptr when there are none or RE2
// cannot build the atom set. `filter` must not be added to afterwards.
std::shared_ptr<const RulePrefilter> build_prefilter(std::shared_ptr<re2::FilteredRE2> filter);

}  // namespace factlint::detail
