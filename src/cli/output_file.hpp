// Writing an output file so that it is never seen half-written. Entry points:
// write_file_atomically(), and OutputFile for output written as it is made.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "factlint/model/diagnostic.hpp"

namespace factlint::cli {

// An output written piece by piece: the pieces go to a temporary file next to
// `path`; commit() flushes it to disk and renames it over `path`. Destroyed
// without commit() (an error, an interrupted run), the temporary file is
// removed and `path` is left as it was. "-" writes to standard output as it
// goes (there is nothing to rename).
//
//   OutputFile out("claims.jsonl");
//   if (auto error = out.open()) return *error;
//   out.write(line);            // as often as needed
//   if (auto error = out.commit()) return *error;
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Creates the temporary file; on failure, why.
  std::optional<Diagnostic> open();
  // Appends `content`; after a failure, later writes do nothing and commit()
  // reports the first failure.
  void write(std::string_view content);
  // Flushes and moves the file into place; on failure, why (and `path` is left
  // as it was).
  std::optional<Diagnostic> commit();

 private:
  std::string path_, temp_;
  int fd_ = -1;
  int slot_ = -1;  // where the signal handler knows the temporary file from
  std::optional<Diagnostic> failure_;
};

// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporary
// files of every OutputFile not yet committed, then end the process by the
// same signal: an interrupted run leaves no half-written output behind, and
// the files it was to replace as they were. Called once, from main().
void remove_unfinished_outputs_on_signal();

// Writes `content` to a temporary file next to `path`, flushes it to disk,
// then renames it over `path`. On failure returns why, and leaves `path` as it
// was (and no temporary file behind).
std::optional<Diagnostic> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace factlint::cli
