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

#include <sys/stat.h>

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
  // Stories are told apart by their folder's device and inode, so that a
  // story named twice (by two spellings, or through a link) is read once.
  struct Found {
    StoryInput input;
    bool whole = false;  // the folder itself was named: every article in it
  };
  std::vector<Found> found;
  std::map<std::pair<dev_t, ino_t>, std::size_t> index_of;
  auto add = [&](const fs::path& dir, const std::string* file) {
    struct stat info {};
    const bool known = ::stat(dir.c_str(), &info) == 0;
    const auto key = known ? std::make_pair(info.st_dev, info.st_ino) : std::make_pair(dev_t{0}, ino_t(found.size()));
    auto [it, inserted] = index_of.try_emplace(key, found.size());
    if (inserted) {
      Found story;
      story.input.id = story_id(dir);
      story.input.dir = dir.lexically_normal().string();
      found.push_back(std::move(story));
    }
    Found& story = found[it->second];
    if (file == nullptr) {
      story.whole = true;
      story.input.files.clear();
    } else if (!story.whole) {
      story.input.files.push_back(*file);
    }
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
      const std::string file = path.lexically_normal().string();
      add(dir, &file);
    } else if (fs::is_directory(status)) {
      if (is_story_dir(path)) {
        add(path, nullptr);
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
      for (const fs::path& child : children) add(child, nullptr);
    } else {
      errors.push_back({raw, 0, 0, "neither a file nor a folder", "give a corpus folder, a story folder or an article (.txt) file"});
    }
  }
  if (!errors.empty()) return errors;

  std::vector<StoryInput> out;
  out.reserve(found.size());
  for (Found& story : found) {
    std::vector<std::string>& files = story.input.files;
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    out.push_back(std::move(story.input));
  }
  std::sort(out.begin(), out.end(),
            [](const StoryInput& a, const StoryInput& b) { return std::tie(a.id, a.dir) < std::tie(b.id, b.dir); });
  return out;
}

std::vector<std::string> article_files(const StoryInput& input) {
  return input.files.empty() ? articles_in(input.dir) : input.files;
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

  for (const std::string& file : article_files(input)) {
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
