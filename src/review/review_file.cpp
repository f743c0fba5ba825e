// review.yaml: reading it, and recording a decision without disturbing the
// rest of the file. Entry points: parse_review(), set_review_decision().
#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "factlint/review.hpp"
#include "yaml/yaml_reader.hpp"

namespace factlint {
namespace {

constexpr std::string_view kHeader =
    "# Review decisions for this story's findings (docs/review.md).\n"
    "# Edit by hand or with `factlint review resolve|dismiss|confirm ID`.\n";

const std::set<std::string> kStatuses{"confirmed", "dismissed", "resolved"};
const std::set<std::string> kKeys{"status", "value", "note", "by", "at"};

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::size_t indent_of(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool blank_or_comment(std::string_view line) {
  const std::size_t n = indent_of(line);
  return n == line.size() || line[n] == '#' || line.substr(n) == "\r";
}

// The key of a "key:" line (quotes removed), or "".
std::string key_of(std::string_view line) {
  std::string_view rest = line.substr(indent_of(line));
  const std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return "";
  std::string_view key = rest.substr(0, colon);
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
    key = key.substr(1, key.size() - 2);
  return std::string(key);
}

std::string yaml_quoted(std::string_view value) {
  return nlohmann::json(std::string(value)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string entry_block(const ReviewDecision& d, std::size_t indent) {
  const std::string pad(indent, ' '), inner(indent + 2, ' ');
  std::string block = fmt::format("{}{}:\n{}status: {}\n", pad, yaml_quoted(d.finding), inner, d.status);
  if (!d.value.empty()) block += fmt::format("{}value: {}\n", inner, yaml_quoted(d.value));
  if (!d.note.empty()) block += fmt::format("{}note: {}\n", inner, yaml_quoted(d.note));
  if (!d.by.empty()) block += fmt::format("{}by: {}\n", inner, yaml_quoted(d.by));
  if (!d.at.empty()) block += fmt::format("{}at: {}\n", inner, yaml_quoted(d.at));
  return block;
}

}  // namespace

const ReviewDecision* Review::find(std::string_view finding) const {
  for (const ReviewDecision& d : decisions)
    if (d.finding == finding) return &d;
  return nullptr;
}

namespace {

// The decisions in a parsed review.yaml. Keys are checked to be words before
// they are read as text: a YAML key may be a list or a mapping ("? [a]: b").
Result<Review> read_review(const std::string& file, const YAML::Node& root);

}  // namespace

Result<Review> parse_review(std::string_view path, std::string_view text) {
  const std::string file(path);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return Diagnostic{file, e.mark.line + 1, e.mark.column + 1, "review.yaml is not valid YAML: " + detail::yaml_problem(e),
                      "fix the syntax, or rewrite the entry with 'factlint review'"};
  }
  // The net under read_review(): a node it failed to check is an error, not
  // an exception (fuzzing found one; it is checked now).
  try {
    return read_review(file, root);
  } catch (const YAML::Exception& e) {
    return Diagnostic{file, e.mark.line + 1, e.mark.column + 1, "review.yaml could not be read: " + e.msg,
                      "fix the entry, or rewrite it with 'factlint review'"};
  }
}

namespace {

std::string word_of(const YAML::Node& key) { return key.IsScalar() ? key.Scalar() : "(a list or mapping)"; }

Result<Review> read_review(const std::string& file, const YAML::Node& root) {
  Review review;
  if (!root || root.IsNull()) return review;
  auto at = [&](const YAML::Node& n, std::string message, std::string hint) {
    return Diagnostic{file, n.Mark().line + 1, n.Mark().column + 1, std::move(message), std::move(hint)};
  };
  if (!root.IsMap()) return at(root, "review.yaml must be a mapping with a 'findings' key", "start the file with 'findings:'");
  for (const auto& top : root) {
    if (!top.first.IsScalar() || top.first.Scalar() != "findings")
      return at(top.first, fmt::format("unknown key '{}'", word_of(top.first)), "the only top-level key is 'findings'");
  }
  const YAML::Node findings = root["findings"];
  if (!findings || findings.IsNull()) return review;
  if (!findings.IsMap()) return at(findings, "'findings' must map finding ids to decisions", "see docs/review.md");
  std::vector<Diagnostic> errors;
  for (const auto& entry : findings) {
    ReviewDecision d;
    if (!entry.first.IsScalar()) {
      errors.push_back(at(entry.first, "a finding id must be a word", "write the id as 'factlint review' lists it"));
      continue;
    }
    d.finding = entry.first.Scalar();
    d.line = entry.first.Mark().line + 1;
    if (!entry.second.IsMap()) {
      errors.push_back(at(entry.second, fmt::format("the decision on {} must be a mapping", d.finding),
                          "give it 'status:' and, for resolved, 'value:'"));
      continue;
    }
    for (const auto& field : entry.second) {
      const std::string key = word_of(field.first);
      if (!kKeys.count(key)) {
        errors.push_back(at(field.first, fmt::format("unknown key '{}' in the decision on {}", key, d.finding),
                            "the keys are status, value, note, by, at"));
        continue;
      }
      if (!field.second.IsScalar()) {
        errors.push_back(at(field.second, fmt::format("'{}' must be text", key), "quote it: \"...\""));
        continue;
      }
      const std::string v = field.second.Scalar();
      if (key == "status") d.status = v;
      if (key == "value") d.value = v;
      if (key == "note") d.note = v;
      if (key == "by") d.by = v;
      if (key == "at") d.at = v;
    }
    if (!kStatuses.count(d.status)) {
      errors.push_back(at(entry.second["status"] ? entry.second["status"] : entry.first,
                          d.status.empty() ? fmt::format("the decision on {} has no status", d.finding)
                                           : fmt::format("unknown status '{}'", d.status),
                          "status is confirmed, dismissed or resolved"));
      continue;
    }
    if (d.status == "resolved" && d.value.empty()) {
      errors.push_back(at(entry.first, fmt::format("{} is resolved but has no value", d.finding),
                          "add 'value:' with the verified value"));
      continue;
    }
    review.decisions.push_back(std::move(d));
  }
  if (!errors.empty()) return errors;
  return review;
}

}  // namespace

std::string set_review_decision(std::string_view text, const ReviewDecision& decision) {
  std::vector<std::string_view> lines = lines_of(text);
  // Where the findings mapping is: its header line, then its region up to the
  // next top-level key.
  std::size_t header = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (indent_of(lines[i]) == 0 && key_of(lines[i]) == "findings") header = i;
  if (header == lines.size()) {
    std::string out(text);
    if (out.find_first_not_of(" \n\r\t") == std::string::npos) out = std::string(kHeader);
    else if (out.back() != '\n') out += '\n';
    return out + "findings:\n" + entry_block(decision, 2);
  }
  std::size_t end = header + 1;
  while (end < lines.size() && (blank_or_comment(lines[end]) || indent_of(lines[end]) > 0)) ++end;
  // Entries sit at the indentation of the first one.
  std::size_t indent = 2;
  for (std::size_t i = header + 1; i < end; ++i)
    if (!blank_or_comment(lines[i])) {
      indent = indent_of(lines[i]);
      break;
    }
  std::size_t replace_begin = end, replace_end = end;
  for (std::size_t i = header + 1; i < end; ++i) {
    if (blank_or_comment(lines[i]) || indent_of(lines[i]) != indent || key_of(lines[i]) != decision.finding) continue;
    replace_begin = i;
    replace_end = i + 1;
    while (replace_end < end && (indent_of(lines[replace_end]) > indent || lines[replace_end].empty()) &&
           !(lines[replace_end].empty() && (replace_end + 1 >= end || indent_of(lines[replace_end + 1]) <= indent)))
      ++replace_end;
    break;
  }
  if (replace_begin == end) {
    // A new entry goes after the last entry line, before trailing blanks and
    // comments that belong to what follows.
    while (replace_begin > header + 1 && blank_or_comment(lines[replace_begin - 1])) --replace_begin;
    replace_end = replace_begin;
  }
  std::string out;
  for (std::size_t i = 0; i < replace_begin; ++i) out += std::string(lines[i]) + "\n";
  out += entry_block(decision, indent);
  for (std::size_t i = replace_end; i < lines.size(); ++i) out += std::string(lines[i]) + "\n";
  return out;
}

}  // namespace factlint
