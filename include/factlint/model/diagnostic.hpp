// Diagnostic: one user-facing error (bad input, bad rule, bad flag), and
// Result<T>, how every stage returns "a value or the reasons there is none".
//
// Errors are values, never exceptions across modules: a stage that cannot do
// its job returns the Diagnostics that say why, and the CLI prints them in one
// place. Each Diagnostic names where the problem is (file:line:column), what is
// wrong, and how to fix it.
//
//   Result<RuleSet> rules = factlint::load_rule_pack("rules/");
//   if (!rules) for (const Diagnostic& d : rules.errors()) std::cerr << to_string(d);
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace factlint {

struct Diagnostic {
  std::string file;     // the path as the user reaches it; empty when no file is concerned
  int line = 0;         // 1-based; 0 when not known
  int column = 0;       // 1-based, in characters (Unicode code points); 0 when not known
  std::string message;  // what is wrong, one sentence
  std::string hint;     // how to fix it; may be empty
};

// One line: "file:line:col: message; hint: ...". Parts that are unknown or
// empty are left out ("file: message", "message").
std::string to_string(const Diagnostic& diagnostic);

// A value, or the Diagnostics explaining why there is none (never both, never
// an error-less failure).
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}                       // NOLINT: implicit by design
  Result(Diagnostic error) : state_(std::vector<Diagnostic>{std::move(error)}) {}  // NOLINT
  Result(std::vector<Diagnostic> errors) : state_(std::move(errors)) {}            // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  // Precondition: ok().
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // Precondition: !ok(). Never empty.
  const std::vector<Diagnostic>& errors() const { return std::get<std::vector<Diagnostic>>(state_); }

 private:
  std::variant<T, std::vector<Diagnostic>> state_;
};

}  // namespace factlint
