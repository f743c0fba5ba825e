// Micro-benchmarks of the hot paths, with Google Benchmark: loading an
// article, the prefilter scan, extraction, each value normaliser, and
// reconciliation (up to a million claims). Prints figures; asserts nothing.
//
//   build/bench/factlint_micro                          # everything
//   build/bench/factlint_micro --benchmark_filter=Normalise
//
// The inputs are the stories factlint ships (corpus/, tests/corpus/,
// tests/kinds/), read from the source tree this program was built from.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "factlint/factlint.hpp"
#include "factlint/values.hpp"

namespace {

using namespace factlint;

const RuleSet& pack() {
  static const RuleSet rules = [] {
    Result<RuleSet> loaded = load_rule_pack(std::string(FACTLINT_SOURCE_DIR) + "/rules");
    if (!loaded) {
      std::fprintf(stderr, "cannot load the rules: %s\n", to_string(loaded.errors().front()).c_str());
      std::exit(2);
    }
    return std::move(loaded.value());
  }();
  return rules;
}

// Every story factlint ships, loaded once.
const std::vector<LoadedStory>& stories() {
  static const std::vector<LoadedStory> loaded = [] {
    const std::string root = FACTLINT_SOURCE_DIR;
    Result<std::vector<StoryInput>> inputs = discover_stories({root + "/corpus", root + "/tests/corpus", root + "/tests/kinds"});
    if (!inputs) std::exit(2);
    std::vector<LoadedStory> out;
    for (const StoryInput& input : *inputs) out.push_back(load_story(input));
    return out;
  }();
  return loaded;
}

std::size_t corpus_bytes() {
  std::size_t bytes = 0;
  for (const LoadedStory& story : stories())
    for (const Document& doc : story.documents) bytes += doc.text.size();
  return bytes;
}

StoryContext context_of(const LoadedStory& story) {
  return StoryContext{story.meta.subject, story.meta.aliases, story.meta.year, story.meta.country};
}

// The articles' raw bytes, read once.
const std::vector<std::pair<std::string, std::string>>& raw_articles() {
  static const std::vector<std::pair<std::string, std::string>> articles = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const LoadedStory& story : stories()) {
      for (const Document& doc : story.documents) {
        std::ifstream in(doc.path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        out.emplace_back(doc.path, bytes.str());
      }
    }
    return out;
  }();
  return articles;
}

// Loading: UTF-8 check, line index, ICU sentence breaks (make_document).
void BM_LoadDocument(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& [path, text] : raw_articles()) {
      Result<Document> doc = make_document(path, path, text);
      benchmark::DoNotOptimize(doc);
      bytes += text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_LoadDocument)->Unit(benchmark::kMillisecond);

// Scanning: the prefilter alone, every sentence of every article.
void BM_PrefilterScan(benchmark::State& state) {
  const RulePrefilter& prefilter = *pack().prefilter;
  std::vector<char> may_match;
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const LoadedStory& story : stories()) {
      for (const Document& doc : story.documents) {
        for (const Span& sentence : doc.sentences) prefilter.candidates(doc.slice(sentence), may_match);
        bytes += doc.text.size();
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_PrefilterScan)->Unit(benchmark::kMillisecond);

// Extraction: every rule over every article (prefilter, full matches, values, scope).
void BM_Extract(benchmark::State& state) {
  std::size_t bytes = 0, claims = 0;
  for (auto _ : state) {
    for (const LoadedStory& story : stories()) {
      const StoryContext context = context_of(story);
      for (const Document& doc : story.documents) {
        claims += extract_claims(doc, context, pack()).size();
        bytes += doc.text.size();
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

// Normalisers: news-style phrases of one type, read by parse_value() with the
// pack's first slot of that type.
struct Phrases {
  ValueType type;
  std::vector<std::string> texts;
};

const std::vector<Phrases>& phrases() {
  static const std::vector<Phrases> all{
      {ValueType::quantity,
       {"nearly 12 million", "more than 4.5mn", "12,400,000", "about two-thirds of Britons", "tens of millions",
        "between 2 and 3 million", "thirty-four thousand", "up to 100,000", "9.7GB", "one in three Australians"}},
      {ValueType::date,
       {"March 3, 2024", "on 3 March", "last Tuesday", "in early April", "mid-2023", "the 19th", "2024-03-03",
        "late last year", "on Nov. 18", "the first week of June"}},
      {ValueType::money,
       {"$1.2 billion", "1.5 trillion won", "\u00a3250,000", "EUR 20 million", "about $700m", "up to $425 million",
        "5 billion yen", "US$3.4bn", "hundreds of millions of dollars", "1,000 euros"}},
      {ValueType::duration,
       {"five months", "nearly 150 days", "about two weeks", "more than a year", "76 days", "six weeks",
        "three years", "almost 5 months", "a decade", "48 hours"}},
      {ValueType::person,
       {"Jane Doe", "Chief Executive Jane Doe", "Mr. John Q. Public", "Dr. Ada Lovelace", "Roe", "Kim Min-jun",
        "Maria de la Cruz", "Ole Gunnar Solskjaer", "Jean-Luc Picard", "Li Wei"}},
      {ValueType::field_set,
       {"names, email addresses and phone numbers", "Social Security numbers and birth dates",
        "passwords were not", "credit card numbers", "home addresses, order histories",
        "no payment data", "USIM authentication keys", "driver's license numbers", "dates of birth", "IMSI numbers"}},
  };
  return all;
}

void BM_Normalise(benchmark::State& state) {
  const Phrases& set = phrases()[static_cast<std::size_t>(state.range(0))];
  const Slot* slot = nullptr;
  for (const Slot& s : pack().slots)
    if (s.type == set.type && slot == nullptr) slot = &s;
  if (slot == nullptr) {
    state.SkipWithError("the pack has no slot of this type");
    return;
  }
  state.SetLabel(std::string(to_string(set.type)));
  ValueContext context(pack(), *slot);
  context.published = CivilDate{2024, 3, 20};
  context.year = 2024;
  std::size_t read = 0;
  for (auto _ : state) {
    for (const std::string& text : set.texts) {
      std::optional<ParsedValue> value = parse_value(text, context);
      benchmark::DoNotOptimize(value);
      ++read;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(read));
}
BENCHMARK(BM_Normalise)->DenseRange(0, 5)->Unit(benchmark::kMicrosecond);

// The subject's claims of every shipped story, with its sources, extracted once.
struct ReconcileInput {
  std::string id;
  std::vector<Claim> claims;
  std::vector<SourceInfo> sources;
  std::vector<CopyGroup> copies;
};

const std::vector<ReconcileInput>& reconcile_inputs() {
  static const std::vector<ReconcileInput> inputs = [] {
    std::vector<ReconcileInput> out;
    for (const LoadedStory& story : stories()) {
      const StoryReport report = extract_story(story, pack()).report;
      ReconcileInput input{report.id, {}, {}, find_copies(story.documents, pack().trust)};
      for (const Claim& claim : report.claims)
        if (claim.about == report.subject) input.claims.push_back(claim);
      for (const Document& doc : story.documents) input.sources.push_back({doc.id, doc.meta.published});
      out.push_back(std::move(input));
    }
    return out;
  }();
  return inputs;
}

// Reconciliation as a corpus meets it: story after story (each with its own
// claims), until state.range(0) claims have been reconciled.
void BM_Reconcile(benchmark::State& state) {
  const std::size_t wanted = static_cast<std::size_t>(state.range(0));
  std::size_t claims = 0, stories_done = 0;
  for (auto _ : state) {
    std::size_t done = 0;
    while (done < wanted) {
      for (const ReconcileInput& input : reconcile_inputs()) {
        Reconciliation r = reconcile(input.id, input.claims, input.sources, input.copies, pack());
        benchmark::DoNotOptimize(r);
        done += input.claims.size();
        ++stories_done;
        if (done >= wanted) break;
      }
    }
    claims += done;
  }
  state.SetItemsProcessed(static_cast<int64_t>(claims));
  state.counters["stories"] = static_cast<double>(stories_done) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Reconcile)->Arg(10'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);

// One story with many sources: the claims of the shipped story with the most
// copied into state.range(0) claims, from as many sources as that takes (how
// reconciliation grows with the size of a story).
void BM_ReconcileOneStory(benchmark::State& state) {
  const ReconcileInput& seed = *std::max_element(
      reconcile_inputs().begin(), reconcile_inputs().end(),
      [](const ReconcileInput& a, const ReconcileInput& b) { return a.claims.size() < b.claims.size(); });
  std::vector<Claim> claims;
  std::vector<SourceInfo> sources;
  for (std::size_t copy = 0; claims.size() < static_cast<std::size_t>(state.range(0)); ++copy) {
    for (const SourceInfo& s : seed.sources) sources.push_back({s.id + "-" + std::to_string(copy), s.published});
    for (Claim c : seed.claims) {
      c.source += "-" + std::to_string(copy);
      c.id += "-" + std::to_string(copy);
      claims.push_back(std::move(c));
    }
  }
  for (auto _ : state) {
    Reconciliation r = reconcile(seed.id, claims, sources, {}, pack());
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(claims.size()));
}
BENCHMARK(BM_ReconcileOneStory)->RangeMultiplier(10)->Range(100, 10'000)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  // Everything the benchmarks share is read and extracted before any of them runs.
  std::printf("corpus: %zu stories, %.3f MB of articles (the stories factlint ships), %zu subject claims\n",
              stories().size(), static_cast<double>(corpus_bytes()) / 1e6, [] {
                std::size_t n = 0;
                for (const ReconcileInput& input : reconcile_inputs()) n += input.claims.size();
                return n;
              }());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
