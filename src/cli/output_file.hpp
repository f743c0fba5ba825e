// Writing an output file so that it is never seen half-written. Entry points:
// write_file_atomically(), and OutputFile for output written as it is made.
#pragma once

#include <optional>
#include <ostream>
#include <streambuf>
#include <vector>
#include <string>
#include <string_view>

#include "factlint/model/diagnostic.hpp"

namespace factlint::cli {

// An output written piece by piece. Where the pieces go depends on what
// `path` is when open() is called:
//   - missing, or a regular file: a temporary file next to it; commit()
//     flushes it to disk and renames it over `path`. Destroyed without
//     commit() (an error, an interrupted run), the temporary file is removed
//     and `path` is left as it was. An existing file keeps its permission
//     bits (and, as root, its owner); a new one gets 0666 less the umask.
//   - a symbolic link: followed (up to 40 links); what it leads to is treated
//     as above, and the link itself is left in place.
//   - a character or block device (/dev/null), a FIFO or a socket: written in
//     place, as it goes; nothing is renamed, and the node is never replaced.
//   - an open descriptor named as a file (/dev/stdout, /dev/stderr,
//     /dev/fd/N, /proc/self/fd/N): written to that descriptor, as it goes.
//   - a folder: open() fails.
// "-" writes to standard output as it goes.
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
  std::string path_;    // as the user gave it, for messages
  std::string target_;  // the file to replace: `path_` with its links followed
  std::string temp_;    // the temporary file; empty when writing in place
  int fd_ = -1;
  bool in_place_ = false;  // a device, FIFO or descriptor: written as it goes
  unsigned mode_ = 0644;   // the permission bits the file gets
  long owner_ = -1, group_ = -1;  // an existing file's owner, kept when we may
  int slot_ = -1;  // where the signal handler knows the temporary file from
  std::optional<Diagnostic> failure_;
};

// An std::ostream onto an OutputFile, buffered, so that a reporter writes
// its bytes into the file as it makes them (a report of 500 MB is never held
// as one string). Writes go nowhere once the file has failed; commit the
// OutputFile after destroying or flushing the stream.
//
//   OutputFile file("report.json");
//   if (auto error = file.open()) return *error;
//   { OutputStream out(file); reporter->write(report, out); }
//   if (auto error = file.commit()) return *error;
class OutputStream : public std::ostream {
 public:
  explicit OutputStream(OutputFile& file);
  ~OutputStream() override;

 private:
  class Buffer : public std::streambuf {
   public:
    explicit Buffer(OutputFile& file);
    int sync() override;
    int_type overflow(int_type c) override;

   private:
    OutputFile& file_;
    std::vector<char> bytes_;
  };
  Buffer buffer_;
};

// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporary
// files of every OutputFile not yet committed, then end the process by the
// same signal: an interrupted run leaves no half-written output behind, and
// the files it was to replace as they were. Called once, from main().
void remove_unfinished_outputs_on_signal();

// The process's umask (the permission bits new files do not get), read
// without changing it.
unsigned creation_mask();

// Writes `content` to `path` as OutputFile does (in one go): a regular or
// missing file is replaced atomically, a device, FIFO or descriptor written in
// place. On failure returns why, and leaves a regular `path` as it was (and no
// temporary file behind).
std::optional<Diagnostic> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace factlint::cli
