// Nothing lost: every input document is in every report format, processed or
// skipped with its reason; a run interrupted by SIGINT or SIGTERM leaves no
// half-written output and the file it was to replace as it was.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::slurp;
using factlint::testing::TempDir;
namespace fs = std::filesystem;

TEST_CASE("nothing lost: a skipped article is listed, with its reason, in every report format") {
  TempDir dir;
  dir.write("corpus/story/good.txt", "Acme Corp chief executive Jane Doe resigned on March 3, 2024.\n");
  dir.write("corpus/story/broken.txt", "Caf\xE9 owner resigned.\n");
  for (const char* format : {"text", "json", "markdown", "html", "sarif", "junit", "github"}) {
    INFO(format);
    const auto run = run_factlint({"check", dir / "corpus", "-f", format, "--fail-on", "never"});
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("broken.txt") != std::string::npos);
    CHECK(run.out.find("invalid UTF") != std::string::npos);  // Markdown writes "UTF\-8"
    CHECK(run.out.find("good") != std::string::npos);
  }
}

namespace {

std::vector<std::string> temporary_files(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename().string().find(".tmp-") != std::string::npos) found.push_back(entry.path().string());
  return found;
}

// A corpus that takes a few seconds to extract: the seed story, many times.
void write_large_corpus(const TempDir& dir) {
  for (int i = 0; i < 400; ++i) {
    const fs::path story = dir.path() / "corpus" / ("story-" + std::to_string(i));
    fs::create_directories(story);
    for (const auto& entry : fs::directory_iterator(fs::path(FACTLINT_SOURCE_DIR) / "corpus/coupang-2025"))
      if (entry.path().extension() == ".txt") fs::copy_file(entry.path(), story / entry.path().filename());
  }
}

}  // namespace

TEST_CASE("nothing lost: SIGINT or SIGTERM in the middle of a run leaves no half-written output") {
  TempDir dir;
  write_large_corpus(dir);
  fs::create_directories(dir.path() / "out");
  for (int signal_number : {SIGINT, SIGTERM}) {
    INFO("signal " << signal_number);
    const std::string target = dir / "out/claims.jsonl";
    dir.write("out/claims.jsonl", "the previous run's output\n");
    const pid_t pid = factlint::testing::start_factlint({"extract", dir / "corpus", "-o", target, "--jobs", "1"},
                                                        FACTLINT_SOURCE_DIR, "/dev/null", "/dev/null");
    // Wait until the output is being written (its temporary file exists).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (temporary_files(dir.path() / "out").empty() && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(temporary_files(dir.path() / "out").size() == 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // some stories written
    ::kill(pid, signal_number);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == signal_number);
    CHECK(temporary_files(dir.path() / "out").empty());
    CHECK(slurp(target) == "the previous run's output\n");
  }
}
