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

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "factlint/corpus.hpp"
#include "factlint/documents.hpp"

namespace factlint {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kStoryFile = "story.yaml";
constexpr std::uint64_t kNoLimit = ~std::uint64_t{0};

bool is_hidden(const fs::path& p) { return !p.filename().empty() && p.filename().string()[0] == '.'; }

// An article is any *.txt entry that is not a folder: a FIFO, a device or a
// broken link among them is listed (and then skipped with what it is), never
// dropped unseen.
bool is_article(const fs::path& p) {
  std::error_code ec;
  return p.extension() == ".txt" && !is_hidden(p) && !fs::is_directory(p, ec);
}

// A folder is a story when it holds a story.yaml or an article.
bool is_story_dir(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(dir / kStoryFile, ec))) return true;
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

// "64 MiB", "1.5 GiB", "900 bytes".
std::string size_text(std::uint64_t bytes) {
  if (bytes >= (1ull << 30)) return fmt::format("{:.1f} GiB", static_cast<double>(bytes) / (1ull << 30));
  if (bytes >= (1ull << 20)) return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1ull << 20));
  if (bytes >= (1ull << 10)) return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / (1ull << 10));
  return fmt::format("{} bytes", bytes);
}

// What a file that is not a regular file is, for messages: "a FIFO".
std::string_view kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "an unknown kind of file";
}

Diagnostic cannot_read(const std::string& path, int error) {
  return Diagnostic{path, 0, 0, fmt::format("cannot read the file: {}", std::strerror(error)),
                    "check that the file exists and that you may read it"};
}

// The file's bytes, read in one piece (so that a file costs its size in
// memory, not twice that); refuses a file larger than `max_size`. Only a
// regular file (or a link to one) is read: a FIFO would block the run, a
// device never end or act on being opened, so they are refused by what they
// are, unopened.
Result<std::string> read_file(const std::string& path, std::uint64_t max_size = kNoLimit) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return cannot_read(path, errno);
  auto not_regular = [&](mode_t mode) {
    return Diagnostic{path, 0, 0, fmt::format("{}, not a regular file: it was not opened", kind_of(mode)),
                      "articles, story.yaml and review.yaml must be regular files"};
  };
  if (!S_ISREG(info.st_mode)) return not_regular(info.st_mode);
  // O_NONBLOCK: should the file have been swapped for a FIFO since, opening
  // it does not wait for a writer; fstat then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return cannot_read(path, errno);
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return not_regular(info.st_mode);
  }
  ::close(fd);
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return cannot_read(path, errno);
  const std::streamoff size = in.tellg();
  if (size < 0) return Diagnostic{path, 0, 0, "cannot read the file: it has no size", ""};
  if (static_cast<std::uint64_t>(size) > max_size) {
    return Diagnostic{path, 0, 0,
                      fmt::format("the file is {}, more than the {} --max-file-size allows", size_text(static_cast<std::uint64_t>(size)),
                                  size_text(max_size)),
                      "raise the limit (--max-file-size 1G), or split the article"};
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  if (in.gcount() != size) {
    return Diagnostic{path, 0, 0, fmt::format("reading the file failed: {}", std::strerror(errno)),
                      "check that the file is not being written to"};
  }
  return bytes;
}

// Where `file` leads when it is a symbolic link out of `dir` (its target), or
// "" when it is inside: a story folder may link its articles from elsewhere in
// itself, never from outside, so that a story cannot be made to read
// /etc/passwd.
std::string escapes_folder(const fs::path& file, const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(file, ec))) return "";
  const fs::path target = fs::weakly_canonical(file, ec);
  const fs::path root = fs::weakly_canonical(dir, ec);
  const auto [end, _] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  return end == root.end() ? "" : target.string();
}

}  // namespace

Result<std::vector<StoryInput>> discover_stories(const std::vector<std::string>& paths) {
  std::vector<Diagnostic> errors;
  // Stories are told apart by their folder's device and inode, so that a
  // story named twice (by two spellings, or through a link) is read once.
  // A corpus may hold a million stories: each costs its StoryInput and one
  // map entry here, nothing more.
  std::vector<StoryInput> found;
  std::vector<char> whole;  // per story: the folder itself was named, so every article in it
  std::map<std::pair<dev_t, ino_t>, std::size_t> index_of;
  std::vector<StoryInput> from_lines;  // stories given as article JSON Lines
  auto add = [&](const fs::path& dir, const std::string* file) {
    struct stat info {};
    const bool known = ::stat(dir.c_str(), &info) == 0;
    const auto key = known ? std::make_pair(info.st_dev, info.st_ino) : std::make_pair(dev_t{0}, ino_t(found.size()));
    auto [it, inserted] = index_of.try_emplace(key, found.size());
    if (inserted) {
      StoryInput story;
      story.id = story_id(dir);
      // "corpus/acme/" and "corpus/acme" are one story, with one path.
      story.dir = dir.lexically_normal().string();
      if (story.dir.size() > 1 && story.dir.back() == '/') story.dir.pop_back();
      found.push_back(std::move(story));
      whole.push_back(0);
    }
    StoryInput& story = found[it->second];
    if (file == nullptr) {
      whole[it->second] = 1;
      story.files.clear();
    } else if (!whole[it->second]) {
      story.files.push_back(*file);
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
      if (path.extension() == ".jsonl") {
        Result<std::string> text = read_file(raw);
        std::vector<Diagnostic> bad = text ? add_article_lines(from_lines, raw, *text) : text.errors();
        errors.insert(errors.end(), bad.begin(), bad.end());
        continue;
      }
      if (path.extension() != ".txt") {
        errors.push_back({raw, 0, 0, "not an article: articles are .txt files, or JSON Lines (.jsonl)",
                          "give a corpus folder, a story folder, an article (.txt) file or article JSON Lines (.jsonl)"});
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
      // In directory order: the stories are sorted at the end.
      bool any = false;
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        if (entry.is_directory() && !is_hidden(entry.path()) && is_story_dir(entry.path())) {
          add(entry.path(), nullptr);
          any = true;
        }
      }
      if (!any) {
        errors.push_back({raw, 0, 0, "no stories here: neither this folder nor its sub-folders hold .txt articles or a story.yaml",
                          "a corpus is a folder of story folders; a story folder holds *.txt articles and an optional story.yaml"});
      }
    } else if (path.extension() == ".txt") {
      // A FIFO or a device named as an article: listed, and skipped with
      // what it is when the story is read.
      fs::path dir = path.parent_path();
      if (dir.empty()) dir = ".";
      const std::string file = path.lexically_normal().string();
      add(dir, &file);
    } else {
      errors.push_back({raw, 0, 0, "neither a file nor a folder", "give a corpus folder, a story folder or an article (.txt) file"});
    }
  }
  if (!errors.empty()) return errors;

  index_of.clear();
  for (StoryInput& story : found) {
    std::sort(story.files.begin(), story.files.end());
    story.files.erase(std::unique(story.files.begin(), story.files.end()), story.files.end());
  }
  found.insert(found.end(), std::make_move_iterator(from_lines.begin()), std::make_move_iterator(from_lines.end()));
  std::sort(found.begin(), found.end(),
            [](const StoryInput& a, const StoryInput& b) { return std::tie(a.id, a.dir) < std::tie(b.id, b.dir); });
  found.shrink_to_fit();
  return found;
}

std::vector<std::string> article_files(const StoryInput& input) {
  return input.files.empty() ? articles_in(input.dir) : input.files;
}

namespace {

// A story given as article JSON Lines: no folder, no story.yaml, no review.
LoadedStory load_story_from_lines(const StoryInput& input, const LoadOptions& options) {
  LoadedStory story;
  story.input = input;
  story.meta = input.lines->meta;
  for (const InlineArticle& article : input.lines->articles) {
    DocumentRecord record{article.id, input.id + "/" + article.id, true, "", article.meta.outlet, "", {}};
    if (const auto& d = article.meta.published) record.published = fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day);
    Result<Document> doc =
        article.text.size() > options.max_file_size
            ? Result<Document>(Diagnostic{record.path, 0, 0,
                                          fmt::format("the article is {}, more than the {} --max-file-size allows",
                                                      size_text(article.text.size()), size_text(options.max_file_size)),
                                          "raise the limit (--max-file-size 1G), or split the article"})
            : make_document(record.id, record.path, article.text, article.meta);
    if (doc) {
      story.documents.push_back(std::move(doc.value()));
    } else {
      record.processed = false;
      record.error = fmt::format("{} (the line at {})", doc.errors().front().message, article.origin);
      story.errors.insert(story.errors.end(), doc.errors().begin(), doc.errors().end());
    }
    story.records.push_back(std::move(record));
  }
  return story;
}

}  // namespace

LoadedStory load_story(const StoryInput& input, const LoadOptions& options) {
  if (input.lines) return load_story_from_lines(input, options);
  LoadedStory story;
  story.input = input;
  const fs::path dir(input.dir);
  const std::string yaml_path = (dir / kStoryFile).lexically_normal().string();

  bool yaml_ok = true;
  std::error_code ec;
  if (fs::exists(fs::symlink_status(yaml_path, ec))) {
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
  if (fs::exists(fs::symlink_status(review_path, ec))) {
    Result<std::string> text = read_file(review_path);
    Result<Review> review = text ? parse_review(review_path, *text) : Result<Review>(text.errors());
    if (review) story.review = std::move(review.value());
    else story.errors.insert(story.errors.end(), review.errors().begin(), review.errors().end());
  }
  if (yaml_ok) {
    for (const ArticleEntry& entry : story.meta.articles) {
      if (!fs::exists(fs::symlink_status(dir / entry.file, ec))) {
        story.errors.push_back({yaml_path, entry.line, entry.column,
                                fmt::format("story.yaml lists '{}', which is not in {}", entry.file, input.dir),
                                "fix the file name, or remove the entry"});
      }
    }
  }

  for (const std::string& file : article_files(input)) {
    const fs::path p(file);
    DocumentRecord record{p.stem().string(), file, true, "", "", "", {}};
    if (!yaml_ok) {
      record.processed = false;
      record.error = fmt::format("skipped: {} is invalid", yaml_path);
      story.records.push_back(std::move(record));
      continue;
    }
    const std::string outside = escapes_folder(p, dir);
    Result<std::string> bytes =
        outside.empty() ? read_file(file, options.max_file_size)
                        : Result<std::string>(Diagnostic{file, 0, 0, fmt::format("a symbolic link to {}, outside the story folder", outside),
                                                         "copy the article into the story folder"});
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
