// The SARIF 2.1.0 report, for code-scanning dashboards (GitHub code scanning,
// Azure DevOps, IDE viewers). Entry point: make_sarif_reporter().
//
// One result per finding: the rule is the finding's slot, the primary
// location the outlier's evidence (primary_evidence.hpp), every other quote a
// related location, and the finding id a partial fingerprint, so a dashboard
// tracks a finding across runs the way `factlint check --baseline` does.
// Every document is an artifact of the run, with its status; skipped ones
// are tool notifications too: nothing is lost.
#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/json_model.hpp"
#include "report/primary_evidence.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string_view level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "note";
}

Json location(const Evidence& e, std::string_view message) {
  Json region{{"startLine", e.position.line}, {"startColumn", e.position.column}, {"snippet", {{"text", e.text}}}};
  Json where{{"physicalLocation", {{"artifactLocation", {{"uri", uri_path(e.path)}}}, {"region", std::move(region)}}}};
  if (!message.empty()) where["message"] = {{"text", std::string(message)}};
  return where;
}

class SarifReporter final : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) const override {
    // Rules: every slot of the pack, then any slot a finding names that the
    // pack did not describe (a cross-slot check), so ruleIndex always resolves.
    Json rules = Json::array();
    std::vector<std::string> rule_ids;
    auto add_rule = [&](const std::string& id, const std::string& description) {
      Json rule{{"id", id}, {"name", id}, {"shortDescription", {{"text", description.empty() ? id : description}}}};
      rule["help"] = {{"text", "Sources disagree on this fact; the finding kinds are in factlint's docs/findings.md."}};
      rules.push_back(std::move(rule));
      rule_ids.push_back(id);
    };
    for (const SlotInfo& slot : report.slots) add_rule(slot.name, slot.description);
    auto rule_index = [&](const std::string& id) {
      for (std::size_t i = 0; i < rule_ids.size(); ++i)
        if (rule_ids[i] == id) return i;
      add_rule(id, "");
      return rule_ids.size() - 1;
    };

    Json results = Json::array();
    Json notifications = Json::array();
    Json artifacts = Json::array();  // every document, read or skipped: nothing is lost
    for (const StoryReport& story : report.stories) {
      for (const DocumentRecord& d : story.documents) {
        Json properties{{"story", story.id}, {"status", d.processed ? "processed" : "skipped"}};
        if (!d.processed) properties["error"] = d.error;
        artifacts.push_back(Json{{"location", {{"uri", uri_path(d.path)}}}, {"properties", std::move(properties)}});
        if (d.processed) continue;
        notifications.push_back(Json{
            {"level", "error"},
            {"message", {{"text", fmt::format("{}: {}", d.path, d.error)}}},
            {"locations", Json::array({Json{{"physicalLocation", {{"artifactLocation", {{"uri", uri_path(d.path)}}}}}}})}});
      }
      for (const Finding& f : story.findings) results.push_back(result(story, f, rule_index(f.slot)));
    }

    Json invocation{{"executionSuccessful", notifications.empty()}};
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
    Json driver{{"name", "factlint"},
                {"semanticVersion", report.version},
                {"rules", std::move(rules)}};
    Json run{{"tool", {{"driver", std::move(driver)}}},
             {"invocations", Json::array({std::move(invocation)})},
             {"columnKind", "unicodeCodePoints"},
             {"artifacts", std::move(artifacts)},
             {"results", std::move(results)}};
    Json log{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
    out << log.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }

 private:
  static Json result(const StoryReport& story, const Finding& f, std::size_t rule_index) {
    Json r{{"ruleId", f.slot},
           {"ruleIndex", rule_index},
           {"level", std::string(level(f.severity))},
           {"message", {{"text", f.message}}}};
    const Evidence* primary = primary_evidence(f);
    if (primary != nullptr) {
      r["locations"] = Json::array({location(*primary, "")});
      Json related = Json::array();
      int next_id = 1;
      for (const Side& side : f.sides) {
        for (const Evidence& e : side.evidence) {
          if (&e == primary) continue;
          Json where = location(e, fmt::format("{} says {}", e.source, side.value));
          where["id"] = next_id++;
          related.push_back(std::move(where));
        }
      }
      if (!related.empty()) r["relatedLocations"] = std::move(related);
    }
    r["partialFingerprints"] = {{"factlintFindingId/v1", f.id}};
    Json properties{{"story", story.id}, {"kind", f.kind}, {"findingId", f.id}};
    if (!f.key.empty()) properties["key"] = f.key;
    r["properties"] = std::move(properties);
    return r;
  }
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(const ReporterOptions&) { return std::make_unique<SarifReporter>(); }

}  // namespace factlint::detail
