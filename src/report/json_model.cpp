// The report model as JSON (docs/output.md). Entry point: report_json().
#include "report/json_model.hpp"

#include <algorithm>

#include <cmath>

#include <fmt/format.h>

namespace factlint::detail {

namespace {

Json number_or_null(const std::optional<double>& v) {
  if (!v) return nullptr;
  if (std::abs(*v) < 9e15 && *v == std::floor(*v)) return static_cast<long long>(*v);
  return *v;
}

std::string iso(const CivilDate& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

}  // namespace

Json evidence_json(const Evidence& e) {
  return Json{{"claim", e.claim},
              {"source", e.source},
              {"path", e.path},
              {"line", e.position.line},
              {"column", e.position.column},
              {"start", e.span.begin},
              {"end", e.span.end},
              {"text", e.text},
              {"sentence", e.sentence}};
}

Json typed_json(const TypedValue& value) {
  return std::visit(
      [](const auto& v) -> Json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, Quantity>) {
          Json j{{"lo", number_or_null(v.range.lo)}, {"hi", number_or_null(v.range.hi)}, {"point", number_or_null(v.point)},
                 {"unit", v.unit}, {"mod", v.mod}};
          if (!v.share.empty()) j["share"] = v.share;
          return j;
        } else if constexpr (std::is_same_v<T, DateValue>) {
          return Json{{"lo", v.lo ? Json(iso(*v.lo)) : Json(nullptr)}, {"hi", v.hi ? Json(iso(*v.hi)) : Json(nullptr)},
                      {"granularity", v.granularity}, {"timex", v.timex}, {"mod", v.mod}, {"resolved", v.resolved()}};
        } else if constexpr (std::is_same_v<T, Duration>) {
          return Json{{"iso", v.iso}, {"lo_days", number_or_null(v.days.lo)}, {"hi_days", number_or_null(v.days.hi)},
                      {"mod", v.mod}};
        } else if constexpr (std::is_same_v<T, Money>) {
          return Json{{"currency", v.currency}, {"lo", number_or_null(v.range.lo)}, {"hi", number_or_null(v.range.hi)},
                      {"point", number_or_null(v.point)}, {"mod", v.mod}, {"year", v.year}};
        } else if constexpr (std::is_same_v<T, FieldSet>) {
          Json fields = Json::array();
          for (const FieldItem& f : v.items) fields.push_back(Json{{"id", f.id}, {"exposed", f.exposed}, {"qualifier", f.qualifier}});
          return Json{{"fields", std::move(fields)}};
        } else if constexpr (std::is_same_v<T, Category>) {
          return Json{{"ids", v.ids}, {"negative", v.negative}, {"broad", v.broad}};
        } else if constexpr (std::is_same_v<T, Person>) {
          return Json{{"key", v.key}};
        } else {
          return nullptr;
        }
      },
      value);
}

Json claim_json(const Claim& c) {
  Json out{{"id", c.id},
              {"source", c.source},
              {"path", c.path},
              {"slot", c.slot},
              {"type", std::string(to_string(c.type))},
              {"value", c.value},
              {"canonical", c.canonical},
              {"typed", typed_json(c.typed)},
              {"about", c.about},
              {"text", c.text},
              {"sentence", c.sentence},
              {"sentence_start", c.sentence_begin},
              {"line", c.position.line},
              {"column", c.position.column},
              {"start", c.span.begin},
              {"end", c.span.end},
              {"rule", c.rule},
              {"strength", std::string(to_string(c.strength))},
              {"polarity", std::string(to_string(c.polarity))},
              {"modality", std::string(to_string(c.modality))},
              {"cue", c.cue},
              {"hedge", c.hedge},
              {"mod", c.mod},
              {"qualifier", c.qualifier},
              {"unit", c.unit},
              {"recipient", c.recipient},
              {"update_cue", c.update_cue}};
  if (!c.unplaced.empty()) out["unplaced"] = c.unplaced;
  return out;
}

std::size_t unplaced_dates(const StoryReport& story) {
  return static_cast<std::size_t>(
      std::count_if(story.claims.begin(), story.claims.end(), [](const Claim& c) { return !c.unplaced.empty(); }));
}

Json finding_json(const Finding& f) {
  Json sides = Json::array();
  for (const Side& side : f.sides) {
    Json evidence = Json::array();
    for (const Evidence& e : side.evidence) evidence.push_back(evidence_json(e));
    sides.push_back(Json{{"value", side.value},
                         {"canonical", side.canonical},
                         {"sources", side.sources},
                         {"outlier", side.outlier},
                         {"as_of", side.as_of},
                         {"evidence", std::move(evidence)}});
  }
  Json out{{"id", f.id},
           {"slot", f.slot},
           {"key", f.key},
           {"severity", std::string(to_string(f.severity))},
           {"kind", f.kind},
           {"message", f.message},
           {"updated_by", f.updated_by},
           {"sides", std::move(sides)}};
  if (!f.review.status.empty()) {
    out["review"] = Json{{"status", f.review.status}, {"value", f.review.value}, {"note", f.review.note},
                         {"by", f.review.by},         {"at", f.review.at},       {"severity_was", f.review.severity_was}};
  }
  return out;
}

Json correction_json(const Correction& c) {
  return Json{{"source", c.source}, {"outlet", c.outlet},     {"finding", c.finding},
              {"slot", c.slot},     {"key", c.key},           {"stated", c.stated},
              {"verified", c.verified}, {"evidence", evidence_json(c.evidence)}};
}

Json consensus_json(const Consensus& c) {
  return Json{{"slot", c.slot},
              {"key", c.key},
              {"value", c.value},
              {"canonical", c.canonical},
              {"confidence", c.confidence},
              {"decisive", c.decisive},
              {"support", c.support},
              {"of", c.of},
              {"sources", c.sources},
              {"majority", Json{{"value", c.majority_value}, {"support", c.majority_support}}},
              {"stances", [&] {
                 Json stances = Json::array();
                 for (const Stance& st : c.stances)
                   stances.push_back(Json{{"source", st.source}, {"value", st.value}, {"claims", st.claims},
                                          {"backs_consensus", st.backs_consensus}});
                 return stances;
               }()}};
}

Json source_json(const SourceTrust& s) {
  Json out{{"id", s.id}, {"trust", s.trust}, {"votes", s.votes}, {"against", s.against}, {"copies", s.copies}};
  if (s.copies_more > 0) out["copies_more"] = s.copies_more;
  return out;
}

Json notes_json(const std::vector<Diagnostic>& notes) {
  Json out = Json::array();
  for (const Diagnostic& n : notes) out.push_back(Json{{"line", n.line}, {"column", n.column}, {"message", n.message}});
  return out;
}

Json document_json(const DocumentRecord& d) {
  Json doc{{"id", d.id}, {"path", d.path}, {"status", d.processed ? "processed" : "skipped"}};
  if (!d.processed) doc["error"] = d.error;
  if (!d.outlet.empty()) doc["outlet"] = d.outlet;
  if (!d.published.empty()) doc["published"] = d.published;
  if (!d.notes.empty()) doc["notes"] = notes_json(d.notes);
  return doc;
}

Json story_json_head(const StoryReport& s) {
  Json head{{"id", s.id}, {"path", s.path}, {"title", s.title}, {"subject", s.subject}, {"subject_inferred", s.subject_inferred}};
  if (!s.skipped.empty()) head["skipped"] = s.skipped;
  if (const std::size_t n = unplaced_dates(s); n > 0) head["unplaced_dates"] = n;
  return head;
}

Json story_json(const StoryReport& s) {
  Json story = story_json_head(s);
  Json documents = Json::array();
  for (const DocumentRecord& d : s.documents) documents.push_back(document_json(d));
  Json claims = Json::array();
  for (const Claim& c : s.claims) claims.push_back(claim_json(c));
  Json findings = Json::array();
  for (const Finding& f : s.findings) findings.push_back(finding_json(f));
  Json consensus = Json::array();
  for (const Consensus& c : s.consensus) consensus.push_back(consensus_json(c));
  Json sources = Json::array();
  for (const SourceTrust& t : s.sources) sources.push_back(source_json(t));
  Json corrections = Json::array();
  for (const Correction& c : s.corrections) corrections.push_back(correction_json(c));
  story["documents"] = std::move(documents);
  story["claims"] = std::move(claims);
  story["findings"] = std::move(findings);
  story["consensus"] = std::move(consensus);
  story["sources"] = std::move(sources);
  story["corrections"] = std::move(corrections);
  return story;
}

Totals totals(const Report& report) {
  Totals t;
  t.stories = report.stories.size();
  for (const StoryReport& s : report.stories) {
    t.documents += s.documents.size();
    for (const DocumentRecord& d : s.documents) t.skipped += d.processed ? 0 : 1;
    t.claims += s.claims.size();
    for (const Finding& f : s.findings) {
      t.errors += f.severity == Severity::error;
      t.warnings += f.severity == Severity::warning;
      t.infos += f.severity == Severity::info;
    }
  }
  return t;
}

Json report_json_summary(const Report& report) {
  const Totals t = totals(report);
  return Json{{"stories", t.stories},  {"documents", t.documents}, {"skipped", t.skipped}, {"claims", t.claims},
              {"errors", t.errors},    {"warnings", t.warnings},   {"infos", t.infos}};
}

Json report_json(const Report& report) {
  Json stories = Json::array();
  for (const StoryReport& s : report.stories) stories.push_back(story_json(s));
  return Json{{"factlint_report", kReportVersion},
              {"factlint", report.version},
              {"summary", report_json_summary(report)},
              {"stories", std::move(stories)}};
}

}  // namespace factlint::detail
