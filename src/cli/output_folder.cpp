// A folder of outputs written as a whole or not at all: a temporary folder
// beside the target, swapped into place. Entry point: OutputFolder
// (output_folder.hpp).
#include "cli/output_folder.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/output_file.hpp"

namespace factlint::cli {
namespace fs = std::filesystem;

OutputFolder::OutputFolder(std::string path, std::set<std::string, std::less<>> own)
    : path_(std::move(path)), own_(std::move(own)) {
  while (path_.size() > 1 && path_.back() == '/') path_.pop_back();
}

OutputFolder::~OutputFolder() {
  if (!temp_.empty() && !committed_) {
    std::error_code ec;
    fs::remove_all(temp_, ec);
  }
}

std::optional<Diagnostic> OutputFolder::open() {
  // A link to a folder: the folder it leads to is replaced, the link kept.
  std::error_code link_ec;
  if (fs::is_symlink(fs::symlink_status(path_, link_ec))) {
    const fs::path resolved = fs::weakly_canonical(path_, link_ec);
    if (!link_ec) path_ = resolved.string();
  }
  struct stat info {};
  const bool exists = ::stat(path_.c_str(), &info) == 0;
  mode_t mode = 0;
  if (exists) {
    if (!S_ISDIR(info.st_mode)) return Diagnostic{path_, 0, 0, "the report folder is not a folder", "give a folder name ending in '/'"};
    std::error_code ec;
    std::vector<std::string> foreign;
    for (const auto& entry : fs::directory_iterator(path_, ec)) {
      const std::string name = entry.path().filename().string();
      if (!own_.contains(name)) foreign.push_back(name);
    }
    if (ec) return Diagnostic{path_, 0, 0, fmt::format("cannot list the report folder: {}", ec.message()), ""};
    if (!foreign.empty()) {
      std::sort(foreign.begin(), foreign.end());
      if (foreign.size() > 3) foreign.resize(3), foreign.back() = "...";
      return Diagnostic{path_, 0, 0,
                        fmt::format("the folder holds files a report does not write ({}), and a report replaces the "
                                    "whole folder",
                                    fmt::join(foreign, ", ")),
                        "give a new or empty folder, or the folder of an earlier report"};
    }
    mode = info.st_mode & 07777;
  }
  fs::path where(path_);
  const fs::path parent = where.parent_path().empty() ? fs::path(".") : where.parent_path();
  std::error_code made;
  fs::create_directories(parent, made);  // as for any output, the folders on the way are made
  std::string pattern = (parent / ("." + where.filename().string() + ".tmp-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return Diagnostic{path_, 0, 0, fmt::format("cannot create a folder next to the report folder: {}", std::strerror(errno)),
                      "check that its parent folder exists and that you may write to it"};
  }
  temp_ = pattern;
  if (!exists) mode = 0777 & ~creation_mask();
  if (::chmod(temp_.c_str(), mode) != 0) {
    return Diagnostic{path_, 0, 0, fmt::format("cannot set the report folder's permissions: {}", std::strerror(errno)), ""};
  }
  return std::nullopt;
}

std::string OutputFolder::file(std::string_view relative) const { return (fs::path(temp_) / relative).string(); }

std::optional<Diagnostic> OutputFolder::commit() {
  auto failed = [&](std::string_view what) {
    return Diagnostic{path_, 0, 0, fmt::format("{}: {}", what, std::strerror(errno)), "check the disk space and permissions"};
  };
  struct stat info {};
  if (::stat(path_.c_str(), &info) != 0) {
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) return failed("cannot move the report folder into place");
    committed_ = true;
    return std::nullopt;
  }
  // Swapped in one step where the file system can (Linux's RENAME_EXCHANGE);
  // elsewhere the old folder is moved aside first, for a moment.
  if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, path_.c_str(), RENAME_EXCHANGE) != 0) {
    std::string aside = fs::path(temp_).string() + ".old";
    if (std::rename(path_.c_str(), aside.c_str()) != 0) return failed("cannot move the old report folder aside");
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
      const Diagnostic why = failed("cannot move the report folder into place");
      std::rename(aside.c_str(), path_.c_str());
      return why;
    }
    temp_ = aside;
  }
  committed_ = true;
  std::error_code ec;
  fs::remove_all(temp_, ec);  // the old site, now under the temporary name
  return std::nullopt;
}

}  // namespace factlint::cli
