// Atomic output files: temporary file, fsync, rename. Entry points:
// OutputFile, write_file_atomically().
#include "cli/output_file.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace factlint::cli {
namespace {

// The temporary files not yet committed, for the signal handler: fixed slots
// of plain characters, because a handler may not allocate or take a lock.
constexpr std::size_t kSlots = 64;
constexpr std::size_t kLongestPath = 4096;
char g_unfinished[kSlots][kLongestPath];
std::atomic<bool> g_used[kSlots];

int remember(const std::string& temp) {
  if (temp.size() >= kLongestPath) return -1;
  for (std::size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (g_used[i].compare_exchange_strong(expected, true)) {
      std::memcpy(g_unfinished[i], temp.c_str(), temp.size() + 1);
      return static_cast<int>(i);
    }
  }
  return -1;  // more than kSlots outputs at once: this one is not cleaned up on a signal
}

void forget(int slot) {
  if (slot >= 0) g_used[static_cast<std::size_t>(slot)].store(false);
}

extern "C" void remove_unfinished_and_die(int signal_number) {
  for (std::size_t i = 0; i < kSlots; ++i)
    if (g_used[i].load()) ::unlink(g_unfinished[i]);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

void remove_unfinished_outputs_on_signal() {
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal_number, remove_unfinished_and_die);
}

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {}

OutputFile::~OutputFile() {
  if (fd_ >= 0 && fd_ != STDOUT_FILENO) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
  forget(slot_);
}

std::optional<Diagnostic> OutputFile::open() {
  if (path_ == "-") {
    fd_ = STDOUT_FILENO;
    return std::nullopt;
  }
  namespace fs = std::filesystem;
  const fs::path target(path_);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  temp_ = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0) {
    return Diagnostic{path_, 0, 0, fmt::format("cannot create a file next to the output: {}", std::strerror(errno)),
                      "check that the folder exists and that you may write to it"};
  }
  slot_ = remember(temp_);
  return std::nullopt;
}

void OutputFile::write(std::string_view content) {
  if (failure_ || fd_ < 0) return;
  for (std::size_t written = 0; written < content.size();) {
    const ssize_t n = ::write(fd_, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      failure_ = Diagnostic{path_, 0, 0, fmt::format("cannot write the output: {}", std::strerror(errno)),
                            path_ == "-" ? "" : "check the disk space and permissions"};
      return;
    }
    written += static_cast<std::size_t>(n);
  }
}

std::optional<Diagnostic> OutputFile::commit() {
  if (fd_ == STDOUT_FILENO) {
    fd_ = -1;
    return failure_;
  }
  if (fd_ < 0) return Diagnostic{path_, 0, 0, "the output was never opened", "please report this as a bug"};
  auto fail = [&](std::optional<Diagnostic> why) {
    ::close(fd_);
    ::unlink(temp_.c_str());
    fd_ = -1;
    return why;
  };
  if (failure_) return fail(failure_);
  auto failed = [&](std::string_view what) {
    return Diagnostic{path_, 0, 0, fmt::format("{}: {}", what, std::strerror(errno)), "check the disk space and permissions"};
  };
  if (::fchmod(fd_, 0644) != 0) return fail(failed("cannot set the output's permissions"));
  if (::fsync(fd_) != 0) return fail(failed("cannot flush the output to disk"));
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const Diagnostic why = failed("cannot close the output");
    ::unlink(temp_.c_str());
    return why;
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    const Diagnostic why{path_, 0, 0, fmt::format("cannot move the output into place: {}", std::strerror(errno)), ""};
    ::unlink(temp_.c_str());
    return why;
  }
  forget(slot_);
  slot_ = -1;
  return std::nullopt;
}

std::optional<Diagnostic> write_file_atomically(const std::string& path, std::string_view content) {
  OutputFile out(path);
  if (auto error = out.open()) return error;
  out.write(content);
  return out.commit();
}

}  // namespace factlint::cli
