// The one helper through which end-to-end tests run the real factlint
// binary: arguments in; exit code, standard output and standard error out.
#pragma once

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace factlint::testing {

// The bytes of a file ("" when it cannot be read).
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct RunResult {
  int exit_code = -1;  // 128 + N when ended by signal N
  std::string out;
  std::string err;
  long peak_rss_kib = 0;  // the process's peak resident memory
};

// How to run it, beyond the arguments.
struct RunOptions {
  // Drop root for the run (to user and group 65534, "nobody"), so that file
  // permissions apply; ignored when not root.
  bool unprivileged = false;
  // A file to give it as standard input; empty: the test's own.
  std::string stdin_path;
  // The largest file it may write, in bytes (RLIMIT_FSIZE; 0: no limit): a
  // write past it fails with EFBIG, as on a full disk (SIGXFSZ is ignored).
  long file_size_limit = 0;
  // The umask it runs with; -1: the test's own.
  int umask = -1;
  // Seconds after which it is ended by SIGALRM (exit code 142), so that a run
  // that blocks fails its test rather than hanging the suite; 0: never.
  unsigned timeout_seconds = 0;
};

// Starts `factlint args...` in `cwd` with standard output and error going to
// the files `out` and `err`; returns its pid.
inline pid_t start_factlint(const std::vector<std::string>& args, const std::string& cwd, const std::string& out,
                            const std::string& err, RunOptions options = {}) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(127);
    const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(out_fd, 1);
    ::dup2(err_fd, 2);
    if (!options.stdin_path.empty()) {
      const int in_fd = ::open(options.stdin_path.c_str(), O_RDONLY);
      if (in_fd < 0) ::_exit(125);
      ::dup2(in_fd, 0);
    }
    if (options.file_size_limit > 0) {
      ::signal(SIGXFSZ, SIG_IGN);
      const struct rlimit limit {
        static_cast<rlim_t>(options.file_size_limit), static_cast<rlim_t>(options.file_size_limit)
      };
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(124);
    }
    if (options.umask >= 0) ::umask(static_cast<mode_t>(options.umask));
    if (options.timeout_seconds > 0) ::alarm(options.timeout_seconds);  // kept across execv
    if (options.unprivileged && ::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(126);
    ::unsetenv("FACTLINT_RULES");
    ::setenv("NO_COLOR", "1", 1);
    std::vector<char*> argv{const_cast<char*>(FACTLINT_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(FACTLINT_BINARY, argv.data());
    ::_exit(127);
  }
  return pid;
}

// Runs `factlint args...` in `cwd` (default: the source tree, so that paths
// read as a user would type them), with colour and FACTLINT_RULES unset.
inline RunResult run_factlint(const std::vector<std::string>& args, const std::string& cwd = FACTLINT_SOURCE_DIR,
                              RunOptions options = {}) {
  TempDir capture;
  const std::string out_path = capture / "stdout";
  const std::string err_path = capture / "stderr";
  const pid_t pid = start_factlint(args, cwd, out_path, err_path, options);
  RunResult result;
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.peak_rss_kib = usage.ru_maxrss;
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  return result;
}

}  // namespace factlint::testing
