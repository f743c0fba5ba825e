// detail: strict reading of YAML documents (rule packs, story.yaml) into
// plain data, collecting one Diagnostic per problem with file:line:column.
//
//   std::vector<Diagnostic> errors;
//   auto root = parse_yaml(path, text, errors);
//   YamlMap map(path, *root, {"title", "subject"}, errors);   // unknown and duplicate keys reported
//   std::string title = map.string("title");                  // wrong type reported; "" when absent
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "factlint/model/diagnostic.hpp"

namespace factlint::detail {

// Parses `text`; on a syntax error, records it and returns nullopt. An empty
// document parses as a null node.
std::optional<YAML::Node> parse_yaml(const std::string& path, std::string_view text, std::vector<Diagnostic>& errors);

// What a yaml-cpp exception says went wrong, in words: its message, except
// for a document nested past yaml-cpp's depth limit ("nested more than 1999
// levels deep ..."), which yaml-cpp reports as a "bad file".
std::string yaml_problem(const YAML::Exception& e);

// A Diagnostic at `node`'s position.
Diagnostic error_at(const std::string& path, const YAML::Node& node, std::string message, std::string hint = {});

// A mapping whose keys are checked against a fixed list: unknown keys (with a
// "did you mean" hint) and duplicate keys are recorded as errors. Reading a
// key whose value has the wrong type records an error and returns the empty
// value.
class YamlMap {
 public:
  YamlMap(std::string path, const YAML::Node& node, std::initializer_list<std::string_view> keys,
          std::vector<Diagnostic>& errors, std::string_view what = "mapping");

  bool valid() const { return valid_; }
  bool has(std::string_view key) const;
  YAML::Node node(std::string_view key) const;  // a null node when absent

  std::string string(std::string_view key, bool required = false) const;
  std::vector<std::string> strings(std::string_view key) const;  // a sequence of strings; one string is a list of one
  std::optional<int> integer(std::string_view key) const;
  // A sequence's items; reports an error when the value is not a sequence.
  std::vector<YAML::Node> sequence(std::string_view key) const;

  const std::string& path() const { return path_; }
  std::vector<Diagnostic>& errors() const { return errors_; }
  const YAML::Node& self() const { return node_; }

 private:
  std::string path_;
  YAML::Node node_;
  std::vector<Diagnostic>& errors_;
  bool valid_ = false;
};

// A scalar node's text, or nullopt (with an error) when `node` is not a scalar.
std::optional<std::string> scalar(const std::string& path, const YAML::Node& node, std::vector<Diagnostic>& errors,
                                  std::string_view what);

}  // namespace factlint::detail
