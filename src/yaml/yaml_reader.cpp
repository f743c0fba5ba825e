// Strict YAML reading for rule packs and story.yaml: every problem becomes a
// Diagnostic with file:line:column. Entry points: parse_yaml(), YamlMap.
#include "yaml/yaml_reader.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>

namespace factlint::detail {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string_view type_name(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Scalar: return "a single value";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a mapping";
    default: return "an undefined value";
  }
}

}  // namespace

std::string yaml_problem(const YAML::Exception& e) {
  // yaml-cpp stops a document nested past its depth limit with the message
  // of a broken file ("bad file"); what happened is more useful.
  if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e)) {
    return fmt::format("nested more than {} levels deep (lists or mappings inside one another)", deep->depth() - 1);
  }
  return e.msg;
}

std::optional<YAML::Node> parse_yaml(const std::string& path, std::string_view text, std::vector<Diagnostic>& errors) {
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    errors.push_back({path, e.mark.line + 1, e.mark.column + 1, fmt::format("invalid YAML: {}", yaml_problem(e)),
                      "no file factlint reads needs more than a few levels: flatten it"});
  } catch (const YAML::ParserException& e) {
    errors.push_back({path, e.mark.line + 1, e.mark.column + 1, fmt::format("invalid YAML: {}", e.msg),
                      "check the indentation and quoting around this place; quote patterns with single quotes"});
  } catch (const YAML::Exception& e) {
    errors.push_back({path, 0, 0, fmt::format("invalid YAML: {}", e.what()), ""});
  }
  return std::nullopt;
}

Diagnostic error_at(const std::string& path, const YAML::Node& node, std::string message, std::string hint) {
  // A key that is absent from a mapping read as const is an "invalid" node,
  // whose Mark() throws (found by fuzzing): it has no place to point at.
  if (!node.IsDefined()) return {path, 0, 0, std::move(message), std::move(hint)};
  const YAML::Mark mark = node.Mark();
  const bool known = mark.line >= 0 && !mark.is_null();
  return {path, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, std::move(message), std::move(hint)};
}

YamlMap::YamlMap(std::string path, const YAML::Node& node, std::initializer_list<std::string_view> keys,
                 std::vector<Diagnostic>& errors, std::string_view what)
    : path_(std::move(path)), node_(node), errors_(errors) {
  if (!node.IsMap()) {
    errors_.push_back(error_at(path_, node, fmt::format("expected {} here, found {}", what, type_name(node)),
                               "write 'key: value' lines here; the indentation decides what belongs to what"));
    return;
  }
  valid_ = true;
  std::set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    // A copy: `it->` returns a proxy that dies at the end of this statement
    // (AddressSanitizer caught a reference to it), and a Node is a handle.
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      errors_.push_back(error_at(path_, key, fmt::format("a key of this {} is not a plain word", what)));
      continue;
    }
    const std::string name = key.Scalar();
    if (!seen.insert(name).second) {
      errors_.push_back(error_at(path_, key, fmt::format("duplicate key '{}'", name),
                                 "a key may appear once in a mapping; remove or merge the repeats"));
      continue;
    }
    if (std::find(keys.begin(), keys.end(), name) != keys.end()) continue;
    std::string hint;
    std::string_view best;
    std::size_t best_distance = 3;
    for (std::string_view k : keys) {
      const std::size_t d = edit_distance(name, k);
      if (d < best_distance) best_distance = d, best = k;
    }
    if (!best.empty()) {
      hint = fmt::format("did you mean '{}'?", best);
    } else {
      std::string list;
      for (std::string_view k : keys) list += (list.empty() ? "" : ", ") + std::string(k);
      hint = fmt::format("the keys allowed here are: {}", list);
    }
    errors_.push_back(error_at(path_, key, fmt::format("unknown key '{}' in {}", name, what), hint));
  }
}

bool YamlMap::has(std::string_view key) const { return valid_ && node_[std::string(key)].IsDefined(); }

YAML::Node YamlMap::node(std::string_view key) const {
  if (!valid_) return YAML::Node();
  return node_[std::string(key)];
}

std::string YamlMap::string(std::string_view key, bool required) const {
  if (!valid_) return {};
  const YAML::Node value = node_[std::string(key)];
  if (!value.IsDefined() || value.IsNull()) {
    if (required) errors_.push_back(error_at(path_, node_, fmt::format("missing required key '{}'", key)));
    return {};
  }
  return scalar(path_, value, errors_, fmt::format("'{}'", key)).value_or("");
}

std::vector<std::string> YamlMap::strings(std::string_view key) const {
  std::vector<std::string> out;
  const YAML::Node value = node(key);
  if (!value.IsDefined() || value.IsNull()) return out;
  if (value.IsScalar()) return {value.Scalar()};
  if (!value.IsSequence()) {
    errors_.push_back(error_at(path_, value, fmt::format("'{}' must be a list of strings, found {}", key, type_name(value))));
    return out;
  }
  for (const YAML::Node& item : value)
    if (auto s = scalar(path_, item, errors_, fmt::format("an item of '{}'", key))) out.push_back(*s);
  return out;
}

std::optional<int> YamlMap::integer(std::string_view key) const {
  const YAML::Node value = node(key);
  if (!value.IsDefined() || value.IsNull()) return std::nullopt;
  int result = 0;
  if (value.IsScalar() && YAML::convert<int>::decode(value, result)) return result;
  errors_.push_back(error_at(path_, value,
                             fmt::format("'{}' must be a whole number, found {}", key,
                                         value.IsScalar() ? "'" + value.Scalar() + "'" : std::string(type_name(value))),
                             "write digits only, such as 2025"));
  return std::nullopt;
}

std::vector<YAML::Node> YamlMap::sequence(std::string_view key) const {
  std::vector<YAML::Node> out;
  const YAML::Node value = node(key);
  if (!value.IsDefined() || value.IsNull()) return out;
  if (!value.IsSequence()) {
    errors_.push_back(error_at(path_, value, fmt::format("'{}' must be a list, found {}", key, type_name(value)),
                               "write one '- item' per line under it, or [a, b] on one line"));
    return out;
  }
  for (const YAML::Node& item : value) out.push_back(item);
  return out;
}

std::optional<std::string> scalar(const std::string& path, const YAML::Node& node, std::vector<Diagnostic>& errors,
                                  std::string_view what) {
  if (node.IsScalar()) return node.Scalar();
  errors.push_back(error_at(path, node, fmt::format("{} must be a single value, found {}", what, type_name(node)),
                            "write one value here, not a list or a mapping (quote it if it holds ': ' or starts with '[')"));
  return std::nullopt;
}

}  // namespace factlint::detail
