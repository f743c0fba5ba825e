// Copies: articles that share long runs of identical sentences, as
// syndicated wire copy and aggregator rewrites do. Entry points:
// sentence_prints(), find_copies().
//
// Sentences are compared as their folded words (case, accents and
// punctuation do not count); short ones ("Read more.") are left out before
// runs are counted, so boilerplate does not make two articles copies. Two
// articles are copies when some run of `copy_min_run` sentences appears in
// both in the same order; groups are the connected pieces of that relation,
// found through the windows of `copy_min_run` sentences the articles share
// (linear in the sentences, not quadratic in the articles).
#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>

#include "factlint/reconcile.hpp"
#include "text/text.hpp"

namespace factlint {
namespace {

// The sentence as its words: letters and digits kept (any non-ASCII byte is
// kept, so words in other scripts count), everything else a break.
std::vector<std::string> words_of(std::string_view sentence) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : detail::fold(sentence)) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 || c >= 0x80) {
      word += ch;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::uint64_t hash_of(std::string_view text) { return detail::fnv1a(text); }

std::size_t root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

SentencePrints sentence_prints(const Document& document, const TrustSettings& settings) {
  SentencePrints out{document.id, {}};
  for (const Span& span : document.sentences) {
    const std::vector<std::string> words = words_of(document.slice(span));
    if (static_cast<int>(words.size()) < settings.copy_min_words) continue;
    std::string key;
    for (const std::string& w : words) key += w + ' ';
    out.sentences.push_back(hash_of(key));
  }
  return out;
}

std::vector<CopyGroup> find_copies(const std::vector<Document>& documents, const TrustSettings& settings) {
  std::vector<SentencePrints> prints;
  prints.reserve(documents.size());
  for (const Document& d : documents) prints.push_back(sentence_prints(d, settings));
  return find_copies(std::move(prints), settings);
}

std::vector<CopyGroup> find_copies(std::vector<SentencePrints> docs, const TrustSettings& settings) {
  std::sort(docs.begin(), docs.end(), [](const SentencePrints& a, const SentencePrints& b) { return a.id < b.id; });
  std::vector<std::vector<std::uint64_t>> sentences;
  for (SentencePrints& d : docs) sentences.push_back(std::move(d.sentences));

  // Two articles share a run of `copy_min_run` sentences exactly when they
  // share a window of that many consecutive sentences. Each window is looked
  // up in the windows seen before: the first article that held it and this
  // one are copies. Linear in the sentences, where comparing every pair of
  // articles would not be (100,000 articles are 5e9 pairs).
  const std::size_t width = static_cast<std::size_t>(std::max(1, settings.copy_min_run));
  std::vector<std::size_t> parent(docs.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::size_t> run(docs.size(), 0);  // per root: the longest run found
  std::map<std::uint64_t, std::vector<std::pair<std::size_t, std::size_t>>> first_holder;  // window -> (article, start)
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const std::vector<std::uint64_t>& mine = sentences[i];
    if (mine.size() < width) continue;
    std::map<std::size_t, std::size_t> longest_with;  // earlier article -> the longest shared run found
    for (std::size_t at = 0; at + width <= mine.size(); ++at) {
      std::uint64_t key = detail::kFnvOffset;
      for (std::size_t k = at; k < at + width; ++k) key = detail::fnv1a(std::string_view(reinterpret_cast<const char*>(&mine[k]), sizeof(std::uint64_t)), key);
      auto& holders = first_holder[key];
      bool matched = false;
      for (const auto& [j, start] : holders) {
        const std::vector<std::uint64_t>& theirs = sentences[j];
        if (!std::equal(mine.begin() + static_cast<std::ptrdiff_t>(at), mine.begin() + static_cast<std::ptrdiff_t>(at + width),
                        theirs.begin() + static_cast<std::ptrdiff_t>(start))) {
          continue;  // another window with the same hash
        }
        matched = true;
        if (j == i) break;
        // The run through this window, as long as it goes both ways.
        std::size_t before = 0, after = 0;
        while (before < at && before < start && mine[at - before - 1] == theirs[start - before - 1]) ++before;
        while (at + width + after < mine.size() && start + width + after < theirs.size() &&
               mine[at + width + after] == theirs[start + width + after]) ++after;
        std::size_t& longest = longest_with[j];
        longest = std::max(longest, before + width + after);
        break;
      }
      if (!matched) holders.emplace_back(i, at);
    }
    for (const auto& [j, shared] : longest_with) {
      const std::size_t a = root(parent, i), b = root(parent, j);
      const std::size_t longest = std::max({run[a], run[b], shared});
      parent[std::max(a, b)] = std::min(a, b);
      run[std::min(a, b)] = longest;
    }
  }
  std::map<std::size_t, CopyGroup> groups;
  for (std::size_t i = 0; i < docs.size(); ++i) groups[root(parent, i)].sources.push_back(docs[i].id);
  std::vector<CopyGroup> out;
  for (auto& [r, group] : groups) {
    if (group.sources.size() < 2) continue;
    group.longest_run = run[r];
    out.push_back(std::move(group));
  }
  return out;
}

}  // namespace factlint
