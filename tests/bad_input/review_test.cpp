// review.yaml edits that cannot go wrong quietly: a resolved value that names
// no side (a typo) is refused with the sides listed, and a valid review.yaml
// in a form a line-by-line edit would break (flow style, anchors) is left as
// it was, with the reason, never called invalid.
#include <catch2/catch.hpp>

#include <filesystem>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
using factlint::testing::TempDir;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A copy of the fictional entity-mismatch story, and its one finding's id.
std::string copy_story(const TempDir& dir) {
  fs::copy(fs::path(FACTLINT_SOURCE_DIR) / "tests/kinds/entity-mismatch", dir.path() / "story");
  const auto list = run_factlint({"review", dir / "story"});
  const std::size_t at = list.out.find("open      ");
  REQUIRE(at != std::string::npos);
  return list.out.substr(at + 10, 16);
}

}  // namespace

TEST_CASE("review: resolve with a value that names no side is refused, with the sides; --unstated allows it") {
  TempDir dir;
  const std::string id = copy_story(dir);
  const auto typo = run_factlint({"review", "resolve", id, "--in", dir / "story", "--value", "Lena Ortis"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err == "error: --value \"Lena Ortis\" names none of the sides of " + id +
                        " (resigned_ceo): \"Lena Ortiz\" (2 sources), \"Marcus Hale\" (1 source); hint: give one of them "
                        "as written (case and accents do not count), or add --unstated if no source states the verified "
                        "value: every outlet then needs a correction\n");
  CHECK_FALSE(fs::exists(dir / "story/review.yaml"));  // nothing written
  // Folded, it names a side.
  CHECK(run_factlint({"review", "resolve", id, "--in", dir / "story", "--value", "LENA ORTIZ"}).exit_code == 0);
  // A value no source states, said so: every outlet needs a correction.
  CHECK(run_factlint({"review", "resolve", id, "--in", dir / "story", "--value", "Ana Ruiz", "--unstated"}).exit_code == 0);
  const auto list = run_factlint({"review", dir / "story"});
  CHECK(has(list.out, "says \"Lena Ortiz\", verified \"Ana Ruiz\""));
  CHECK(has(list.out, "says \"Marcus Hale\", verified \"Ana Ruiz\""));
}

TEST_CASE("review: a valid review.yaml in flow style or with anchors is left as it was, with the reason") {
  TempDir dir;
  const std::string id = copy_story(dir);
  const std::string refusal = "error: review.yaml is valid, but written in a form 'factlint review' cannot edit line by "
                              "line (YAML flow style, {...} or [...], or anchors and aliases, &name and *name); it was "
                              "left as it was";
  SECTION("flow style") {
    const std::string flow = "findings: {\"" + id + "\": {status: confirmed}}\n";
    dir.write("story/review.yaml", flow);
    CHECK(run_factlint({"check", dir / "story", "--fail-on", "never"}).exit_code == 0);  // valid: read as it is
    const auto run = run_factlint({"review", "dismiss", id, "--in", dir / "story"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, refusal));
    CHECK_FALSE(has(run.err, "not valid YAML"));
    CHECK(slurp(dir / "story/review.yaml") == flow);
  }
  SECTION("an anchor another entry uses") {
    const std::string anchored = "findings:\n  \"" + id + "\": &same\n    status: confirmed\n  0000000000000000: *same\n";
    dir.write("story/review.yaml", anchored);
    const auto run = run_factlint({"review", "dismiss", id, "--in", dir / "story"});
    CHECK(run.exit_code == 2);
    CHECK(has(run.err, refusal));
    CHECK(slurp(dir / "story/review.yaml") == anchored);
  }
  SECTION("block style with an alias to the entry edited: edited, and still says what it said") {
    dir.write("story/review.yaml", "findings:\n  x: &same\n    status: confirmed\n  \"" + id + "\": *same\n");
    const auto run = run_factlint({"review", "dismiss", id, "--in", dir / "story", "--by", "kim"});
    CHECK(run.exit_code == 0);
    const auto list = run_factlint({"review", dir / "story"});
    CHECK(has(list.out, "dismissed " + id));
    CHECK(has(list.out, "stale     x  confirmed"));
  }
}
