// Colour decisions for the terminal. Entry point: use_color().
#include "cli/terminal.hpp"

#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace factlint::cli {

bool use_color(std::string_view mode, std::FILE* stream) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (const char* no_color = std::getenv("NO_COLOR"); no_color != nullptr && *no_color != '\0') return false;
  if (const char* term = std::getenv("TERM"); term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(::fileno(stream)) != 0;
}

}  // namespace factlint::cli
