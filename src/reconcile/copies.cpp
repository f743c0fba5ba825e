// Copies: articles that share long runs of identical sentences, as
// syndicated wire copy and aggregator rewrites do. Entry points:
// sentence_prints(), find_copies().
//
// Sentences are compared as their folded words (case, accents and
// punctuation do not count); short ones ("Read more.") are left out before
// runs are counted, so boilerplate does not make two articles copies. Two
// articles are copies when some run of `copy_min_run` sentences appears in
// both in the same order; groups are the connected pieces of that relation.
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

// The longest run of equal ids that `a` and `b` share, in order.
std::size_t longest_common_run(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t best = 0;
  std::vector<std::size_t> previous(b.size() + 1, 0), current(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
      best = std::max(best, current[j]);
    }
    std::swap(previous, current);
  }
  return best;
}

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

  std::vector<std::size_t> parent(docs.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::size_t> run(docs.size(), 0);  // per root: the longest run found
  for (std::size_t i = 0; i < docs.size(); ++i) {
    for (std::size_t j = i + 1; j < docs.size(); ++j) {
      const std::size_t shared = longest_common_run(sentences[i], sentences[j]);
      if (shared < static_cast<std::size_t>(settings.copy_min_run)) continue;
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
