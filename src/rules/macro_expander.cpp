// Macro expansion for rule patterns. Entry point: expand_macros().
#include "rules/macro_expander.hpp"

#include <vector>

#include <fmt/format.h>

namespace factlint::detail {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_name_char(char c) { return is_upper(c) || (c >= '0' && c <= '9') || c == '_'; }

bool expand(std::string_view pattern, const std::map<std::string, std::string>& macros, std::vector<std::string>& stack,
            std::string& out, Expansion& result) {
  std::string& error = result.error;
  if (out.size() > kLongestExpansion) {
    result.problem = Expansion::Problem::too_long;
    error = fmt::format("the pattern is more than {} KB once its macros are expanded{}", kLongestExpansion >> 10,
                        stack.empty() ? "" : fmt::format(" (inside {{{}}})", stack.back()));
    return false;
  }
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {  // an escaped character is never a macro brace
      out += c;
      const char escaped = pattern[++i];
      out += escaped;
      // \p{Lu}, \P{Greek}, \x{2019}: the braces belong to RE2.
      if ((escaped == 'p' || escaped == 'P' || escaped == 'x') && i + 1 < pattern.size() && pattern[i + 1] == '{') {
        const std::size_t close = pattern.find('}', i + 1);
        const std::size_t stop = close == std::string_view::npos ? pattern.size() - 1 : close;
        out.append(pattern.substr(i + 1, stop - i));
        i = stop;
      }
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && is_upper(pattern[i + 1])) {
      std::size_t j = i + 1;
      while (j < pattern.size() && is_name_char(pattern[j])) ++j;
      if (j < pattern.size() && pattern[j] == '}') {
        const std::string name(pattern.substr(i + 1, j - i - 1));
        auto it = macros.find(name);
        if (it == macros.end()) {
          result.problem = Expansion::Problem::unknown_macro;
          error = "unknown macro {" + name + "}";
          return false;
        }
        for (std::size_t k = 0; k < stack.size(); ++k) {
          if (stack[k] == name) {
            result.problem = Expansion::Problem::cycle;
            result.cycle.assign(stack.begin() + static_cast<std::ptrdiff_t>(k), stack.end());
            result.cycle.push_back(name);
            std::string chain;
            for (const std::string& s : stack) chain += s + " -> ";
            error = "macro {" + name + "} uses itself (" + chain + name + ")";
            return false;
          }
        }
        stack.push_back(name);
        out += "(?:";
        if (!expand(it->second, macros, stack, out, result)) return false;
        out += ")";
        stack.pop_back();
        i = j;
        continue;
      }
    }
    out += c;
  }
  return true;
}

}  // namespace

bool is_macro_name(std::string_view name) {
  if (name.empty() || !is_upper(name[0])) return false;
  for (char c : name)
    if (!is_name_char(c)) return false;
  return true;
}

Expansion expand_macros(std::string_view pattern, const std::map<std::string, std::string>& macros) {
  Expansion result;
  std::vector<std::string> stack;
  if (!expand(pattern, macros, stack, result.pattern, result) || result.pattern.size() > kLongestExpansion) {
    if (result.error.empty()) {
      result.problem = Expansion::Problem::too_long;
      result.error = fmt::format("the pattern is more than {} KB once its macros are expanded", kLongestExpansion >> 10);
    }
    result.pattern.clear();
  }
  return result;
}

std::vector<std::string> macros_named(std::string_view pattern) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
      continue;
    }
    if (pattern[i] != '{' || i + 1 >= pattern.size() || !is_upper(pattern[i + 1])) continue;
    std::size_t j = i + 1;
    while (j < pattern.size() && is_name_char(pattern[j])) ++j;
    if (j < pattern.size() && pattern[j] == '}') names.emplace_back(pattern.substr(i + 1, j - i - 1));
  }
  return names;
}

}  // namespace factlint::detail
