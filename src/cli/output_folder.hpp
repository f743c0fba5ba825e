// A folder of outputs (the batch report's site) written as a whole or not at
// all. Entry point: OutputFolder. Tested by tests/bad_input/outputs_test.cpp.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "factlint/model/diagnostic.hpp"

namespace factlint::cli {

// The files go into a temporary folder beside `path`; commit() puts that
// folder in `path`'s place in one rename (swapped with an existing folder,
// which is then removed). Destroyed without commit(), the temporary folder is
// removed and `path` is left as it was: a full disk or an error half-way
// leaves the previous site whole.
//
// Because an existing folder is replaced, open() refuses one that holds
// anything but the names in `own` (the files a previous run wrote), so that
// '-o ~/' cannot take a home folder with it.
//
//   OutputFolder site("site", {"index.html", "stories", "report.json"});
//   if (auto error = site.open()) return *error;
//   write_file_atomically(site.file("index.html"), page);
//   if (auto error = site.commit()) return *error;
class OutputFolder {
 public:
  OutputFolder(std::string path, std::set<std::string, std::less<>> own);
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  // Checks `path` (missing, empty, or holding only `own` names) and creates
  // the temporary folder, with the existing folder's permissions or the
  // umask's; on failure, why.
  std::optional<Diagnostic> open();
  // Where the file `relative` ("stories/a.html") is to be written for now.
  std::string file(std::string_view relative) const;
  // Moves the folder into place; on failure, why (and `path` is left as it was).
  std::optional<Diagnostic> commit();

 private:
  std::string path_, temp_;
  std::set<std::string, std::less<>> own_;
  bool committed_ = false;
};

}  // namespace factlint::cli
