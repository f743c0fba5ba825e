// The corpus on disk: resolving paths into stories, and reading a story's
// story.yaml and articles. Entry points: discover_stories(), load_story().
//
// This is the only part of the library that reads files; it reports every
// problem as a Diagnostic and never stops a run for one bad article.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "factlint/corpus.hpp"
#include "factlint/documents.hpp"

namespace factlint {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kStoryFile = "story.yaml";

bool is_hidden(const fs::path& p) { return !p.filename().empty() && p.filename().string()[0] == '.'; }

bool is_article(const fs::path& p) {
  std::error_code ec;
  return p.extension() == ".txt" && !is_hidden(p) && fs::is_regular_file(p, ec);
}

// A folder is a story when it holds a story.yaml or an article.
bool is_story_dir(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir / kStoryFile, ec)) return true;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (is_article(entry.path())) return true;
  return false;
}

std::vector<std::string> articles_in(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (is_article(entry.path())) files.push_back(entry.path().lexically_normal().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string story_id(const fs::path& dir) {
  fs::path name = dir.lexically_normal().filename();
  if (name.empty() || name == "." || name == "..") {
    std::error_code ec;
    name = fs::weakly_canonical(dir, ec).filename();
  }
  return name.string();
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Diagnostic{path, 0, 0, fmt::format("cannot read the file: {}", std::strerror(errno)),
                      "check that the file exists and that you may read it"};
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Diagnostic{path, 0, 0, fmt::format("reading the file failed: {}", std::strerror(errno)), ""};
  return bytes.str();
}

}  // namespace

Result<std::vector<StoryInput>> discover_stories(const std::vector<std::string>& paths) {
  std::vector<Diagnostic> errors;
  std::map<std::string, StoryInput> stories;  // keyed by canonical folder, so a story named twice is read once
  auto add = [&](const fs::path& dir, const std::vector<std::string>& files) {
    std::error_code ec;
    const std::string key = fs::weakly_canonical(dir, ec).string();
    auto [it, inserted] = stories.try_emplace(key);
    StoryInput& story = it->second;
    if (inserted) {
      story.id = story_id(dir);
      story.dir = dir.lexically_normal().string();
    }
    for (const std::string& f : files)
      if (std::find(story.files.begin(), story.files.end(), f) == story.files.end()) story.files.push_back(f);
  };

  for (const std::string& raw : paths) {
    const fs::path path(raw);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      errors.push_back({raw, 0, 0, "no such file or folder",
                        "give a corpus folder, a story folder or an article (.txt) file"});
    } else if (fs::is_regular_file(status)) {
      if (path.extension() != ".txt") {
        errors.push_back({raw, 0, 0, "not an article: articles are .txt files",
                          "give a corpus folder, a story folder or an article (.txt) file"});
        continue;
      }
      fs::path dir = path.parent_path();
      if (dir.empty()) dir = ".";
      add(dir, {path.lexically_normal().string()});
    } else if (fs::is_directory(status)) {
      if (is_story_dir(path)) {
        add(path, articles_in(path));
        continue;
      }
      std::vector<fs::path> children;
      for (const auto& entry : fs::directory_iterator(path, ec))
        if (entry.is_directory() && !is_hidden(entry.path()) && is_story_dir(entry.path())) children.push_back(entry.path());
      std::sort(children.begin(), children.end());
      if (children.empty()) {
        errors.push_back({raw, 0, 0, "no stories here: neither this folder nor its sub-folders hold .txt articles or a story.yaml",
                          "a corpus is a folder of story folders; a story folder holds *.txt articles and an optional story.yaml"});
      }
      for (const fs::path& child : children) add(child, articles_in(child));
    } else {
      errors.push_back({raw, 0, 0, "neither a file nor a folder", "give a corpus folder, a story folder or an article (.txt) file"});
    }
  }
  if (!errors.empty()) return errors;

  std::vector<StoryInput> out;
  for (auto& [key, story] : stories) {
    std::sort(story.files.begin(), story.files.end());
    out.push_back(std::move(story));
  }
  std::sort(out.begin(), out.end(),
            [](const StoryInput& a, const StoryInput& b) { return std::tie(a.id, a.dir) < std::tie(b.id, b.dir); });
  return out;
}

LoadedStory load_story(const StoryInput& input) {
  LoadedStory story;
  story.input = input;
  const fs::path dir(input.dir);
  const std::string yaml_path = (dir / kStoryFile).lexically_normal().string();

  bool yaml_ok = true;
  std::error_code ec;
  if (fs::exists(yaml_path, ec)) {
    story.has_story_yaml = true;
    Result<std::string> text = read_file(yaml_path);
    Result<StoryMeta> meta = text ? parse_story_yaml(yaml_path, *text) : Result<StoryMeta>(text.errors());
    if (meta) {
      story.meta = std::move(meta.value());
    } else {
      yaml_ok = false;
      story.errors = meta.errors();
    }
  }
  const std::string review_path = (dir / std::string(kReviewFile)).lexically_normal().string();
  if (fs::exists(review_path, ec)) {
    Result<std::string> text = read_file(review_path);
    Result<Review> review = text ? parse_review(review_path, *text) : Result<Review>(text.errors());
    if (review) story.review = std::move(review.value());
    else story.errors.insert(story.errors.end(), review.errors().begin(), review.errors().end());
  }
  if (yaml_ok) {
    for (const ArticleEntry& entry : story.meta.articles) {
      if (!fs::is_regular_file(dir / entry.file, ec)) {
        story.errors.push_back({yaml_path, entry.line, entry.column,
                                fmt::format("story.yaml lists '{}', which is not in {}", entry.file, input.dir),
                                "fix the file name, or remove the entry"});
      }
    }
  }

  for (const std::string& file : input.files) {
    const fs::path p(file);
    DocumentRecord record{p.stem().string(), file, true, "", "", ""};
    if (!yaml_ok) {
      record.processed = false;
      record.error = fmt::format("skipped: {} is invalid", yaml_path);
      story.records.push_back(std::move(record));
      continue;
    }
    Result<std::string> bytes = read_file(file);
    const ArticleEntry* entry = story.meta.article(p.filename().string());
    if (entry != nullptr) {
      record.outlet = entry->meta.outlet;
      if (const auto& d = entry->meta.published) record.published = fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day);
    }
    Result<Document> doc = bytes ? make_document(record.id, file, std::move(bytes.value()), entry ? entry->meta : ArticleMeta{})
                                 : Result<Document>(bytes.errors());
    if (doc) {
      story.documents.push_back(std::move(doc.value()));
    } else {
      record.processed = false;
      record.error = doc.errors().front().message;
      story.errors.insert(story.errors.end(), doc.errors().begin(), doc.errors().end());
    }
    story.records.push_back(std::move(record));
  }
  std::sort(story.records.begin(), story.records.end(),
            [](const DocumentRecord& a, const DocumentRecord& b) { return a.id < b.id; });
  return story;
}

}  // namespace factlint
