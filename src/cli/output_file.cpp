// Atomic output files: temporary file, fsync, rename. Entry points:
// OutputFile, write_file_atomically().
#include "cli/output_file.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

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
    if (!in_place_) ::unlink(temp_.c_str());
  }
  forget(slot_);
}

namespace {

// The descriptor a path names, for /dev/stdout, /dev/stderr, /dev/fd/N and
// /proc/self/fd/N (after its "." and ".." are taken lexically); -1 otherwise.
// Such a path is a window onto a descriptor this process already holds: it is
// written through that descriptor (and its offset and O_APPEND), never
// replaced.
int descriptor_named(const std::string& path) {
  const std::string p = std::filesystem::path(path).lexically_normal().generic_string();
  if (p == "/dev/stdout") return STDOUT_FILENO;
  if (p == "/dev/stderr") return STDERR_FILENO;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (!p.starts_with(prefix)) continue;
    const std::string_view digits = std::string_view(p).substr(prefix.size());
    int fd = -1;
    const auto [end, status] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
    if (status == std::errc{} && end == digits.data() + digits.size() && !digits.empty()) return fd;
  }
  return -1;
}

}  // namespace

// Read from /proc: reading it with umask() would set it for a moment, under
// other threads' feet.
unsigned creation_mask() {
  if (FILE* status = std::fopen("/proc/self/status", "r")) {
    char line[256];
    unsigned mask = 0;
    bool found = false;
    while (!found && std::fgets(line, sizeof line, status)) found = std::sscanf(line, "Umask: %o", &mask) == 1;
    std::fclose(status);
    if (found) return mask;
  }
  return 022;
}

std::optional<Diagnostic> OutputFile::open() {
  if (path_ == "-") {
    fd_ = STDOUT_FILENO;
    return std::nullopt;
  }
  namespace fs = std::filesystem;
  auto cannot = [&](std::string what, int error, std::string hint) {
    return Diagnostic{path_, 0, 0, fmt::format("{}: {}", what, std::strerror(error)), std::move(hint)};
  };
  // Follow the links to what they lead to: that is what is replaced, and the
  // links stay as they were.
  std::string target = path_;
  struct stat info {};
  bool exists = false;
  for (int hops = 0;; ++hops) {
    if (const int fd = descriptor_named(target); fd >= 0) {
      fd_ = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
      if (fd_ < 0) return cannot(fmt::format("cannot write to descriptor {}", fd), errno, "is it open for writing?");
      in_place_ = true;
      return std::nullopt;
    }
    if (::lstat(target.c_str(), &info) != 0) {
      if (errno != ENOENT) return cannot("cannot look at the output", errno, "check the path and your permissions");
      break;
    }
    if (!S_ISLNK(info.st_mode)) {
      exists = true;
      break;
    }
    if (hops == 40) return cannot("cannot follow the output's links", ELOOP, "a link leads back to itself");
    std::vector<char> buffer(static_cast<std::size_t>(std::max<off_t>(info.st_size, 255)) + 1);
    const ssize_t n = ::readlink(target.c_str(), buffer.data(), buffer.size() - 1);
    if (n < 0) return cannot("cannot read the output's link", errno, "");
    const fs::path link_target(std::string(buffer.data(), static_cast<std::size_t>(n)));
    target = link_target.is_absolute() ? link_target.string() : (fs::path(target).parent_path() / link_target).string();
  }
  if (exists && S_ISDIR(info.st_mode)) {
    return Diagnostic{path_, 0, 0, "the output is a folder", "give a file name, such as report.json"};
  }
  if (exists && !S_ISREG(info.st_mode)) {
    // A device, a FIFO or a socket: written in place, never replaced.
    fd_ = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) return cannot("cannot open the output", errno, "check the path and your permissions");
    in_place_ = true;
    return std::nullopt;
  }
  target_ = target;
  if (exists) {
    mode_ = info.st_mode & 07777;
    owner_ = static_cast<long>(info.st_uid);
    group_ = static_cast<long>(info.st_gid);
  } else {
    mode_ = 0666 & ~creation_mask();
  }
  const fs::path where(target_);
  const fs::path dir = where.parent_path().empty() ? fs::path(".") : where.parent_path();
  temp_ = (dir / ("." + where.filename().string() + ".tmp-XXXXXX")).string();
  fd_ = ::mkostemp(temp_.data(), O_CLOEXEC);
  if (fd_ < 0) {
    return cannot("cannot create a file next to the output", errno, "check that the folder exists and that you may write to it");
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
  if (in_place_ && fd_ >= 0) {
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0 && !failure_) {
      return Diagnostic{path_, 0, 0, fmt::format("cannot finish writing the output: {}", std::strerror(errno)), ""};
    }
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
  // An existing file keeps its owner where we may set it (as root), and its
  // permission bits; a new one has the umask's.
  if (owner_ >= 0 && (static_cast<uid_t>(owner_) != ::geteuid() || static_cast<gid_t>(group_) != ::getegid())) {
    [[maybe_unused]] const int ignored = ::fchown(fd_, static_cast<uid_t>(owner_), static_cast<gid_t>(group_));
  }
  if (::fchmod(fd_, static_cast<mode_t>(mode_)) != 0) return fail(failed("cannot set the output's permissions"));
  if (::fsync(fd_) != 0) return fail(failed("cannot flush the output to disk"));
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const Diagnostic why = failed("cannot close the output");
    ::unlink(temp_.c_str());
    return why;
  }
  if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
    const Diagnostic why{path_, 0, 0, fmt::format("cannot move the output into place: {}", std::strerror(errno)), ""};
    ::unlink(temp_.c_str());
    return why;
  }
  forget(slot_);
  slot_ = -1;
  return std::nullopt;
}

OutputStream::Buffer::Buffer(OutputFile& file) : file_(file), bytes_(1 << 16) {
  setp(bytes_.data(), bytes_.data() + bytes_.size());
}

int OutputStream::Buffer::sync() {
  file_.write(std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
  setp(bytes_.data(), bytes_.data() + bytes_.size());
  return 0;
}

OutputStream::Buffer::int_type OutputStream::Buffer::overflow(int_type c) {
  sync();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

OutputStream::OutputStream(OutputFile& file) : std::ostream(nullptr), buffer_(file) { rdbuf(&buffer_); }

OutputStream::~OutputStream() { buffer_.pubsync(); }

std::optional<Diagnostic> write_file_atomically(const std::string& path, std::string_view content) {
  OutputFile out(path);
  if (auto error = out.open()) return error;
  out.write(content);
  return out.commit();
}

}  // namespace factlint::cli
