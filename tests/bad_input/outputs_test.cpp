// Outputs that never destroy what is there: -o onto a device, a FIFO, a
// descriptor or a link writes through it and leaves the node in place; an
// existing file keeps its permissions; the batch site is written whole or not
// at all, and its page names never leave its folder. Every node is made
// inside a temporary folder, never in the real /dev.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::RunOptions;
using factlint::testing::slurp;
using factlint::testing::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kStory = std::string(FACTLINT_SOURCE_DIR) + "/tests/corpus/crestview-2023";

// `factlint check kStory -f json -o target`, and what the same run prints on
// standard output without -o.
struct Written {
  factlint::testing::RunResult run;
  std::string expected;
};

Written check_into(const std::string& target, RunOptions options = {}) {
  Written w;
  w.expected = run_factlint({"check", kStory, "-f", "json", "--fail-on", "never"}).out;
  w.run = run_factlint({"check", kStory, "-f", "json", "--fail-on", "never", "-o", target}, FACTLINT_SOURCE_DIR, options);
  return w;
}

mode_t mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return info.st_mode;
}

}  // namespace

TEST_CASE("outputs: a character device given to -o is written in place, never replaced by a file") {
  if (::geteuid() != 0) {
    WARN("not root: mknod needs root, so the device case is not run");
    return;
  }
  TempDir dir;
  const std::string node = dir / "null";
  REQUIRE(::mknod(node.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) == 0);  // what /dev/null is
  const Written w = check_into(node);
  CHECK(w.run.exit_code == 0);
  CHECK(w.run.err.empty());
  struct stat info {};
  REQUIRE(::lstat(node.c_str(), &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
  CHECK(info.st_rdev == ::makedev(1, 3));
  for (const auto& entry : fs::directory_iterator(dir.path())) CHECK(entry.path().filename() == "null");  // no temporary left
}

TEST_CASE("outputs: a FIFO given to -o receives the report, and stays a FIFO") {
  TempDir dir;
  const std::string fifo = dir / "fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  // The reading end is open before factlint starts, so its open for writing
  // does not wait; the report is smaller than a pipe's buffer.
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  const Written w = check_into(fifo);
  std::string got;
  char buffer[4096];
  for (ssize_t n; (n = ::read(reader, buffer, sizeof buffer)) > 0;) got.append(buffer, static_cast<std::size_t>(n));
  ::close(reader);
  CHECK(w.run.exit_code == 0);
  CHECK(S_ISFIFO(mode_of(fifo)));
  CHECK(!w.expected.empty());
  CHECK(got == w.expected);
}

TEST_CASE("outputs: /dev/stdout and /dev/fd/1, reached through a link, write to the descriptor; the link stays") {
  for (const char* descriptor : {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"}) {
    INFO(descriptor);
    TempDir dir;
    const std::string link = dir / "out.json";
    fs::create_symlink(descriptor, link);
    const Written w = check_into(link);
    CHECK(w.run.exit_code == 0);
    CHECK(w.run.out == w.expected);
    CHECK(S_ISLNK(mode_of(link)));
    CHECK(fs::read_symlink(link) == descriptor);
  }
}

TEST_CASE("outputs: a link to a file is followed: the file is replaced, keeps its mode, and the link stays") {
  TempDir dir;
  const std::string real = dir.write("reports/real.json", "old\n");
  REQUIRE(::chmod(real.c_str(), 0600) == 0);
  const std::string link = dir / "link.json";
  fs::create_symlink("reports/real.json", link);
  const Written w = check_into(link);
  CHECK(w.run.exit_code == 0);
  CHECK(S_ISLNK(mode_of(link)));
  CHECK(slurp(real) == w.expected);
  CHECK((mode_of(real) & 07777) == 0600);
  CHECK(std::distance(fs::directory_iterator(dir / "reports"), fs::directory_iterator()) == 1);  // no temporary left
}

TEST_CASE("outputs: an existing file keeps its permissions; a new one follows the umask") {
  TempDir dir;
  const std::string existing = dir.write("existing.json", "old\n");
  REQUIRE(::chmod(existing.c_str(), 0600) == 0);
  RunOptions options;
  options.umask = 027;
  CHECK(check_into(existing, options).run.exit_code == 0);
  CHECK((mode_of(existing) & 07777) == 0600);
  const std::string fresh = dir / "fresh.json";
  CHECK(check_into(fresh, options).run.exit_code == 0);
  CHECK((mode_of(fresh) & 07777) == 0640);
  options.umask = 0;
  const std::string open_to_all = dir / "open.json";
  CHECK(check_into(open_to_all, options).run.exit_code == 0);
  CHECK((mode_of(open_to_all) & 07777) == 0666);
}

TEST_CASE("outputs: baseline write and -o follow the same rules (a link to a file)") {
  TempDir dir;
  const std::string real = dir.write("real-baseline.json", "{}\n");
  REQUIRE(::chmod(real.c_str(), 0640) == 0);
  fs::create_symlink("real-baseline.json", dir / "baseline.json");
  const auto run = run_factlint({"baseline", "write", kStory, "-o", dir / "baseline.json"});
  CHECK(run.exit_code == 0);
  CHECK(S_ISLNK(mode_of(dir / "baseline.json")));
  CHECK(slurp(real).find("\"findings\"") != std::string::npos);
  CHECK((mode_of(real) & 07777) == 0640);
}

TEST_CASE("outputs: a folder given to -o as a file is refused, and left alone") {
  TempDir dir;
  dir.write("out/keep.txt", "keep\n");
  const Written w = check_into(dir / "out");
  CHECK(w.run.exit_code == 2);
  CHECK(w.run.err.find("out: error: the output is a folder; hint: give a file name") != std::string::npos);
  CHECK(slurp(dir / "out/keep.txt") == "keep\n");
}

TEST_CASE("outputs: report page names come from story ids made safe, never outside the site, never shared") {
  TempDir dir;
  dir.write("work/corpus/acme-2024/a.txt", "Acme Corp chief executive Jane Doe resigned on March 3, 2024.\n");
  dir.write("work/articles.jsonl",
            "{\"story\": \"../../../escaped\", \"id\": \"a\", \"text\": \"Acme said 3 million customers were hit.\"}\n"
            "{\"story\": \"acme-2024\", \"id\": \"b\", \"text\": \"Acme said 4 million customers were hit.\"}\n"
            "{\"story\": \"Acme-2024\", \"id\": \"c\", \"text\": \"Acme said 5 million customers were hit.\"}\n"
            "{\"story\": \"line\\nbreak\\u001b[2J\", \"id\": \"d\", \"text\": \"Nothing here.\"}\n");
  const auto run = run_factlint({"report", "corpus", "articles.jsonl", "-o", "out/site/"}, dir / "work");
  CHECK(run.exit_code == 0);
  // Nothing was written outside the site: the only files are the inputs and the site's.
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), dir.path()).generic_string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> pages;
  for (const std::string& f : files) {
    const bool input = f == "work/articles.jsonl" || f == "work/corpus/acme-2024/a.txt";
    const bool site = f.rfind("work/out/site/", 0) == 0;
    CHECK((input || site));
    if (f.rfind("work/out/site/stories/", 0) == 0) pages.push_back(f.substr(22));
  }
  // Five stories, five pages: the unsafe ids and the three that fold to one name all have a hash suffix.
  REQUIRE(pages.size() == 5);
  std::set<std::string> lower;
  for (const std::string& p : pages) {
    INFO(p);
    CHECK(p.find_first_of("/\\\n\x1b ") == std::string::npos);
    CHECK(p[0] != '.');
    std::string folded = p;
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    lower.insert(folded);
  }
  CHECK(lower.size() == 5);
  CHECK(std::count_if(pages.begin(), pages.end(), [](const std::string& p) { return p.rfind("escaped-", 0) == 0; }) == 1);
  CHECK(std::count_if(pages.begin(), pages.end(), [](const std::string& p) { return p.rfind("line-break-2J-", 0) == 0; }) == 1);
  CHECK(std::count_if(pages.begin(), pages.end(), [](const std::string& p) { return p.rfind("acme-2024-", 0) == 0; }) == 2);
  // The story folder and the JSON Lines story that share an id are told apart, and the run says so.
  CHECK(run.err.find("warning: 2 stories have the id 'acme-2024' (acme-2024 -> stories/acme-2024-") != std::string::npos);
  CHECK(run.err.find("corpus/acme-2024 -> stories/acme-2024-") != std::string::npos);
  // Each index row links a page that exists.
  const std::string index = slurp(dir / "work/out/site/index.html");
  for (const std::string& p : pages) CHECK(index.find("href=\"stories/" + p + "\"") != std::string::npos);
}

TEST_CASE("outputs: the batch site is written whole or not at all") {
  TempDir dir;
  const auto first = run_factlint({"report", kStory, "-o", dir / "site/"});
  REQUIRE(first.exit_code == 0);
  std::map<std::string, std::string> before;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "site"))
    if (entry.is_regular_file()) before[entry.path().string()] = slurp(entry.path().string());
  REQUIRE(before.size() == 4);

  SECTION("a write that fails half-way (as on a full disk) leaves the previous site as it was") {
    RunOptions options;
    options.file_size_limit = 6000;  // the story page fits; report.json does not
    const auto run = run_factlint({"report", kStory, "corpus/coupang-2025", "-o", dir / "site/"}, FACTLINT_SOURCE_DIR, options);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("report: nothing written; " + (dir / "site/") + " is as it was") != std::string::npos);
    std::map<std::string, std::string> after;
    for (const auto& entry : fs::recursive_directory_iterator(dir / "site"))
      if (entry.is_regular_file()) after[entry.path().string()] = slurp(entry.path().string());
    CHECK(after == before);
    // ... and no temporary folder is left beside it.
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
  }
  SECTION("a second run replaces the whole site: a story no longer given has no page") {
    const auto run = run_factlint({"report", "tests/corpus/harbourline-2024", "-o", dir / "site/"});
    CHECK(run.exit_code == 0);
    CHECK(fs::exists(dir / "site/stories/harbourline-2024.html"));
    CHECK(!fs::exists(dir / "site/stories/crestview-2023.html"));
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
  }
  SECTION("a folder holding other files is refused, not replaced") {
    dir.write("site/notes.txt", "mine\n");
    const auto run = run_factlint({"report", kStory, "-o", dir / "site/"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("error: the folder holds files a report does not write (notes.txt)") != std::string::npos);
    CHECK(slurp(dir / "site/notes.txt") == "mine\n");
    CHECK(fs::exists(dir / "site/stories/crestview-2023.html"));
  }
}
