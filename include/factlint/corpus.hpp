// The corpus on disk: which stories and articles a list of paths names, and
// reading them. Entry points: discover_stories(), then load_story().
//
// A path may be a corpus (a folder of story folders), a story folder (it holds
// *.txt files or a story.yaml), or one article file (*.txt; its story is the
// folder holding it). See docs/corpus.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "factlint/model/diagnostic.hpp"
#include "factlint/model/document.hpp"
#include "factlint/model/report.hpp"
#include "factlint/review.hpp"
#include "factlint/story.hpp"

namespace factlint {

// A story to read: its folder and the article files chosen in it.
struct StoryInput {
  std::string id;   // the folder's name
  std::string dir;  // the folder as the user reaches it
  // The articles named one by one (paths given as files), sorted by file
  // name; empty when the folder itself was named, and then every article in
  // it is read: article_files() lists them when the story is loaded, so that
  // a corpus of a million stories is not held as a million file lists.
  std::vector<std::string> files;
};

// Resolves paths into stories, sorted by id; a story or file named twice is
// read once. Fails when a path does not exist, or is neither a folder nor a
// *.txt file.
Result<std::vector<StoryInput>> discover_stories(const std::vector<std::string>& paths);

// The article paths of a story, sorted by file name: `input.files`, or every
// *.txt file in its folder (hidden files skipped) when that is empty.
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
// skipped, with a Diagnostic, when it cannot be read, is larger than
// options.max_file_size, is a symbolic link out of the story folder, or is not
// UTF-8 text (make_document()).
LoadedStory load_story(const StoryInput& input, const LoadOptions& options = {});

}  // namespace factlint
