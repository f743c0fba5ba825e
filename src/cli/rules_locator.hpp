// Where the default rule pack is. Entry point: default_rules_dir().
#pragma once

#include <string>

namespace factlint::cli {

// The first of these that exists: $FACTLINT_RULES; <prefix>/share/factlint/rules,
// where <prefix> is the folder above the one holding this executable (an
// installed factlint); the source tree's rules/ (a build folder). Returns the
// last candidate when none exists, so that the error names a real place.
std::string default_rules_dir();

}  // namespace factlint::cli
