// detail: sentence boundaries from ICU's BreakIterator.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "factlint/model/document.hpp"

namespace factlint::detail {

// The sentences of text[begin, end), as byte spans into `text`, each trimmed
// of white space; empty sentences are left out. A line end always ends a
// sentence (headlines and list items have no full stop), and the usual English
// abbreviations ("Mr.", "Inc.") do not.
std::vector<Span> split_sentences(std::string_view text, std::size_t begin);

}  // namespace factlint::detail
