// Bad input, article by article: every broken article is skipped with a
// one-line error (file:line:col, what, how to fix), exit code 2, and the other
// articles of the run are still read and reported. Large inputs are made at
// test time, never committed, and the peak memory of the run is reported.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "e2e/run_factlint.hpp"

using factlint::testing::run_factlint;
using factlint::testing::TempDir;
using nlohmann::json;

namespace {

constexpr const char* kGood = "Acme Corp chief executive Jane Doe resigned on March 3, 2024.\n";

// `factlint check STORY -f json` on a story holding kGood and `bad.txt`.
struct Checked {
  factlint::testing::RunResult run;
  json report;
};

Checked check_with(const TempDir& dir, std::string_view bad_bytes, std::vector<std::string> extra = {}) {
  dir.write("story/good.txt", kGood);
  dir.write("story/bad.txt", bad_bytes);
  std::vector<std::string> args{"check", dir / "story", "-f", "json", "--fail-on", "never"};
  args.insert(args.end(), extra.begin(), extra.end());
  Checked c{run_factlint(args), {}};
  c.report = json::parse(c.run.out);
  return c;
}

json document(const json& report, const std::string& id) {
  for (const json& d : report["stories"][0]["documents"])
    if (d["id"] == id) return d;
  return json();
}

std::size_t claims_from(const json& report, const std::string& source) {
  std::size_t n = 0;
  for (const json& c : report["stories"][0]["claims"]) n += c["source"] == source;
  return n;
}

// The one stderr line about `path`, or "".
std::string line_about(const std::string& err, const std::string& path) {
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(path + ":", 0) == 0) return line;
  return "";
}

}  // namespace

TEST_CASE("bad input: each kind of invalid UTF-8 skips the article at its line:col, and the rest is read") {
  struct Case {
    const char* name;
    std::string bytes;
    const char* where;    // line:col
    const char* message;  // as printed
  };
  const std::vector<Case> cases{
      {"overlong '/'", "Acme said caf\xC0\xAF on Monday.\n", "1:14", "invalid UTF-8: byte 0xC0 at byte offset 13"},
      {"a surrogate", "Line one.\nA \xED\xA0\x80 surrogate.\n", "2:3", "invalid UTF-8: byte 0xED at byte offset 12"},
      {"a truncated sequence at the end", "Costs rose to \xE2\x82", "1:15", "invalid UTF-8: byte 0xE2 at byte offset 14"},
      {"a stray continuation byte", "x\x80y\n", "1:2", "invalid UTF-8: byte 0x80 at byte offset 1"},
      {"Latin-1 text", "Caf\xE9 owner Jos\xE9 resigned.\n", "1:4", "invalid UTF-8: byte 0xE9 at byte offset 3"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    TempDir dir;
    const Checked checked = check_with(dir, c.bytes);
    CHECK(checked.run.exit_code == 2);
    const std::string line = line_about(checked.run.err, dir / "story/bad.txt");
    CHECK(line.find(std::string(":") + c.where + ": error: " + c.message) != std::string::npos);
    CHECK(line.find("hint: save the article as UTF-8") != std::string::npos);
    CHECK(document(checked.report, "bad")["status"] == "skipped");
    CHECK(document(checked.report, "bad")["error"].get<std::string>().rfind(c.message, 0) == 0);
    CHECK(document(checked.report, "good")["status"] == "processed");
    CHECK(claims_from(checked.report, "good") >= 1);
  }
}

TEST_CASE("bad input: UTF-16, binary files and NUL bytes are skipped with what they are and how to convert") {
  struct Case {
    const char* name;
    std::string bytes;
    const char* message;
    const char* hint;
  };
  const std::vector<Case> cases{
      {"UTF-16 LE with a BOM", std::string("\xFF\xFE" "A\0c\0m\0e\0", 10), "1:1: error: the file is UTF-16", "iconv -f UTF-16"},
      {"UTF-16 BE with a BOM", std::string("\xFE\xFF" "\0A\0c\0m\0e", 10), "1:1: error: the file is UTF-16", "iconv -f UTF-16"},
      {"a binary file", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0\x85", 25),
       "1:8: error: a NUL byte at byte offset 7: the file is binary", "plain-text articles"},
      {"text with a NUL byte", std::string("Acme CEO Jane Doe\0 resigned.\n", 29), "1:18: error: a NUL byte at byte offset 17",
       "plain-text articles"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    TempDir dir;
    const Checked checked = check_with(dir, c.bytes);
    CHECK(checked.run.exit_code == 2);
    const std::string line = line_about(checked.run.err, dir / "story/bad.txt");
    CHECK(line.find(c.message) != std::string::npos);
    CHECK(line.find(c.hint) != std::string::npos);
    CHECK(document(checked.report, "bad")["status"] == "skipped");
    CHECK(document(checked.report, "good")["status"] == "processed");
  }
}

TEST_CASE("bad input: an empty article is read (no claims), and CRLF, CR and LF all end lines") {
  TempDir dir;
  SECTION("empty") {
    const Checked checked = check_with(dir, "");
    CHECK(checked.run.exit_code == 0);
    CHECK(checked.run.err.empty());
    CHECK(document(checked.report, "bad")["status"] == "processed");
    CHECK(claims_from(checked.report, "bad") == 0);
  }
  SECTION("mixed line ends: the claim is placed on line 4, column 1 (byte 33)") {
    const Checked checked = check_with(dir, "Line one.\r\nLine two.\rLine three.\nAcme CEO Jane Doe resigned on May 2, 2024.\r\n");
    CHECK(checked.run.exit_code == 0);
    bool placed = false;
    for (const json& c : checked.report["stories"][0]["claims"])
      if (c["source"] == "bad" && c["slot"] == "resigned_ceo") placed = c["line"] == 4 && c["column"] == 1 && c["start"] == 33;
    CHECK(placed);
  }
}

TEST_CASE("bad input: an article over --max-file-size is skipped unread; a 50 MB single line is read in bounded memory") {
  TempDir dir;
  dir.write("story/good.txt", kGood);
  SECTION("a 200 MB article (sparse: its size is all that is looked at)") {
    const std::string big = dir / "story/huge.txt";
    const int fd = ::open(big.c_str(), O_WRONLY | O_CREAT, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::ftruncate(fd, 200L << 20) == 0);
    ::close(fd);
    const auto run = run_factlint({"check", dir / "story", "-f", "json", "--fail-on", "never"});
    CHECK(run.exit_code == 2);
    CHECK(line_about(run.err, big).find(": error: the file is 200.0 MiB, more than the 64.0 MiB --max-file-size allows; "
                                        "hint: raise the limit (--max-file-size 1G)") != std::string::npos);
    const json report = json::parse(run.out);
    CHECK(document(report, "huge")["status"] == "skipped");
    CHECK(document(report, "good")["status"] == "processed");
    WARN("peak memory with a 200 MB article over the limit: " << run.peak_rss_kib / 1024 << " MiB");
    CHECK(run.peak_rss_kib < 200 * 1024);  // the article was never read
  }
  SECTION("the limit is a flag, and a bad value is a usage error") {
    dir.write("story/two-k.txt", std::string(2048, 'a'));
    const auto small = run_factlint({"check", dir / "story", "--max-file-size", "1K"});
    CHECK(small.exit_code == 2);
    CHECK(small.err.find("two-k.txt: error: the file is 2.0 KiB, more than the 1.0 KiB --max-file-size allows") != std::string::npos);
    const auto bad = run_factlint({"check", dir / "story", "--max-file-size", "lots"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "error: --max-file-size 'lots' is not a size; hint: write a number of bytes with K, M or G: 64M, 1G\n");
  }
  SECTION("a 50 MB line with no full stop, a claim at its end") {
    std::string line;
    line.reserve(50u << 20);
    const std::string filler = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
    while (line.size() < (50u << 20)) line += filler;
    line += "and Acme CEO Jane Doe resigned on June 5, 2024";
    dir.write("story/one-line.txt", line);
    const auto run = run_factlint({"check", dir / "story", "-f", "json", "--fail-on", "never"});
    CHECK(run.exit_code == 0);
    const json report = json::parse(run.out);
    CHECK(document(report, "one-line")["status"] == "processed");
    CHECK(claims_from(report, "one-line") >= 1);
    WARN("peak memory reading a 50 MB single-line article: " << run.peak_rss_kib / 1024 << " MiB");
    CHECK(run.peak_rss_kib < 2 * 50 * 1024 + 200 * 1024);  // twice the article, plus the rule pack and its automata
  }
}
