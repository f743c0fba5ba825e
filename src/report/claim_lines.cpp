// Claim lines: writing an extracted story as JSON Lines, and reading lines
// from many shards back into stories. Entry points: write_claim_lines(),
// ClaimLinesReader (claim_lines.hpp).
//
// Reading is strict: a shard is machine-written, so anything unexpected
// means it was cut, mixed with other data or made by another version, and a
// report built on it would mislead.
#include "factlint/claim_lines.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <map>
#include <set>

#include <fmt/format.h>

#include "factlint/story.hpp"
#include "report/json_model.hpp"
#include "text/text.hpp"

namespace factlint {
namespace {

using detail::Json;

constexpr std::size_t kMaxErrors = 100;
constexpr int kClaimLinesVersion = 1;  // "factlint_claims" on every line; docs/schema/claim-lines.json

std::string hex(std::uint64_t v) { return fmt::format("{:016x}", v); }

std::string dump_line(const Json& line) { return line.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json review_json(const Review& review) {
  Json decisions = Json::array();
  for (const ReviewDecision& d : review.decisions) {
    decisions.push_back(Json{{"finding", d.finding}, {"status", d.status}, {"value", d.value},
                             {"note", d.note},       {"by", d.by},         {"at", d.at}});
  }
  return decisions;
}

Json diagnostic_json(const Diagnostic& d) {
  return Json{{"file", d.file}, {"line", d.line}, {"column", d.column}, {"message", d.message}, {"hint", d.hint}};
}

// Thrown inside this file only, while one line is read: where in the line,
// and what is wrong.
struct BadLine {
  std::size_t offset;  // byte offset in the line
  std::string message;
};

// The fields of one JSON object of a line, read strictly.
class Fields {
 public:
  Fields(const Json& object, std::string_view line, std::string what) : object_(object), line_(line), what_(std::move(what)) {
    if (!object_.is_object()) throw BadLine{0, fmt::format("{} is not a JSON object", what_)};
  }

  const Json& at(const char* key) const {
    auto it = object_.find(key);
    if (it == object_.end()) throw BadLine{0, fmt::format("{} has no \"{}\"", what_, key)};
    return *it;
  }
  bool has(const char* key) const { return object_.contains(key); }

  std::string string(const char* key) const {
    const Json& v = at(key);
    if (!v.is_string()) throw wrong(key, "a string");
    return v.get<std::string>();
  }
  std::string string_or(const char* key, std::string fallback) const { return has(key) ? string(key) : fallback; }
  bool boolean(const char* key) const {
    const Json& v = at(key);
    if (!v.is_boolean()) throw wrong(key, "true or false");
    return v.get<bool>();
  }
  std::size_t count(const char* key) const {
    const Json& v = at(key);
    if (!v.is_number_unsigned()) throw wrong(key, "a whole number, 0 or more");
    return v.get<std::size_t>();
  }
  int integer(const char* key) const {
    const Json& v = at(key);
    if (!v.is_number_integer()) throw wrong(key, "a whole number");
    return v.get<int>();
  }
  double number(const char* key) const {
    const Json& v = at(key);
    if (v.is_null()) return 0;
    if (!v.is_number()) throw wrong(key, "a number");
    return v.get<double>();
  }
  std::optional<double> number_or_null(const char* key) const {
    const Json& v = at(key);
    if (v.is_null()) return std::nullopt;
    if (!v.is_number()) throw wrong(key, "a number or null");
    return v.get<double>();
  }
  std::optional<CivilDate> date_or_null(const char* key) const {
    const Json& v = at(key);
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) throw wrong(key, "a date (YYYY-MM-DD) or null");
    std::optional<CivilDate> date = parse_civil_date(v.get<std::string>());
    if (!date) throw wrong(key, "a date (YYYY-MM-DD) or null");
    return date;
  }
  std::vector<std::string> strings(const char* key) const {
    const Json& v = at(key);
    std::vector<std::string> out;
    if (!v.is_array()) throw wrong(key, "a list of strings");
    for (const Json& item : v) {
      if (!item.is_string()) throw wrong(key, "a list of strings");
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  BadLine wrong(const char* key, std::string_view expected) const {
    const std::size_t at = line_.find(fmt::format("\"{}\"", key));
    return BadLine{at == std::string_view::npos ? 0 : at,
                   fmt::format("\"{}\" of {} should be {}", key, what_, expected)};
  }

 private:
  const Json& object_;
  std::string_view line_;
  std::string what_;
};

TypedValue typed_fields(const Json& json, ValueType type, std::string_view line);

// A range whose ends are the wrong way round: no value factlint writes.
void require_order(const Fields& f, const NumberRange& range, const char* lo) {
  if (range.lo && range.hi && *range.lo > *range.hi) throw f.wrong(lo, "at most \"hi\" (the range is inverted)");
}

TypedValue typed_from_json(const Json& json, ValueType type, std::string_view line) {
  if (json.is_null()) return std::monostate{};
  const TypedValue value = typed_fields(json, type, line);
  const Fields f(json, line, "\"typed\"");
  if (const auto* q = std::get_if<Quantity>(&value)) require_order(f, q->range, "lo");
  if (const auto* m = std::get_if<Money>(&value)) require_order(f, m->range, "lo");
  if (const auto* d = std::get_if<Duration>(&value)) require_order(f, d->days, "lo_days");
  if (const auto* d = std::get_if<DateValue>(&value); d != nullptr && d->lo && d->hi && *d->hi < *d->lo) {
    throw f.wrong("lo", "no later than \"hi\" (the dates are inverted)");
  }
  return value;
}

TypedValue typed_fields(const Json& json, ValueType type, std::string_view line) {
  const Fields f(json, line, "\"typed\"");
  switch (type) {
    case ValueType::person:
      return Person{f.string("key")};
    case ValueType::quantity: {
      Quantity q{{f.number_or_null("lo"), f.number_or_null("hi")}, f.number("point"), f.string("unit"), f.string("mod"), f.string_or("share", "")};
      return q;
    }
    case ValueType::date:
      return DateValue{f.date_or_null("lo"), f.date_or_null("hi"), f.string("granularity"), f.string("timex"), f.string("mod")};
    case ValueType::duration:
      return Duration{{f.number_or_null("lo_days"), f.number_or_null("hi_days")}, f.string("iso"), f.string("mod")};
    case ValueType::money:
      return Money{{f.number_or_null("lo"), f.number_or_null("hi")}, f.number("point"), f.string("currency"), f.string("mod"), f.integer("year")};
    case ValueType::field_set: {
      FieldSet set;
      const Json& items = f.at("fields");
      if (!items.is_array()) throw f.wrong("fields", "a list");
      for (const Json& item : items) {
        const Fields field(item, line, "a field of \"typed\"");
        set.items.push_back({field.string("id"), field.boolean("exposed"), field.string("qualifier")});
      }
      return set;
    }
    case ValueType::category:
      // "broad" came later: lines written before it hold no broad value.
      return Category{f.strings("ids"), f.boolean("negative"), f.has("broad") && f.boolean("broad")};
  }
  return std::monostate{};
}

template <class Enum, std::size_t N>
Enum named(const Fields& f, const char* key, const std::array<Enum, N>& values) {
  const std::string name = f.string(key);
  for (Enum v : values)
    if (to_string(v) == name) return v;
  std::vector<std::string_view> names;
  for (Enum v : values) names.push_back(to_string(v));
  throw f.wrong(key, fmt::format("one of {}", fmt::join(names, ", ")));
}

Claim claim_from_json(const Fields& f, std::string_view line) {
  Claim c;
  c.id = f.string("id");
  c.source = f.string("source");
  c.path = f.string("path");
  c.slot = f.string("slot");
  const std::string type = f.string("type");
  const std::optional<ValueType> parsed = parse_value_type(type);
  if (!parsed) throw f.wrong("type", "a value type: person, quantity, date, duration, money, field-set, category");
  c.type = *parsed;
  c.value = f.string("value");
  c.canonical = f.string("canonical");
  c.typed = typed_from_json(f.at("typed"), c.type, line);
  c.about = f.string("about");
  c.text = f.string("text");
  c.sentence = f.string("sentence");
  c.sentence_begin = f.count("sentence_start");
  c.position = {f.integer("line"), f.integer("column")};
  c.span = {f.count("start"), f.count("end")};
  c.rule = f.string("rule");
  c.strength = named(f, "strength", std::array{Strength::strong, Strength::weak});
  c.polarity = named(f, "polarity", std::array{Polarity::positive, Polarity::negative});
  c.modality = named(f, "modality", std::array{Modality::asserted, Modality::reported, Modality::speculative});
  c.cue = f.string("cue");
  c.hedge = f.string("hedge");
  c.mod = f.string("mod");
  c.qualifier = f.string("qualifier");
  c.unit = f.string("unit");
  c.recipient = f.string("recipient");
  c.update_cue = f.string("update_cue");
  c.unplaced = f.string_or("unplaced", "");
  return c;
}

}  // namespace

void write_claim_lines(const ExtractedStory& story, std::ostream& out) {
  const StoryReport& report = story.report;
  // The claim lines first, so that each document's line can say how many of
  // them are its own and what they hash to: a shard cut, or given twice, is
  // then found when the lines are read back.
  struct Own {
    std::size_t count = 0;
    std::uint64_t digest = 0;
  };
  std::map<std::string_view, Own> own;
  std::vector<std::string> claim_lines;
  claim_lines.reserve(report.claims.size());
  for (const Claim& claim : report.claims) {
    Json line{{"factlint_claims", kClaimLinesVersion}, {"record", "claim"}, {"story", report.id}, {"subject", report.subject}};
    line.update(detail::claim_json(claim));
    claim_lines.push_back(dump_line(line));
    Own& o = own[claim.source];
    ++o.count;
    o.digest += detail::fnv1a(claim_lines.back());
  }
  Json problems = Json::array();
  for (const Diagnostic& d : story.problems) problems.push_back(diagnostic_json(d));
  Json documents = Json::array();
  for (const DocumentRecord& doc : report.documents) documents.push_back(doc.id);
  Json story_line{{"factlint_claims", kClaimLinesVersion},
                  {"record", "story"},
                  {"story", report.id},
                  {"path", report.path},
                  {"title", report.title},
                  {"subject", report.subject},
                  {"subject_inferred", report.subject_inferred},
                  {"review", review_json(story.review)},
                  {"problems", std::move(problems)},
                  {"documents", std::move(documents)}};
  if (!report.skipped.empty()) story_line["skipped"] = report.skipped;
  out << dump_line(story_line) << '\n';
  std::map<std::string_view, const SentencePrints*> prints;
  for (const SentencePrints& p : story.prints) prints[p.id] = &p;
  for (const DocumentRecord& doc : report.documents) {
    const Own o = own.count(doc.id) ? own[doc.id] : Own{};
    Json line{{"factlint_claims", kClaimLinesVersion}, {"record", "document"}, {"story", report.id}, {"id", doc.id},
              {"path", doc.path}, {"status", doc.processed ? "processed" : "skipped"}};
    if (!doc.processed) line["error"] = doc.error;
    if (!doc.outlet.empty()) line["outlet"] = doc.outlet;
    if (!doc.published.empty()) line["published"] = doc.published;
    if (!doc.notes.empty()) line["notes"] = detail::notes_json(doc.notes);
    if (auto it = prints.find(doc.id); doc.processed && it != prints.end()) {
      Json hashes = Json::array();
      for (std::uint64_t h : it->second->sentences) hashes.push_back(hex(h));
      line["sentence_prints"] = std::move(hashes);
    }
    line["claims"] = o.count;
    line["claims_digest"] = hex(o.digest);
    out << dump_line(line) << '\n';
  }
  for (const std::string& line : claim_lines) out << line << '\n';
}

// What has been read of one story.
struct StoryParts {
  ExtractedStory story;
  std::string story_line;      // "file:line" of the first story line; empty: none seen yet
  std::string review;          // the first story line's review, as JSON text, to compare others with
  std::map<std::string, std::string> documents;  // id -> "file:line"
  std::map<std::string, std::string> listed;     // documents the story lines list -> the "file:line" listing it
  struct Expected {
    std::size_t claims = 0;
    std::uint64_t digest = 0;
  };
  std::map<std::string, Expected> expected;       // per document: what its line says of its claims
  std::map<std::string, Expected> found;          // per document: the claim lines read
  std::vector<std::string> claim_places;         // "file:line", one per claim, for errors about it
};

struct ClaimLinesReader::State {
  std::map<std::string, StoryParts> stories;
  std::vector<Diagnostic> errors;
  std::size_t errors_dropped = 0;

  void error(Diagnostic d) {
    if (errors.size() < kMaxErrors) errors.push_back(std::move(d));
    else ++errors_dropped;
  }
};

ClaimLinesReader::ClaimLinesReader() : state_(std::make_unique<State>()) {}
ClaimLinesReader::~ClaimLinesReader() = default;
ClaimLinesReader::ClaimLinesReader(ClaimLinesReader&&) noexcept = default;
ClaimLinesReader& ClaimLinesReader::operator=(ClaimLinesReader&&) noexcept = default;

void ClaimLinesReader::read_line(std::string_view file, std::size_t number, std::string_view line) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
  const int line_number = static_cast<int>(std::min<std::size_t>(number, std::numeric_limits<int>::max()));
  const std::string where = fmt::format("{}:{}", file, number);
  try {
    Json json;
    try {
      json = Json::parse(line);
    } catch (const Json::parse_error& e) {
      throw BadLine{e.byte > 0 ? e.byte - 1 : 0, fmt::format("not a JSON object: {}", e.what())};
    } catch (const Json::exception& e) {  // a number too large for a double
      throw BadLine{0, fmt::format("not a JSON object factlint can read: {}", e.what())};
    }
    const Fields f(json, line, "the line");
    if (!f.has("factlint_claims")) {
      throw BadLine{0, "the line has no \"factlint_claims\" version: it was written by an older factlint, or is not a claim line"};
    }
    if (const Json& v = f.at("factlint_claims"); !v.is_number_integer() || v.get<long long>() != kClaimLinesVersion) {
      throw f.wrong("factlint_claims", fmt::format("{} (this factlint reads version {})", kClaimLinesVersion, kClaimLinesVersion));
    }
    const std::string record = f.string("record");
    const std::string id = f.string("story");
    if (record != "story" && record != "document" && record != "claim") {
      throw f.wrong("record", "\"story\", \"document\" or \"claim\"");
    }
    StoryParts& parts = state_->stories[id];
    ExtractedStory& story = parts.story;
    story.report.id = id;
    if (record == "story") {
      const std::string path = f.string("path"), title = f.string("title"), subject = f.string("subject");
      const bool inferred = f.boolean("subject_inferred");
      const Json& review = f.at("review");
      if (!review.is_array()) throw f.wrong("review", "a list of decisions");
      const Json& problems = f.at("problems");
      if (!problems.is_array()) throw f.wrong("problems", "a list of diagnostics");
      std::vector<Diagnostic> diagnostics;
      for (const Json& item : problems) {
        const Fields p(item, line, "a problem");
        diagnostics.push_back({p.string("file"), p.integer("line"), p.integer("column"), p.string("message"), p.string("hint")});
      }
      for (const std::string& doc : f.strings("documents")) parts.listed.emplace(doc, where);
      if (parts.story_line.empty()) {
        parts.story_line = where;
        story.report.path = path;
        story.report.title = title;
        story.report.subject = subject;
        story.report.subject_inferred = inferred;
        story.report.skipped = f.string_or("skipped", "");
        parts.review = review.dump();
        for (const Json& item : review) {
          const Fields d(item, line, "a review decision");
          story.review.decisions.push_back({d.string("finding"), d.string("status"), d.string("value"), d.string("note"),
                                            d.string("by"), d.string("at"), 0});
        }
      } else {
        auto differs = [&](std::string_view what, std::string_view first, std::string_view here) {
          if (first == here) return;
          state_->error({std::string(file), line_number, 1,
                         fmt::format("story '{}' has {} '{}' here and '{}' at {}", id, what, here, first, parts.story_line),
                         what == "subject"
                             ? "the shards inferred different subjects from different articles: keep a story's articles in "
                               "one shard (shard by story), or name the subject in story.yaml"
                             : "the shards were extracted from different inputs: extract them again from the same corpus"});
        };
        differs("subject", story.report.subject, subject);
        differs("path", story.report.path, path);
        differs("title", story.report.title, title);
        differs("review", parts.review, review.dump());
      }
      for (Diagnostic& d : diagnostics) {
        const auto same = [&](const Diagnostic& o) {
          return o.file == d.file && o.line == d.line && o.column == d.column && o.message == d.message;
        };
        if (std::none_of(story.problems.begin(), story.problems.end(), same)) story.problems.push_back(std::move(d));
      }
    } else if (record == "document") {
      DocumentRecord doc;
      doc.id = f.string("id");
      doc.path = f.string("path");
      const std::string status = f.string("status");
      if (status != "processed" && status != "skipped") throw f.wrong("status", "\"processed\" or \"skipped\"");
      doc.processed = status == "processed";
      if (!doc.processed) doc.error = f.string("error");
      doc.outlet = f.string_or("outlet", "");
      doc.published = f.string_or("published", "");
      if (f.has("notes")) {
        const Json& notes = f.at("notes");
        if (!notes.is_array()) throw f.wrong("notes", "a list of notes");
        for (const Json& item : notes) {
          const Fields n(item, line, "a note");
          doc.notes.push_back({doc.path, n.integer("line"), n.integer("column"), n.string("message"), ""});
        }
      }
      std::optional<CivilDate> published;
      if (!doc.published.empty() && !(published = parse_civil_date(doc.published))) {
        throw f.wrong("published", "a date of the form YYYY-MM-DD");
      }
      if (auto [it, fresh] = parts.documents.emplace(doc.id, where); !fresh) {
        throw BadLine{0, fmt::format("document '{}' of story '{}' is also at {}", doc.id, id, it->second)};
      }
      std::uint64_t digest = 0;
      const std::string digest_text = f.string("claims_digest");
      const auto [digest_end, digest_status] =
          std::from_chars(digest_text.data(), digest_text.data() + digest_text.size(), digest, 16);
      if (digest_status != std::errc{} || digest_end != digest_text.data() + digest_text.size() || digest_text.size() != 16) {
        throw f.wrong("claims_digest", "a 16-digit hexadecimal hash");
      }
      parts.expected[doc.id] = {f.count("claims"), digest};
      if (doc.processed) {
        SentencePrints prints{doc.id, {}};
        for (const std::string& h : f.strings("sentence_prints")) {
          std::uint64_t value = 0;
          const auto [end, status_code] = std::from_chars(h.data(), h.data() + h.size(), value, 16);
          if (status_code != std::errc{} || end != h.data() + h.size() || h.size() != 16) {
            throw f.wrong("sentence_prints", "a list of 16-digit hexadecimal hashes");
          }
          prints.sentences.push_back(value);
        }
        story.prints.push_back(std::move(prints));
        story.sources.push_back({doc.id, published});
      }
      story.report.documents.push_back(std::move(doc));
    } else {
      Claim claim = claim_from_json(f, line);
      // Its own id and path agree with what it says it is.
      if (claim.id.rfind(claim.source + "/", 0) != 0) {
        throw f.wrong("id", fmt::format("an id of document '{}' (\"{}/...\")", claim.source, claim.source));
      }
      std::string_view bare = line;
      if (!bare.empty() && bare.back() == '\r') bare.remove_suffix(1);
      StoryParts::Expected& found = parts.found[claim.source];
      ++found.claims;
      found.digest += detail::fnv1a(bare);
      parts.claim_places.push_back(where);
      story.report.claims.push_back(std::move(claim));
    }
  } catch (const BadLine& bad) {
    state_->error({std::string(file), line_number, detail::column_of(line, bad.offset), bad.message,
                   "claim lines are written by 'factlint extract'; a shard that was cut or edited must be extracted again"});
  }
}

Result<std::vector<ExtractedStory>> ClaimLinesReader::finish(const RuleSet& rules) && {
  State& state = *state_;
  std::vector<ExtractedStory> out;
  for (auto& [id, parts] : state.stories) {
    if (parts.story_line.empty()) {
      const std::string first = !parts.documents.empty() ? parts.documents.begin()->second
                                                         : parts.claim_places.empty() ? "" : parts.claim_places.front();
      state.error({first, 0, 0, fmt::format("story '{}' has no story line (a {{\"record\": \"story\"}} line)", id),
                   "a shard was cut, or comes from an older factlint: extract it again"});
      continue;
    }
    ExtractedStory& story = parts.story;
    // Every document the story lines list has its line; every document's
    // claims are all there, each once.
    const std::string hint = "a shard was cut, lost, given twice or edited: give every shard of the run once, as "
                             "'factlint extract' wrote it";
    for (const auto& [doc, listed_at] : parts.listed) {
      if (!parts.documents.count(doc)) {
        state.error({listed_at, 0, 0, fmt::format("story '{}' lists document '{}', whose line is missing", id, doc), hint});
      }
    }
    std::map<std::string, std::string_view> path_of;
    for (const DocumentRecord& d : story.report.documents) path_of.emplace(d.id, d.path);
    for (const auto& [doc, where] : parts.documents) {
      if (!parts.listed.count(doc)) {
        state.error({where, 0, 0, fmt::format("document '{}' is not among those story '{}' lists", doc, id), hint});
      }
      const StoryParts::Expected want = parts.expected[doc];
      const auto got = parts.found.count(doc) ? parts.found[doc] : StoryParts::Expected{};
      if (got.claims < want.claims) {
        state.error({where, 0, 0, fmt::format("document '{}' of story '{}' has {} claims, but {} of them are missing", doc, id,
                                              want.claims, want.claims - got.claims), hint});
      } else if (got.claims > want.claims) {
        state.error({where, 0, 0, fmt::format("document '{}' of story '{}' has {} claims, but {} claim lines name it (some "
                                              "are there twice)", doc, id, want.claims, got.claims), hint});
      } else if (got.digest != want.digest) {
        state.error({where, 0, 0, fmt::format("the claims of document '{}' of story '{}' are not those extracted (their "
                                              "digest differs)", doc, id), hint});
      }
      // A folder story's documents are under its folder; a JSON Lines story's under its id.
      const std::string_view path = path_of[doc];
      if (story.report.path != "." && path.rfind(story.report.path + "/", 0) != 0) {
        state.error({where, 0, 0, fmt::format("document '{}' has path '{}', which is not in story '{}' ({})", doc, path, id,
                                              story.report.path), hint});
      }
    }
    std::set<std::string_view> read;
    for (const DocumentRecord& d : story.report.documents)
      if (d.processed) read.insert(d.id);
    for (std::size_t i = 0; i < story.report.claims.size(); ++i) {
      const Claim& claim = story.report.claims[i];
      const std::string& where = parts.claim_places[i];
      if (!read.contains(claim.source)) {
        state.error({where, 0, 0, fmt::format("claim {} names document '{}', which story '{}' does not have as read", claim.id,
                                              claim.source, id),
                     "the shard holding that document's lines is missing: give every shard of the run"});
      } else if (claim.path != path_of[claim.source]) {
        state.error({where, 0, 0, fmt::format("claim {} has path '{}', but its document '{}' is at '{}'", claim.id, claim.path,
                                              claim.source, path_of[claim.source]),
                     hint});
      }
      const Slot* slot = rules.slot(claim.slot);
      if (slot == nullptr || slot->type != claim.type) {
        state.error({where, 0, 0,
                     slot == nullptr ? fmt::format("claim {} is of slot '{}', which the rule pack does not have", claim.id, claim.slot)
                                     : fmt::format("claim {} is a {}, but the rule pack's slot '{}' holds a {}", claim.id,
                                                   to_string(claim.type), claim.slot, to_string(slot->type)),
                     "reconcile with the rule pack the shards were extracted with (--rules)"});
      }
    }
    std::sort(story.report.documents.begin(), story.report.documents.end(),
              [](const DocumentRecord& a, const DocumentRecord& b) { return a.id < b.id; });
    // A document's claims arrive together and in order, from one shard; the
    // order of documents is that of the sort, as extract_story() leaves it.
    std::stable_sort(story.report.claims.begin(), story.report.claims.end(), [](const Claim& a, const Claim& b) {
      return std::tie(a.source, a.span.begin) < std::tie(b.source, b.span.begin);
    });
    out.push_back(std::move(story));
  }
  if (state.errors_dropped > 0) {
    state.errors.push_back({"", 0, 0, fmt::format("and {} more errors in the claim lines", state.errors_dropped), ""});
  }
  if (!state.errors.empty()) return std::move(state.errors);
  return out;
}

}  // namespace factlint
