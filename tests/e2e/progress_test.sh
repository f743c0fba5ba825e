#!/bin/sh
# The batch report's progress bar is drawn on standard error when it is a
# terminal (script(1) gives the run one), and never in a pipe or a file.
# usage: progress_test.sh FACTLINT SOURCE_DIR OUT_DIR
set -eu
factlint=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
cd "$src"
on_tty=$(script -qec "'$factlint' report corpus tests/corpus -o '$out/tty/' 2>&1 >/dev/null" /dev/null)
case "$on_tty" in
  *"] 3/3 "*) echo "ok   a terminal shows the progress bar" ;;
  *) echo "FAIL no progress bar on a terminal: $on_tty"; exit 1 ;;
esac
in_pipe=$("$factlint" report corpus tests/corpus -o "$out/pipe/" 2>&1 >/dev/null | cat)
case "$in_pipe" in
  *"] 1/3"*|*"$(printf '\r')"*) echo "FAIL the progress bar went into a pipe: $in_pipe"; exit 1 ;;
  *) echo "ok   a pipe gets no progress bar: $in_pipe" ;;
esac
