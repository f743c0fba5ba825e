// Field sets: which data fields a list of words names ("names, email
// addresses and partial payment data"), with the qualifier before each.
// Entry point: find_fields().
//
// Matching is on lower-cased words with curly apostrophes straightened, whole
// words only, longest field words first, so "email addresses" is read as
// email and not as postal addresses.
#include <algorithm>

#include "factlint/values.hpp"
#include "text/text.hpp"

namespace factlint {
namespace {

// Lower case, with ’ and ‘ as '. Byte offsets change only where an apostrophe
// is replaced, so offsets are computed on the result alone.
std::string comparable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\u2019" || text.substr(i, 3) == "\u2018") {
      out += '\'';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return detail::ascii_lower(out);
}

struct Occurrence {
  std::size_t begin, end;
  std::string id;
};

}  // namespace

std::vector<FieldMention> find_fields(std::string_view written, const std::vector<DataField>& fields,
                                      const std::vector<std::string>& qualifiers) {
  const std::string text = comparable(written);
  std::vector<Occurrence> found;
  for (const DataField& field : fields)
    for (const std::string& word : field.words) {
      const std::string needle = comparable(word);
      for (std::size_t at : detail::find_whole_words(text, needle)) found.push_back({at, at + needle.size(), field.id});
    }
  // Longest first among those starting at one place, then keep what does not overlap.
  std::sort(found.begin(), found.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Occurrence> kept;
  for (const Occurrence& o : found)
    if (kept.empty() || o.begin >= kept.back().end) kept.push_back(o);

  std::vector<FieldMention> mentions;
  std::size_t gap_begin = 0;
  for (const Occurrence& o : kept) {
    const std::string_view gap = std::string_view(text).substr(gap_begin, o.begin - gap_begin);
    // The qualifier nearest the field wins: the one that ends last, and of
    // those the longest ("in some cases" over "some").
    std::string qualifier;
    std::size_t best_end = 0;
    for (const std::string& q : qualifiers) {
      const std::string needle = comparable(q);
      for (std::size_t at : detail::find_whole_words(gap, needle)) {
        const std::size_t end = at + needle.size();
        if (qualifier.empty() || end > best_end || (end == best_end && q.size() > qualifier.size())) {
          qualifier = q;
          best_end = end;
        }
      }
    }
    mentions.push_back({o.id, qualifier});
    gap_begin = o.end;
  }
  return mentions;
}

}  // namespace factlint
