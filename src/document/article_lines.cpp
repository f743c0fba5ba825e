// Article JSON Lines: stories whose articles live in a warehouse rather than
// in folders, one article a line. Entry point: add_article_lines()
// (corpus.hpp).
#include <algorithm>
#include <cctype>
#include <limits>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "factlint/corpus.hpp"
#include "text/text.hpp"

namespace factlint {
namespace {

constexpr std::size_t kMaxErrors = 100;
constexpr const char* kHint = "each line is one article: {\"story\": ..., \"id\": ..., \"text\": ...}, optionally with "
                              "\"published\" (YYYY-MM-DD), \"outlet\", the story's \"title\", \"subject\", \"aliases\", "
                              "\"country\", \"year\", and \"factlint_articles\": 1 (docs/corpus.md)";

// The column of `"key"` in the line, or 1.
int column_of_key(std::string_view line, std::string_view key) {
  const std::size_t at = line.find(fmt::format("\"{}\"", key));
  return at == std::string_view::npos ? 1 : detail::column_of(line, at);
}

}  // namespace

std::vector<Diagnostic> add_article_lines(std::vector<StoryInput>& stories, std::string_view name, std::string_view text) {
  std::vector<Diagnostic> errors;
  std::size_t dropped = 0;
  auto error = [&](std::size_t number, int column, std::string message) {
    if (errors.size() >= kMaxErrors) {
      ++dropped;
      return;
    }
    errors.push_back({std::string(name), static_cast<int>(std::min<std::size_t>(number, std::numeric_limits<int>::max())),
                      column, std::move(message), kHint});
  };
  // The stories read from lines, by id; folder stories are left alone.
  std::map<std::string, std::size_t, std::less<>> index;
  for (std::size_t i = 0; i < stories.size(); ++i)
    if (stories[i].lines) index.emplace(stories[i].id, i);
  std::vector<std::size_t> touched;
  std::map<std::size_t, std::map<std::string, std::size_t, std::less<>>> seen;  // story -> article id -> its index

  std::size_t number = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    nlohmann::json json;
    try {
      json = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      error(number, detail::column_of(line, e.byte > 0 ? e.byte - 1 : 0), fmt::format("not a JSON object: {}", e.what()));
      continue;
    } catch (const nlohmann::json::exception& e) {  // a number too large for a double
      error(number, 1, fmt::format("not a JSON object factlint can read: {}", e.what()));
      continue;
    }
    if (!json.is_object()) {
      error(number, 1, "not a JSON object");
      continue;
    }
    // Every key known and of its type, before anything is taken.
    bool bad = false;
    for (const auto& [key, value] : json.items()) {
      static constexpr std::string_view kStrings[] = {"story", "id", "text", "published", "outlet", "subject", "title",
                                                      "country"};
      const bool is_string_key = std::find(std::begin(kStrings), std::end(kStrings), key) != std::end(kStrings);
      std::string_view expected;
      if (is_string_key && !value.is_string()) expected = "a string";
      if (key == "aliases" && !(value.is_array() && std::all_of(value.begin(), value.end(), [](const nlohmann::json& v) {
                                  return v.is_string();
                                }))) {
        expected = "a list of strings";
      }
      if (key == "year" && !(value.is_number_integer() && value.get<long long>() >= 1 && value.get<long long>() <= 9999)) {
        expected = "a year: a whole number such as 2025";
      }
      if (key == "factlint_articles" && !(value.is_number_integer() && value.get<long long>() == 1)) {
        expected = "1, the version of article JSON Lines this factlint reads";
      }
      if (!is_string_key && key != "aliases" && key != "year" && key != "factlint_articles") {
        error(number, column_of_key(line, key), fmt::format("unknown key \"{}\"", key));
        bad = true;
      } else if (!expected.empty()) {
        error(number, column_of_key(line, key), fmt::format("\"{}\" should be {}", key, expected));
        bad = true;
      }
    }
    if (bad) continue;
    for (const char* key : {"story", "id", "text"}) {
      if (!json.contains(key)) error(number, 1, fmt::format("no \"{}\"", key)), bad = true;
    }
    if (bad) continue;
    auto field = [&](const char* key) { return json.contains(key) ? json[key].get<std::string>() : std::string(); };
    InlineArticle article{field("id"), field("text"), {field("outlet"), std::nullopt, ""}, fmt::format("{}:{}", name, number)};
    const std::string story_id = field("story");
    if (story_id.empty() || article.id.empty()) {
      error(number, column_of_key(line, story_id.empty() ? "story" : "id"),
            fmt::format("\"{}\" is empty", story_id.empty() ? "story" : "id"));
      continue;
    }
    if (const std::string published = field("published"); !published.empty()) {
      article.meta.published = parse_civil_date(published);
      if (!article.meta.published) {
        error(number, column_of_key(line, "published"), fmt::format("'{}' is not a date of the form YYYY-MM-DD", published));
        continue;
      }
    }
    // What story.yaml would say, as far as this line says it.
    StoryMeta said;
    said.title = field("title");
    said.subject = field("subject");
    said.country = field("country");
    if (!said.country.empty()) {
      const bool ok = said.country.size() == 2 && std::isalpha(static_cast<unsigned char>(said.country[0])) &&
                      std::isalpha(static_cast<unsigned char>(said.country[1]));
      if (!ok) {
        error(number, column_of_key(line, "country"),
              fmt::format("country '{}' is not an ISO 3166-1 two-letter code", said.country));
        continue;
      }
      for (char& c : said.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (json.contains("aliases")) said.aliases = json["aliases"].get<std::vector<std::string>>();
    if (json.contains("year")) said.year = json["year"].get<int>();

    auto [it, fresh] = index.try_emplace(story_id, stories.size());
    if (fresh) {
      StoryInput story;
      story.id = story_id;
      story.dir = story_id;
      story.lines = std::make_shared<LinesStory>();
      stories.push_back(std::move(story));
    }
    LinesStory& story = *stories[it->second].lines;
    // A story's metadata may be on any of its lines, or on all of them; two
    // lines that say different things are an error, not a choice.
    bool agrees = true;
    auto agree = [&](auto& have, const auto& given, bool given_set, bool have_set, const char* key, auto show) {
      if (!given_set || !agrees) return;
      if (!have_set) {
        have = given;
      } else if (!(have == given)) {
        error(number, column_of_key(line, key),
              fmt::format("story '{}' has \"{}\" {} here but {} on an earlier line", story_id, key, show(given), show(have)));
        agrees = false;
      }
    };
    auto quoted = [](const std::string& v) { return "'" + v + "'"; };
    agree(story.meta.title, said.title, !said.title.empty(), !story.meta.title.empty(), "title", quoted);
    agree(story.meta.subject, said.subject, !said.subject.empty(), !story.meta.subject.empty(), "subject", quoted);
    agree(story.meta.country, said.country, !said.country.empty(), !story.meta.country.empty(), "country", quoted);
    agree(story.meta.aliases, said.aliases, json.contains("aliases"), !story.meta.aliases.empty(), "aliases",
          [](const std::vector<std::string>& v) { return fmt::format("[{}]", fmt::join(v, ", ")); });
    agree(story.meta.year, said.year, said.year.has_value(), story.meta.year.has_value(), "year",
          [](const std::optional<int>& v) { return std::to_string(v.value_or(0)); });
    if (!agrees) continue;
    // Looked up, not searched: a story of 100,000 lines is not 5e9 comparisons.
    auto& ids = seen[it->second];
    if (ids.empty()) {
      for (std::size_t a = 0; a < story.articles.size(); ++a) ids.emplace(story.articles[a].id, a);  // from earlier texts
    }
    if (const auto same = ids.find(article.id); same != ids.end()) {
      error(number, column_of_key(line, "id"),
            fmt::format("story '{}' has article '{}' twice: also at {}", story_id, article.id,
                        story.articles[same->second].origin));
      continue;
    }
    ids.emplace(article.id, story.articles.size());
    story.articles.push_back(std::move(article));
    touched.push_back(it->second);
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (std::size_t i : touched) {
    std::sort(stories[i].lines->articles.begin(), stories[i].lines->articles.end(),
              [](const InlineArticle& a, const InlineArticle& b) { return a.id < b.id; });
  }
  std::stable_sort(stories.begin(), stories.end(),
                   [](const StoryInput& a, const StoryInput& b) { return std::tie(a.id, a.dir) < std::tie(b.id, b.dir); });
  if (dropped > 0) errors.push_back({std::string(name), 0, 0, fmt::format("and {} more bad lines", dropped), ""});
  return errors;
}

}  // namespace factlint
