// The corpus on disk: which stories and articles a list of paths names, and
// reading them. Entry points: discover_stories(), then load_story().
//
// A path may be a corpus (a folder of story folders), a story folder (it holds
// *.txt files or a story.yaml), or one article file (*.txt; its story is the
// folder holding it). See docs/corpus.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/model/document.hpp"
#include "factlint/model/report.hpp"
#include "factlint/review.hpp"
#include "factlint/story.hpp"

namespace factlint {

// An article given as a line of article JSON Lines rather than as a file.
struct InlineArticle {
  std::string id;       // "id"
  std::string text;     // "text": the article, as a file would hold it
  ArticleMeta meta;     // "outlet", "published"
  std::string origin;   // where the line is ("articles.jsonl:17"), for messages
};

// A story given as article JSON Lines: what story.yaml would say (title,
// subject, aliases, country, year, from the lines), and its articles, sorted
// by id.
struct LinesStory {
  StoryMeta meta;
  std::vector<InlineArticle> articles;
};

// A story to read: its folder and the article files chosen in it, or the
// articles given as JSON Lines.
struct StoryInput {
  std::string id;   // the folder's name
  std::string dir;  // the folder as the user reaches it
  // The articles named one by one (paths given as files), sorted by file
  // name; empty when the folder itself was named, and then every article in
  // it is read: article_files() lists them when the story is loaded, so that
  // a corpus of a million stories is not held as a million file lists.
  std::vector<std::string> files;
  // Set for a story read from JSON Lines (add_article_lines()): it has no
  // folder (`dir` is its id, `files` is empty). Shared, so that copies of the
  // input do not copy the texts.
  std::shared_ptr<LinesStory> lines;
};

// Resolves paths into stories, sorted by id; a story or file named twice is
// read once. A *.jsonl file holds articles as JSON Lines (add_article_lines()).
// Fails when a path does not exist, or is neither a folder, a *.txt file nor a
// *.jsonl file, or when a *.jsonl file has a bad line.
Result<std::vector<StoryInput>> discover_stories(const std::vector<std::string>& paths);

// Adds the articles of article JSON Lines to `stories`: one JSON object a
// line, {"story": ID, "id": ID, "text": TEXT} with optional "published"
// (YYYY-MM-DD) and "outlet", and what story.yaml would say of the story:
// "title", "subject", "aliases" (a list), "country", "year" (every line of a
// story that gives one must agree). Lines of one story may be anywhere in
// the text and in several texts; they join the story of `stories` read from
// lines with that id, or make a new one (`stories` stays sorted by id). A
// document's path is STORY/ID: it is not a file. `name` names the text in
// errors ("articles.jsonl", "<stdin>"). Returns the errors, each naming
// name:line:column: a line that is not JSON or not valid UTF-8, a missing or
// unknown key, a value of the wrong type, a malformed date, a country that is
// not two capital letters, an article id given twice in a story, story
// metadata that differs between lines. On
// errors, `stories` may have taken some of the lines.
std::vector<Diagnostic> add_article_lines(std::vector<StoryInput>& stories, std::string_view name, std::string_view text);

// The article paths of a story, sorted by file name: `input.files`, or every
// *.txt entry of its folder that is not a folder (hidden ones skipped) when
// that is empty.
std::vector<std::string> article_files(const StoryInput& input);

// A story read from disk. `documents` holds the articles that could be read;
// `records` lists every article, read or skipped, with the reason it was
// skipped; `errors` holds the Diagnostics for skipped articles and for a
// broken story.yaml (then every article is skipped: its metadata decides what
// the claims are about, so guessing would mislead) or review.yaml (then the
// review is empty and the run fails with exit code 2).
struct LoadedStory {
  StoryInput input;
  StoryMeta meta;
  bool has_story_yaml = false;
  Review review;  // the story's review.yaml (docs/review.md); empty when there is none
  std::vector<Document> documents;
  std::vector<DocumentRecord> records;
  std::vector<Diagnostic> errors;
};

// How stories are read.
struct LoadOptions {
  // Articles larger than this are skipped, with the reason (--max-file-size).
  std::uint64_t max_file_size = 64ull << 20;
};

// Reads a story: its story.yaml, review.yaml and articles. An article is
// skipped, with a Diagnostic, when it cannot be read, is not a regular file (a
// FIFO, a device or a socket: never opened, so that it cannot block the run or
// act on being opened), is larger than options.max_file_size, is a symbolic
// link out of the story folder, or is not UTF-8 text (make_document()). A
// story.yaml or review.yaml that is not a regular file is an error, as a
// broken one is.
LoadedStory load_story(const StoryInput& input, const LoadOptions& options = {});

}  // namespace factlint
