// story.yaml: parsed strictly, every problem reported with its position.
// Entry point: parse_story_yaml().
#include <cctype>

#include <fmt/format.h>

#include "factlint/story.hpp"
#include "yaml/yaml_reader.hpp"

namespace factlint {
namespace {

// A `file:` value must name a file directly inside the story folder.
bool is_plain_file_name(std::string_view name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string_view::npos &&
         name.find('\\') == std::string_view::npos && name.find('\0') == std::string_view::npos;
}

}  // namespace

std::optional<CivilDate> parse_civil_date(std::string_view s) {
  auto digits = [&](std::size_t from, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  CivilDate d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(0, 4, d.year) || !digits(5, 2, d.month) || !digits(8, 2, d.day)) return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1]) return std::nullopt;
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.month == 2 && d.day == 29 && !leap) return std::nullopt;
  return d;
}

const ArticleEntry* StoryMeta::article(std::string_view file) const {
  for (const ArticleEntry& a : articles)
    if (a.file == file) return &a;
  return nullptr;
}

Result<StoryMeta> parse_story_yaml(const std::string& path, std::string_view text) {
  std::vector<Diagnostic> errors;
  auto root = detail::parse_yaml(path, text, errors);
  if (!root) return errors;
  StoryMeta meta;
  if (root->IsNull()) return meta;  // an empty story.yaml says nothing, which is allowed

  detail::YamlMap map(path, *root, {"title", "subject", "aliases", "country", "year", "articles"}, errors,
                      "story.yaml");
  if (map.valid()) {
    meta.title = map.string("title");
    meta.subject = map.string("subject");
    meta.aliases = map.strings("aliases");
    meta.country = map.string("country");
    if (!meta.country.empty()) {
      const bool ok = meta.country.size() == 2 && std::isalpha(static_cast<unsigned char>(meta.country[0])) &&
                      std::isalpha(static_cast<unsigned char>(meta.country[1]));
      if (!ok) {
        errors.push_back(detail::error_at(path, map.node("country"),
                                          fmt::format("country '{}' is not an ISO 3166-1 two-letter code", meta.country),
                                          "write the two-letter code, such as KR, US or GB"));
      }
      for (char& c : meta.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    meta.year = map.integer("year");
    if (meta.year && (*meta.year < 1000 || *meta.year > 9999)) {
      errors.push_back(detail::error_at(path, map.node("year"), fmt::format("year {} is not a four-digit year", *meta.year)));
    }
    for (const YAML::Node& item : map.sequence("articles")) {
      detail::YamlMap entry(path, item, {"file", "outlet", "published", "language"}, errors, "an article entry");
      if (!entry.valid()) continue;
      ArticleEntry article;
      article.line = item.Mark().line + 1;
      article.column = item.Mark().column + 1;
      article.file = entry.string("file", /*required=*/true);
      article.meta.outlet = entry.string("outlet");
      article.meta.language = entry.string("language");
      if (!article.file.empty() && !is_plain_file_name(article.file)) {
        errors.push_back(detail::error_at(path, entry.node("file"),
                                          fmt::format("'{}' is not a file name inside the story folder", article.file),
                                          "write the article's file name only, with no folder: 001_article.txt"));
      }
      if (!article.file.empty() && meta.article(article.file) != nullptr) {
        errors.push_back(detail::error_at(path, entry.node("file"),
                                          fmt::format("'{}' is listed twice", article.file),
                                          "list each article once"));
      }
      const std::string published = entry.string("published");
      if (!published.empty()) {
        if (auto date = parse_civil_date(published)) {
          article.meta.published = *date;
        } else {
          errors.push_back(detail::error_at(path, entry.node("published"),
                                            fmt::format("'{}' is not a date of the form YYYY-MM-DD", published),
                                            "write the publication date as 2025-12-10"));
        }
      }
      meta.articles.push_back(std::move(article));
    }
  }
  if (!errors.empty()) return errors;
  return meta;
}

}  // namespace factlint
