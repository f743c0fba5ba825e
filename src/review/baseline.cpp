// Baselines: write the known findings, read them back, and keep only what is
// new. Entry points: baseline_json(), parse_baseline(), apply_baseline().
#include "factlint/baseline.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace factlint {
namespace {

using Json = nlohmann::ordered_json;

// Line and column (1-based, in code points) of a byte offset.
std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < std::min(offset, text.size()); ++i) {
    if (text[i] == '\n') {
      ++line, column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

std::string baseline_json(const Report& report) {
  std::vector<std::pair<std::string, const Finding*>> all;
  for (const StoryReport& story : report.stories)
    for (const Finding& f : story.findings) all.emplace_back(story.id, &f);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second->id) < std::tie(b.first, b.second->id);
  });
  Json findings = Json::array();
  for (const auto& [story, f] : all) {
    findings.push_back(Json{{"id", f->id},
                            {"story", story},
                            {"slot", f->slot},
                            {"key", f->key},
                            {"kind", f->kind},
                            {"severity", std::string(to_string(f->severity))},
                            {"message", f->message}});
  }
  Json out{{"factlint_baseline", 1}, {"factlint", report.version}, {"findings", std::move(findings)}};
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<Baseline> parse_baseline(std::string_view path, std::string_view text) {
  const std::string file(path);
  const std::string hint = "write it with 'factlint baseline write PATH -o FILE'";
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::parse_error& e) {
    const auto [line, column] = line_column(text, e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    if (auto at = what.find("; last read"); at != std::string::npos) what = what.substr(0, at);
    if (auto at = what.find("] "); at != std::string::npos) what = what.substr(at + 2);
    return Diagnostic{file, line, column, "the baseline is not valid JSON: " + what, hint};
  } catch (const Json::exception& e) {  // a number too large for a double (found by fuzzing)
    std::string what = e.what();
    if (auto at = what.find("] "); at != std::string::npos) what = what.substr(at + 2);
    return Diagnostic{file, 0, 0, "the baseline is not valid JSON: " + what, hint};
  }
  if (!json.is_object() || !json.contains("factlint_baseline") || !json.contains("findings") ||
      !json["findings"].is_array()) {
    return Diagnostic{file, 1, 1, "this is not a factlint baseline: it needs \"factlint_baseline\" and a \"findings\" list",
                      hint};
  }
  if (json["factlint_baseline"] != 1) {
    return Diagnostic{file, 1, 1, fmt::format("unsupported baseline version {}", json["factlint_baseline"].dump()),
                      "this factlint reads version 1; " + hint};
  }
  Baseline baseline;
  std::size_t index = 0;
  for (const Json& item : json["findings"]) {
    auto text_of = [&](const char* key) {
      return item.contains(key) && item[key].is_string() ? item[key].get<std::string>() : std::string();
    };
    if (!item.is_object() || text_of("id").empty()) {
      return Diagnostic{file, 0, 0, fmt::format("findings[{}] has no \"id\" string", index),
                        "each entry needs the finding's id; " + hint};
    }
    baseline.entries.push_back({text_of("id"), text_of("story"), text_of("slot"), text_of("key"), text_of("kind"),
                                text_of("severity"), text_of("message")});
    ++index;
  }
  return baseline;
}

BaselineOutcome apply_baseline(Report& report, const Baseline& baseline) {
  std::set<std::string> known;
  for (const BaselineEntry& e : baseline.entries) known.insert(e.id);
  std::set<std::string> seen;
  BaselineOutcome outcome;
  for (StoryReport& story : report.stories) {
    std::erase_if(story.findings, [&](const Finding& f) {
      if (!known.count(f.id)) return false;
      seen.insert(f.id);
      ++outcome.known;
      return true;
    });
  }
  // Only entries of stories this run checked can be stale: checking one story
  // against a whole corpus's baseline says nothing about the others.
  std::set<std::string> checked;
  for (const StoryReport& story : report.stories) checked.insert(story.id);
  for (const BaselineEntry& e : baseline.entries)
    if (!seen.count(e.id) && (e.story.empty() || checked.count(e.story))) outcome.stale.push_back(e);
  return outcome;
}

}  // namespace factlint
