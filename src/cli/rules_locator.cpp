// Finding the default rule pack. Entry point: default_rules_dir().
#include "cli/rules_locator.hpp"

#include <cstdlib>
#include <filesystem>

namespace factlint::cli {

std::string default_rules_dir() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (const char* env = std::getenv("FACTLINT_RULES"); env != nullptr && *env != '\0') return env;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / FACTLINT_INSTALL_RULES_SUBDIR;
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return FACTLINT_SOURCE_RULES_DIR;
}

}  // namespace factlint::cli
