// Atomic output files: temporary file, fsync, rename. Entry point:
// write_file_atomically().
#include "cli/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace factlint::cli {

std::optional<Diagnostic> write_file_atomically(const std::string& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    return Diagnostic{path, 0, 0, fmt::format("cannot create a file next to the output: {}", std::strerror(errno)),
                      "check that the folder exists and that you may write to it"};
  }
  auto fail = [&](std::string_view what) {
    const int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return Diagnostic{path, 0, 0, fmt::format("{}: {}", what, std::strerror(saved)), "check the disk space and permissions"};
  };
  for (std::size_t written = 0; written < content.size();) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write the output");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) return fail("cannot set the output's permissions");
  if (::fsync(fd) != 0) return fail("cannot flush the output to disk");
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    return Diagnostic{path, 0, 0, fmt::format("cannot close the output: {}", std::strerror(errno)), ""};
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    return Diagnostic{path, 0, 0, fmt::format("cannot move the output into place: {}", std::strerror(saved)), ""};
  }
  return std::nullopt;
}

}  // namespace factlint::cli
