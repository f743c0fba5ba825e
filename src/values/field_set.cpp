// Field sets: which data fields a list of words names ("names, email
// addresses and partial payment data"), with the qualifier before each.
// Entry point: find_fields().
//
// Matching is on lower-cased words with curly apostrophes straightened, whole
// words only, longest field words first, so "email addresses" is read as
// email and not as postal addresses.
#include <algorithm>

#include <fmt/format.h>

#include "factlint/values.hpp"
#include "text/text.hpp"
#include "values/value_types.hpp"

namespace factlint {
namespace {

// Lower case, with ’ and ‘ as '. Byte offsets change only where an apostrophe
// is replaced, so offsets are computed on the result alone.
std::string comparable_text(std::string_view text) {
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

std::string fold_field_text(std::string_view text) { return comparable_text(text); }

std::vector<FieldMention> find_fields(std::string_view written, const std::vector<DataField>& fields,
                                      const std::vector<std::string>& qualifiers) {
  const std::string text = comparable_text(written);
  std::vector<Occurrence> found;
  for (const DataField& field : fields) {
    auto look_for = [&](const std::string& needle) {
      for (std::size_t at : detail::find_whole_words(text, needle)) found.push_back({at, at + needle.size(), field.id});
    };
    if (field.folded.size() == field.words.size()) {
      for (const std::string& needle : field.folded) look_for(needle);
    } else {
      for (const std::string& word : field.words) look_for(comparable_text(word));
    }
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
      const std::string needle = comparable_text(q);
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

namespace detail {
namespace {

std::string item_text(const FieldItem& item) {
  return (item.exposed ? "+" : "-") + item.id + (item.qualifier.empty() ? "" : "(" + item.qualifier + ")");
}

// Whether `ancestor` is `id` or one of its parents, grandparents...
bool covers(const std::string& ancestor, const std::string& id, const RuleSet& rules, int depth = 0) {
  if (ancestor == id) return true;
  const DataField* field = rules.field(id);
  if (field == nullptr || depth > 16) return false;
  return std::any_of(field->parents.begin(), field->parents.end(),
                     [&](const std::string& parent) { return covers(ancestor, parent, rules, depth + 1); });
}

// A field said exposed against one said safe: they conflict when the safe one
// covers the exposed one ("-payment" against "+card_number"), unless only the
// full field was safe and part of it leaked ("-card_number(full)" against
// "+card_number(partial)").
bool contradicts(const FieldItem& exposed, const FieldItem& safe, const RuleSet& rules) {
  if (!covers(safe.id, exposed.id, rules)) return false;
  if (safe.qualifier == "full" && exposed.qualifier != "full") return false;
  return true;
}

}  // namespace

std::optional<ParsedValue> parse_field_set(std::string_view written, const ValueContext& context) {
  const std::vector<FieldMention> mentions =
      find_fields(written, context.rules.fields, context.rules.cues.field_qualifiers);
  if (mentions.empty()) return std::nullopt;
  const bool exposed = context.polarity != Polarity::negative;
  ParsedValue value;
  FieldSet set;
  for (const FieldMention& m : mentions) {
    FieldItem item{m.id, exposed, ascii_lower(m.qualifier)};
    // "the bank account number and sort code": two words, one field, shown once.
    const bool shown = std::find(set.items.begin(), set.items.end(), item) != set.items.end();
    if (!shown) value.display += (value.display.empty() ? "" : " ") + item_text(item);
    set.items.push_back(std::move(item));
  }
  std::sort(set.items.begin(), set.items.end(), [](const FieldItem& a, const FieldItem& b) {
    return std::tie(a.id, a.exposed, a.qualifier) < std::tie(b.id, b.exposed, b.qualifier);
  });
  set.items.erase(std::unique(set.items.begin(), set.items.end()), set.items.end());
  for (const FieldItem& item : set.items) value.canonical += (value.canonical.empty() ? "" : " ") + item_text(item);
  value.typed = std::move(set);
  return value;
}

Comparison compare_field_sets(const FieldSet& a, const FieldSet& b, const RuleSet& rules) {
  for (const auto& [x, y] : {std::make_pair(&a, &b), std::make_pair(&b, &a)}) {
    for (const FieldItem& exposed : x->items) {
      if (!exposed.exposed) continue;
      for (const FieldItem& safe : y->items) {
        if (!safe.exposed && contradicts(exposed, safe, rules)) {
          return {Relation::conflict, fmt::format("{} against {}", item_text(exposed), item_text(safe))};
        }
      }
    }
  }
  if (a.items == b.items) return {Relation::agree, "the same fields"};
  return {Relation::compatible, "different fields named; leaving a field out is not saying it was safe"};
}

}  // namespace detail

bool field_covers(const RuleSet& rules, std::string_view ancestor, std::string_view id) {
  return detail::covers(std::string(ancestor), std::string(id), rules);
}

}  // namespace factlint
