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
  std::vector<std::string> Options::*targets;   // a flag that may be given several times, or
  bool Options::*toggle;                        // a flag that takes no value
  std::initializer_list<const char*> choices;  // empty: any value
  unsigned commands;
};

const Flag kFlags[] = {
    {"-f,--format", "FORMAT", "Report format (default: text for check and reconcile, html for report)", &Options::format, nullptr, nullptr,
     {"text", "json", "markdown", "html", "sarif", "junit", "github"}, kCheck | kReport | kReconcile},
    {"--rules", "DIR", "Rule pack folder (default: the installed pack, or rules/ in the source tree; "
                       "$FACTLINT_RULES overrides)",
     &Options::rules_dir, nullptr, nullptr, {},
     kCheck | kExtract | kReconcile | kRulesList | kRulesTest | kRulesExplain | kNormalize | kReport | kBaselineWrite | kReviewList | kReviewEdit},
    {"-t,--type", "TYPE", "normalize: read the text as this value type", &Options::type, nullptr, nullptr,
     {"person", "quantity", "date", "duration", "money", "field-set", "category"}, kNormalize},
    {"--slot", "SLOT", "normalize: read the text as this slot of the pack (its type; categories for category slots)",
     &Options::slot, nullptr, nullptr, {}, kNormalize},
    {"--published", "DATE", "normalize, rules explain: the publication date (YYYY-MM-DD) that relative dates count from",
     &Options::published, nullptr, nullptr, {}, kNormalize | kRulesExplain},
    {"--year", "YEAR", "normalize: the story's default year for dates written without one", &Options::year, nullptr, nullptr, {},
     kNormalize},
    {"--country", "CC", "normalize: the story's country (ISO 3166-1), for shares of a population and bare '$'",
     &Options::country, nullptr, nullptr, {}, kNormalize},
    {"--fail-on", "LEVEL", "Exit with 1 when a finding is at least this severe (shown or not)", &Options::fail_on,
     nullptr, nullptr, {"error", "warning", "never"}, kCheck | kReconcile},
    {"--min-severity", "LEVEL", "Show only findings at least this severe; --fail-on still sees them all",
     &Options::min_severity, nullptr, nullptr, {"info", "warning", "error"}, kCheck | kReport | kReconcile},
    {"--color", "WHEN", "Colour the output: auto (only on a terminal, unless NO_COLOR is set), always, never",
     &Options::color, nullptr, nullptr, {"auto", "always", "never"},
     kCheck | kExtract | kReconcile | kRulesList | kRulesTest | kRulesExplain | kNormalize | kReport | kBaselineWrite | kReviewList | kReviewEdit},
    {"-o,--output", "[FORMAT=]FILE",
     "Write the report to FILE (atomically: a temporary file, then renamed) instead of standard output; "
     "FORMAT=FILE picks the format for that file, and the flag may be given several times (-o sarif=out.sarif "
     "-o text=-). report: a folder (existing, or ending in '/') gets the batch report",
     nullptr, &Options::outputs, nullptr, {}, kCheck | kExtract | kReconcile | kReport | kBaselineWrite},
    {"-j,--jobs", "N", "Check (or reconcile) N stories at once (default: one per core); the output is the same for any N",
     &Options::jobs, nullptr, nullptr, {}, kCheck | kExtract | kReconcile | kReport | kBaselineWrite},
    {"--max-file-size", "SIZE",
     "Skip articles larger than SIZE, with the reason (default 64M; K, M, G are binary units: 1M = 1024 KiB)",
     &Options::max_file_size, nullptr, nullptr, {}, kCheck | kExtract | kReport | kBaselineWrite},
    {"--max-story-claims", "N",
     "Skip, with the reason, a story that makes more than N claims (default 250000, about 1 GB of memory)",
     &Options::max_story_claims, nullptr, nullptr, {}, kCheck | kExtract | kReconcile | kReport | kBaselineWrite},
    {"--story-time-limit", "SECONDS",
     "Skip, with the reason, a story whose extraction or reconciliation takes longer (default 600; 0: no limit)",
     &Options::story_time_limit, nullptr, nullptr, {}, kCheck | kExtract | kReconcile | kReport | kBaselineWrite},
    {"--baseline", "FILE", "Fail only on findings not in FILE (from 'factlint baseline write'); list its stale entries",
     &Options::baseline, nullptr, nullptr, {}, kCheck | kReconcile},
    {"--fail-on-stale", "", "With --baseline: also exit with 1 when a baseline entry no longer matches a finding",
     nullptr, nullptr, &Options::fail_on_stale, {}, kCheck | kReconcile},
    {"--value", "TEXT", "The verified value, as the story should state it", &Options::value, nullptr, nullptr, {},
     kReviewResolve},
    {"--unstated", "", "resolve: the verified value is one no side states (every outlet then needs a correction); "
                       "without it, a --value that names no side is refused as a likely typo",
     nullptr, nullptr, &Options::unstated, {}, kReviewResolve},
    {"--note", "TEXT", "Why: a source, a call, a document", &Options::note, nullptr, nullptr, {}, kReviewEdit},
    {"--in", "PATH", "Where the findings are: a corpus or story folders (default: corpus/; may be given several times)",
     nullptr, &Options::paths, nullptr, {}, kReviewEdit},
    {"--by", "NAME", "Who decided (default: $USER)", &Options::by, nullptr, nullptr, {}, kReviewEdit},
    {"--patterns", "", "Print every rule pattern with its macros expanded, one per line (for other tools: rg -f)",
     nullptr, nullptr, &Options::patterns, {}, kRulesList},
    {"--coverage", "PATH", "Also list the rules that never fire on this corpus (may be given several times)", nullptr,
     &Options::coverage, nullptr, {}, kRulesTest},
};

}  // namespace

void add_flags(CLI::App& app, Command command, Options& options) {
  for (const Flag& flag : kFlags) {
    if ((flag.commands & command) == 0) continue;
    if (flag.toggle != nullptr) {
      app.add_flag(flag.names, options.*(flag.toggle), flag.help);
      continue;
    }
    CLI::Option* option = flag.target != nullptr
                              ? app.add_option(flag.names, options.*(flag.target), flag.help)
                              : app.add_option(flag.names, options.*(flag.targets), flag.help)
                                    ->expected(1)       // one value per use: "-o a.json corpus/" keeps corpus/ a path
                                    ->take_all();
    option->type_name(flag.value_name);
    if (flag.choices.size() > 0) {
      option->check(CLI::IsMember(std::vector<std::string>(flag.choices.begin(), flag.choices.end())));
      option->capture_default_str();
    }
  }
}

}  // namespace factlint::cli
