// story.yaml: what a story folder says about itself. Entry point:
// parse_story_yaml(). The format is documented in docs/corpus.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/model/document.hpp"

namespace factlint {

struct ArticleEntry {
  std::string file;  // a file name inside the story folder
  ArticleMeta meta;
  int line = 0;      // where the entry is in story.yaml, for errors about it
  int column = 0;
};

struct StoryMeta {
  std::string title;
  std::string subject;               // the organisation the story is about; empty: infer it
  std::vector<std::string> aliases;  // other names of the subject
  std::string country;               // ISO 3166-1 alpha-2, upper case; may be empty
  std::optional<int> year;           // default year for dates written without one
  std::vector<ArticleEntry> articles;

  // The entry for `file`, or nullptr.
  const ArticleEntry* article(std::string_view file) const;
};

// A date of the form YYYY-MM-DD that exists on the calendar; nullopt
// otherwise ("2025-02-30", "2025-2-3").
std::optional<CivilDate> parse_civil_date(std::string_view text);

// Parses story.yaml's text. `path` is only used to name the file in errors.
// Every key is checked: an unknown key, a duplicate key, a value of the wrong
// type, a `file:` that is not a plain file name, or a malformed date is an
// error naming path:line:column.
Result<StoryMeta> parse_story_yaml(const std::string& path, std::string_view text);

}  // namespace factlint
