// Loading a rule pack: YAML files in, one validated and compiled RuleSet out.
// Entry points: load_rule_pack() (a folder), compile_rule_pack() (texts).
//
// Work is done in passes so that files may use each other's macros and slots
// in any order: parse every file; collect macros, then slots and the scope's
// word lists (from which the SUBJECT_REFERENCE macro is made); then compile
// rules and scope patterns; last, check that every macro compiles on its own.
// Every problem found is reported, not just the first, each at its
// file:line:column.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <re2/re2.h>

#include "factlint/rules.hpp"
#include "rules/macro_expander.hpp"
#include "yaml/yaml_reader.hpp"

namespace factlint {
namespace {

using detail::error_at;
using detail::YamlMap;

struct ParsedFile {
  std::string path;
  YAML::Node root;
};

bool is_identifier(std::string_view s, bool allow_dash) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (allow_dash && c == '-');
    if (!ok) return false;
  }
  return true;
}

// The indexes of the groups named `base` or `base_*`, in pattern order.
std::vector<int> groups_named(const std::map<std::string, int>& groups, const std::string& base) {
  std::vector<int> indexes;
  for (const auto& [name, index] : groups)
    if (name == base || name.rfind(base + "_", 0) == 0) indexes.push_back(index);
  std::sort(indexes.begin(), indexes.end());
  return indexes;
}

SourceLocation location(const std::string& path, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  return {path, m.line + 1, m.column + 1};
}

class PackCompiler {
 public:
  std::vector<Diagnostic> errors;
  RuleSet set;

  void collect_macros(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsMap()) {
      errors.push_back(error_at(file.path, node, "'macros' must be a mapping of NAME: pattern"));
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string name = it->first.Scalar();
      if (!detail::is_macro_name(name)) {
        errors.push_back(error_at(file.path, it->first, fmt::format("'{}' is not a macro name", name),
                                  "macro names are upper case letters, digits and '_', starting with a letter: PERSON, MONTH_DAY"));
        continue;
      }
      auto text = detail::scalar(file.path, it->second, errors, fmt::format("macro {}", name));
      if (!text) continue;
      if (!set.macros.emplace(name, *text).second) {
        errors.push_back(error_at(file.path, it->first, fmt::format("macro {} is defined twice", name),
                                  "each macro is defined once in the whole pack"));
        continue;
      }
      macro_locations_[name] = location(file.path, it->first);
    }
  }

  void collect_slots(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'slots' must be a list of slots"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item, {"name", "type", "cardinality", "description"}, errors, "a slot");
      if (!map.valid()) continue;
      Slot slot;
      slot.where = location(file.path, item);
      slot.name = map.string("name", true);
      slot.description = map.string("description");
      const std::string type = map.string("type", true);
      const std::string cardinality = map.string("cardinality");
      if (!slot.name.empty() && !is_identifier(slot.name, false)) {
        errors.push_back(error_at(file.path, map.node("name"), fmt::format("'{}' is not a slot name", slot.name),
                                  "slot names are lower case words joined by '_': resigned_ceo"));
      }
      if (auto t = parse_value_type(type)) {
        slot.type = *t;
      } else if (!type.empty()) {
        errors.push_back(error_at(file.path, map.node("type"), fmt::format("unknown value type '{}'", type),
                                  "one of: person, quantity, date, duration, money, field-set, category"));
      }
      if (cardinality == "many") {
        slot.cardinality = Cardinality::many;
      } else if (!cardinality.empty() && cardinality != "one") {
        errors.push_back(error_at(file.path, map.node("cardinality"), fmt::format("unknown cardinality '{}'", cardinality),
                                  "'one' (a story has one value, such as the CEO who resigned) or 'many'"));
      }
      if (slot.name.empty()) continue;
      if (set.slot(slot.name) != nullptr) {
        errors.push_back(error_at(file.path, item, fmt::format("slot '{}' is defined twice", slot.name)));
        continue;
      }
      set.slots.push_back(std::move(slot));
    }
  }

  // Expands and compiles one pattern; `required_group` must be one of its
  // named groups when not empty.
  std::optional<Pattern> compile_pattern(const std::string& path, const YAML::Node& node, std::string_view required_group) {
    auto source = detail::scalar(path, node, errors, "a pattern");
    if (!source) return std::nullopt;
    Pattern pattern;
    pattern.source = *source;
    pattern.where = location(path, node);
    detail::Expansion expansion = detail::expand_macros(*source, set.macros);
    if (!expansion.error.empty()) {
      errors.push_back(error_at(path, node, expansion.error,
                                "define the macro under 'macros:' in any file of the pack, or escape the brace: \\{"));
      return std::nullopt;
    }
    pattern.expanded = std::move(expansion.pattern);
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_shared<RE2>(pattern.expanded, options);
    if (!regex->ok()) {
      errors.push_back(error_at(path, node,
                                fmt::format("RE2 rejects this pattern: {}{}", regex->error(),
                                            regex->error_arg().empty() ? "" : fmt::format(" (at '{}')", regex->error_arg())),
                                "RE2 syntax: https://github.com/google/re2/wiki/Syntax; named groups are (?P<name>...); "
                                "look-arounds and back-references do not exist in RE2"));
      return std::nullopt;
    }
    const auto& groups = regex->NamedCapturingGroups();
    auto group = [&](const char* name) {
      auto it = groups.find(name);
      return it == groups.end() ? -1 : it->second;
    };
    pattern.value_group = group("value");
    pattern.org_groups = groups_named(groups, "org");
    pattern.hedge_groups = groups_named(groups, "hedge");
    if (required_group == "org" && !pattern.org_groups.empty()) required_group = "";
    if (!required_group.empty() && groups.find(std::string(required_group)) == groups.end()) {
      errors.push_back(error_at(path, node, fmt::format("the pattern has no named group '{}'", required_group),
                                fmt::format("wrap the words that hold it in (?P<{}>...)", required_group)));
      return std::nullopt;
    }
    pattern.regex = std::move(regex);
    return pattern;
  }

  void compile_rules(const ParsedFile& file, const YAML::Node& node) {
    if (!node.IsSequence()) {
      errors.push_back(error_at(file.path, node, "'rules' must be a list of rules"));
      return;
    }
    for (const YAML::Node& item : node) {
      YamlMap map(file.path, item,
                  {"id", "slot", "description", "strength", "patterns", "context", "examples", "counter_examples"},
                  errors, "a rule");
      if (!map.valid()) continue;
      Rule rule;
      rule.where = location(file.path, item);
      rule.id = map.string("id", true);
      rule.slot = map.string("slot", true);
      rule.description = map.string("description");
      if (!rule.id.empty() && !is_identifier(rule.id, true)) {
        errors.push_back(error_at(file.path, map.node("id"), fmt::format("'{}' is not a rule id", rule.id),
                                  "rule ids are lower case words joined by '-': ceo-name-resigned"));
      }
      if (!rule.id.empty() && !rule_ids_.insert(rule.id).second) {
        errors.push_back(error_at(file.path, map.node("id"), fmt::format("rule id '{}' is used twice", rule.id),
                                  "every rule in the pack needs its own id"));
      }
      const Slot* slot = rule.slot.empty() ? nullptr : set.slot(rule.slot);
      if (!rule.slot.empty() && slot == nullptr) {
        errors.push_back(error_at(file.path, map.node("slot"), fmt::format("unknown slot '{}'", rule.slot),
                                  "declare it under 'slots:' (name, type, cardinality, description)"));
      } else if (slot != nullptr && slot->type != ValueType::person) {
        errors.push_back(error_at(file.path, map.node("slot"),
                                  fmt::format("slot '{}' holds {} values, which extraction cannot read yet", rule.slot,
                                              to_string(slot->type)),
                                  "only person slots are read in this version"));
      }
      const std::string strength = map.string("strength");
      if (strength == "weak") {
        rule.strength = Strength::weak;
      } else if (!strength.empty() && strength != "strong") {
        errors.push_back(error_at(file.path, map.node("strength"), fmt::format("unknown strength '{}'", strength),
                                  "'strong' (the words state the fact) or 'weak' (the fact is inferred from context)"));
      }
      const YAML::Node patterns = map.node("patterns");
      if (!patterns.IsDefined() || patterns.IsNull()) {
        errors.push_back(error_at(file.path, item, "a rule needs 'patterns': a list of RE2 patterns with a (?P<value>...) group"));
      } else {
        std::vector<YAML::Node> items;
        if (patterns.IsSequence()) {
          for (const YAML::Node& p : patterns) items.push_back(p);
        } else {
          items.push_back(patterns);
        }
        for (const YAML::Node& p : items)
          if (auto compiled = compile_pattern(file.path, p, "value")) rule.patterns.push_back(std::move(*compiled));
      }
      if (map.has("context")) {
        YamlMap context(file.path, map.node("context"), {"pattern", "sentences_before"}, errors, "a rule's context");
        if (context.valid()) {
          ContextRequirement requirement;
          requirement.sentences_before = context.integer("sentences_before").value_or(0);
          if (requirement.sentences_before < 0 || requirement.sentences_before > 5) {
            errors.push_back(error_at(file.path, context.node("sentences_before"), "'sentences_before' must be 0 to 5"));
          }
          if (!context.has("pattern")) {
            errors.push_back(error_at(file.path, map.node("context"), "a context needs a 'pattern'"));
          } else if (auto p = compile_pattern(file.path, context.node("pattern"), "")) {
            requirement.pattern = std::move(*p);
            rule.context = std::move(requirement);
          }
        }
      }
      for (const YAML::Node& example : map.sequence("examples")) {
        YamlMap e(file.path, example, {"text", "value", "subject"}, errors, "an example");
        if (!e.valid()) continue;
        RuleExample ex{e.string("text", true), e.string("value", true), e.string("subject"), location(file.path, example)};
        if (ex.subject.empty()) ex.subject = "Acme";
        rule.examples.push_back(std::move(ex));
      }
      for (const YAML::Node& counter : map.sequence("counter_examples")) {
        RuleExample ex;
        ex.where = location(file.path, counter);
        if (counter.IsScalar()) {
          ex.text = counter.Scalar();
        } else {
          YamlMap e(file.path, counter, {"text", "subject"}, errors, "a counter-example");
          if (!e.valid()) continue;
          ex.text = e.string("text", true);
          ex.subject = e.string("subject");
        }
        if (ex.subject.empty()) ex.subject = "Acme";
        rule.counter_examples.push_back(std::move(ex));
      }
      set.rules.push_back(std::move(rule));
    }
  }

  // Pass 2: the scope's word lists, which the SUBJECT_REFERENCE macro is made from.
  void collect_scope_lists(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node, {"subject_references", "organisation_mentions", "not_organisation_words"}, errors,
                "'scope'");
    if (!map.valid()) return;
    append(set.scope.subject_references, map.strings("subject_references"));
    append(set.scope.not_organisation_words, map.strings("not_organisation_words"));
    for (const YAML::Node& p : map.sequence("organisation_mentions")) pending_mentions_.push_back({file.path, p});
  }

  // The built-in macro {SUBJECT_REFERENCE}: any of scope.subject_references,
  // longest first, with a possessive allowed ("the company's").
  void define_subject_reference_macro() {
    std::vector<std::string> words = set.scope.subject_references;
    std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::string alternatives;
    for (const std::string& w : words) {
      std::string quoted = RE2::QuoteMeta(w);
      std::string spaced;
      for (std::size_t i = 0; i < quoted.size(); ++i) {
        if (quoted[i] == '\\' && i + 1 < quoted.size() && quoted[i + 1] == ' ') {
          spaced += "\\s+";
          ++i;
        } else {
          spaced += quoted[i];
        }
      }
      alternatives += (alternatives.empty() ? "" : "|") + spaced;
    }
    if (alternatives.empty()) alternatives = "[^\\x00-\\x{10FFFF}]";  // no references: matches nothing
    const auto [it, inserted] =
        set.macros.emplace("SUBJECT_REFERENCE", "(?i:\\b(?:" + alternatives + ")(?:['\u2019]s)?\\b)");
    if (!inserted) {
      const SourceLocation& where = macro_locations_["SUBJECT_REFERENCE"];
      errors.push_back({where.file, where.line, where.column,
                        "macro SUBJECT_REFERENCE is built in: the loader makes it from scope.subject_references",
                        "rename the macro, or add the words to scope.subject_references"});
    }
  }

  // Pass 3: the scope's patterns, which may use SUBJECT_REFERENCE.
  void compile_scope_patterns() {
    for (const auto& [path, node] : pending_mentions_)
      if (auto compiled = compile_pattern(path, node, "org")) set.scope.organisation_mentions.push_back(std::move(*compiled));
  }

  void compile_names(const ParsedFile& file, const YAML::Node& node) {
    YamlMap map(file.path, node, {"not_name_words", "suffixes"}, errors, "'names'");
    if (!map.valid()) return;
    append(set.names.not_name_words, map.strings("not_name_words"));
    append(set.names.suffixes, map.strings("suffixes"));
  }

 // Each macro must compile on its own, so a broken macro is reported where it
  // is defined rather than at every pattern that uses it.
  void check_macros() {
    for (const auto& [name, text] : set.macros) {
      const SourceLocation& where = macro_locations_[name];
      detail::Expansion expansion = detail::expand_macros("{" + name + "}", set.macros);
      std::string problem = expansion.error;
      if (problem.empty()) {
        RE2::Options options;
        options.set_log_errors(false);
        RE2 regex(expansion.pattern, options);
        if (!regex.ok()) problem = fmt::format("RE2 rejects macro {}: {}", name, regex.error());
      }
      if (!problem.empty()) errors.push_back({where.file, where.line, where.column, problem, "fix the macro's pattern"});
    }
  }

 private:
  static void append(std::vector<std::string>& to, std::vector<std::string> from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  }

  std::map<std::string, SourceLocation> macro_locations_;
  std::vector<std::pair<std::string, YAML::Node>> pending_mentions_;  // collected in pass 2, compiled in pass 3
  std::set<std::string> rule_ids_;
};

}  // namespace

const Slot* RuleSet::slot(std::string_view name) const {
  for (const Slot& s : slots)
    if (s.name == name) return &s;
  return nullptr;
}

Result<RuleSet> compile_rule_pack(const std::vector<RuleFile>& files) {
  PackCompiler compiler;
  std::vector<ParsedFile> parsed;
  for (const RuleFile& file : files) {
    auto root = detail::parse_yaml(file.path, file.text, compiler.errors);
    if (!root || root->IsNull()) continue;
    YamlMap sections(file.path, *root, {"slots", "macros", "rules", "scope", "names"}, compiler.errors, "a rule file");
    if (sections.valid()) parsed.push_back({file.path, *root});
  }
  for (const ParsedFile& file : parsed)
    if (file.root["macros"]) compiler.collect_macros(file, file.root["macros"]);
  for (const ParsedFile& file : parsed) {
    if (file.root["slots"]) compiler.collect_slots(file, file.root["slots"]);
    if (file.root["scope"]) compiler.collect_scope_lists(file, file.root["scope"]);
  }
  compiler.define_subject_reference_macro();
  compiler.compile_scope_patterns();
  for (const ParsedFile& file : parsed) {
    if (file.root["rules"]) compiler.compile_rules(file, file.root["rules"]);
    if (file.root["names"]) compiler.compile_names(file, file.root["names"]);
  }
  compiler.check_macros();
  if (!compiler.errors.empty()) return compiler.errors;
  return std::move(compiler.set);
}

Result<RuleSet> load_rule_pack(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Diagnostic{dir, 0, 0, "the rule pack folder does not exist",
                      "pass the folder holding the pack's *.yaml files with --rules DIR"};
  }
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    if (it->is_regular_file() && (p.extension() == ".yaml" || p.extension() == ".yml")) paths.push_back(p.string());
  }
  if (ec) return Diagnostic{dir, 0, 0, fmt::format("cannot read the rule pack folder: {}", ec.message()), ""};
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) {
    return Diagnostic{dir, 0, 0, "the rule pack folder holds no .yaml files", "pass the default pack's folder with --rules"};
  }
  std::vector<RuleFile> files;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Diagnostic{path, 0, 0, "cannot read the rule file", "check its permissions"};
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({path, text.str()});
  }
  return compile_rule_pack(files);
}

}  // namespace factlint
