// The JSON report: the whole Report as one JSON document (docs/output.md).
// Entry point: make_json_reporter().
#include "report/json_model.hpp"
#include "report/reporters.hpp"

namespace factlint::detail {
namespace {

class JsonReporter final : public Reporter {
 public:
  void write(const Report& report, std::ostream& out) const override {
    out << report_json(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions&) { return std::make_unique<JsonReporter>(); }

}  // namespace factlint::detail
