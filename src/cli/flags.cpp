// The flag table. Each row is one flag: its names, the value it takes, what
// it does, the values it accepts, and the commands it belongs to. --help is
// generated from these rows, so the help cannot drift from the parser.
#include "cli/flags.hpp"

#include <initializer_list>

namespace factlint::cli {
namespace {

struct Flag {
  const char* names;
  const char* value_name;
  const char* help;
  std::string Options::*target;                 // a flag with one value, or
  std::vector<std::string> Options::*targets;   // a flag that may be given several times
  std::initializer_list<const char*> choices;  // empty: any value
  unsigned commands;
};

const Flag kFlags[] = {
    {"-f,--format", "FORMAT", "Report format", &Options::format, nullptr, {"text", "json", "markdown"}, kCheck},
    {"--rules", "DIR", "Rule pack folder (default: the installed pack, or rules/ in the source tree; "
                       "$FACTLINT_RULES overrides)",
     &Options::rules_dir, nullptr, {}, kCheck | kExtract | kRulesList | kRulesTest | kNormalize},
    {"-t,--type", "TYPE", "normalize: read the text as this value type", &Options::type, nullptr,
     {"person", "quantity", "date", "duration", "money", "field-set", "category"}, kNormalize},
    {"--slot", "SLOT", "normalize: read the text as this slot of the pack (its type; categories for category slots)",
     &Options::slot, nullptr, {}, kNormalize},
    {"--published", "DATE", "normalize: the publication date (YYYY-MM-DD) that relative dates count from",
     &Options::published, nullptr, {}, kNormalize},
    {"--year", "YEAR", "normalize: the story's default year for dates written without one", &Options::year, nullptr, {},
     kNormalize},
    {"--country", "CC", "normalize: the story's country (ISO 3166-1), for shares of a population and bare '$'",
     &Options::country, nullptr, {}, kNormalize},
    {"--fail-on", "LEVEL", "Exit with 1 when a finding is at least this severe (shown or not)", &Options::fail_on,
     nullptr, {"error", "warning", "never"}, kCheck},
    {"--min-severity", "LEVEL", "Show only findings at least this severe; --fail-on still sees them all",
     &Options::min_severity, nullptr, {"info", "warning", "error"}, kCheck},
    {"--color", "WHEN", "Colour the output: auto (only on a terminal, unless NO_COLOR is set), always, never",
     &Options::color, nullptr, {"auto", "always", "never"}, kCheck | kExtract | kRulesList | kRulesTest | kNormalize},
    {"-o,--output", "FILE", "Write the report to FILE (atomically: a temporary file, then renamed) instead of "
                            "standard output",
     &Options::output, nullptr, {}, kCheck | kExtract},
    {"--coverage", "PATH", "Also list the rules that never fire on this corpus (may be given several times)", nullptr,
     &Options::coverage, {}, kRulesTest},
};

}  // namespace

void add_flags(CLI::App& app, Command command, Options& options) {
  for (const Flag& flag : kFlags) {
    if ((flag.commands & command) == 0) continue;
    CLI::Option* option = flag.target != nullptr
                              ? app.add_option(flag.names, options.*(flag.target), flag.help)
                              : app.add_option(flag.names, options.*(flag.targets), flag.help)->take_all();
    option->type_name(flag.value_name);
    if (flag.choices.size() > 0) {
      option->check(CLI::IsMember(std::vector<std::string>(flag.choices.begin(), flag.choices.end())));
      option->capture_default_str();
    }
  }
}

}  // namespace factlint::cli
