#!/usr/bin/python3
"""factlint on a Dask cluster: extraction mapped over shards of stories,
claim lines shuffled by story, reconciliation reduced per story, and the
partial reports merged into the report `factlint check` writes for the same
stories (docs/scaling.md).

    map      shard of story folders -> `factlint extract` -> claim lines
    shuffle  claim lines, grouped by story (hash partitioned)
    reduce   one partition of stories -> `factlint reconcile -` -> a JSON report
    merge    the partial reports -> one report, stories sorted by id

The workers run the factlint binary; they need it, the rule pack and the story
folders at the same paths (a shared file system, or a container image). With
no --scheduler, the script starts its own cluster on 127.0.0.1 (a scheduler
and --workers worker processes, as `dask-scheduler` and `dask-worker`), and
stops it at the end.

usage: factlint_dask.py [--factlint BIN] [--rules DIR] [--shards N] [--partitions N]
                        [--workers N] [--scheduler ADDRESS] -o REPORT.json PATH...
PATH: a corpus folder (its story folders are used) or a story folder.
Exit codes: as factlint check with --fail-on never: 0 written, 2 input error
(the report is still written, listing what was skipped); 3 the cluster failed.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib


def story_folders(paths):
    """The story folders PATHs name: a folder holding .txt articles or a
    story.yaml is a story; otherwise its sub-folders that are."""
    def is_story(d):
        return os.path.isfile(os.path.join(d, "story.yaml")) or any(
            f.endswith(".txt") and not f.startswith(".") for f in os.listdir(d))
    found = []
    for path in paths:
        path = os.path.abspath(path)
        if not os.path.isdir(path):
            sys.exit(f"factlint_dask: {path}: not a folder; hint: give corpus or story folders")
        if is_story(path):
            found.append(path)
            continue
        found += [os.path.join(path, d) for d in sorted(os.listdir(path))
                  if not d.startswith(".") and os.path.isdir(os.path.join(path, d)) and is_story(os.path.join(path, d))]
    return sorted(set(found))


def bucket(key, count):
    """A stable partition for `key` (Python's hash() differs between processes)."""
    return zlib.crc32(key.encode("utf-8")) % count


def rules_flags(rules):
    return ["--rules", rules] if rules else []


# The tasks: each runs on a worker and calls the binary.

def extract_shard(factlint, rules, folders):
    """map: one shard of story folders -> its claim lines. The problems met
    (skipped articles, a broken story.yaml) travel in the story lines, and
    reconcile reports them; a failure with no lines at all stops the job."""
    run = subprocess.run([factlint, "extract", "-j", "1", "--color", "never", *rules_flags(rules), *folders],
                         capture_output=True, text=True, encoding="utf-8")
    if run.returncode not in (0, 2) or (run.returncode == 2 and not run.stdout):
        raise RuntimeError(f"factlint extract failed ({run.returncode}): {run.stderr.strip()}")
    return run.stdout.splitlines()


def story_of(line):
    return json.loads(line)["story"]


def reconcile_partition(factlint, rules, groups):
    """reduce: the claim lines of some stories -> a JSON report for them."""
    lines = [line for _, story_lines in groups for line in story_lines]
    if not lines:
        return {"report": None, "stderr": "", "code": 0}
    run = subprocess.run([factlint, "reconcile", "-", "-f", "json", "--fail-on", "never", "--color", "never",
                          *rules_flags(rules)],
                         input="\n".join(lines) + "\n", capture_output=True, text=True, encoding="utf-8")
    if run.returncode not in (0, 2) or not run.stdout:
        raise RuntimeError(f"factlint reconcile failed ({run.returncode}): {run.stderr.strip()}")
    return {"report": json.loads(run.stdout), "stderr": run.stderr, "code": run.returncode}


def merge(reports):
    """The partial reports as one: the report check writes, parsed."""
    stories = sorted((s for r in reports for s in r["stories"]), key=lambda s: (s["id"], s["path"]))
    keys = ["stories", "documents", "skipped", "claims", "errors", "warnings", "infos"]
    summary = {k: sum(r["summary"][k] for r in reports) for k in keys}
    versions = {(r["factlint_report"], r["factlint"]) for r in reports}
    if len(versions) != 1:
        raise RuntimeError(f"the workers ran different factlint versions: {sorted(versions)}")
    report_format, version = versions.pop()
    return {"factlint_report": report_format, "factlint": version, "summary": summary, "stories": stories}


class LocalCluster:
    """A scheduler and workers on 127.0.0.1, as separate processes, the way a
    real deployment runs them; stopped (with everything they started) on exit."""

    def __init__(self, workers, scratch):
        self.scheduler_file = os.path.join(scratch, "scheduler.json")
        self.processes = []
        self.logs = []
        bin_dir = os.path.dirname(sys.executable)
        scheduler = shutil.which("dask-scheduler") or os.path.join(bin_dir, "dask-scheduler")
        worker = shutil.which("dask-worker") or os.path.join(bin_dir, "dask-worker")
        self._start([sys.executable, scheduler, "--host", "127.0.0.1", "--port", "0", "--dashboard-address", ":0",
                     "--scheduler-file", self.scheduler_file], scratch, "scheduler")
        deadline = time.monotonic() + 60
        while not os.path.exists(self.scheduler_file):
            if time.monotonic() > deadline or self.processes[0].poll() is not None:
                self.stop()
                raise RuntimeError("the Dask scheduler did not start: " + self.log(0))
            time.sleep(0.1)
        for i in range(workers):
            self._start([sys.executable, worker, "--scheduler-file", self.scheduler_file, "--nworkers", "1",
                         "--nthreads", "1", "--host", "127.0.0.1", "--dashboard-address", ":0",
                         "--local-directory", scratch, "--name", f"worker-{i}"], scratch, f"worker-{i}")

    def _start(self, command, scratch, name):
        log = open(os.path.join(scratch, name + ".log"), "w")
        self.logs.append(log)
        self.processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))

    def log(self, i):
        self.logs[i].flush()
        with open(self.logs[i].name) as f:
            return f.read()[-2000:]

    def stop(self):
        for p in reversed(self.processes):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in reversed(self.processes):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        for log in self.logs:
            log.close()


def run(args, client):
    import dask.bag as db
    folders = story_folders(args.paths)
    if not folders:
        sys.exit("factlint_dask: no story folders in " + " ".join(args.paths))
    shards = [[] for _ in range(min(args.shards, len(folders)))]
    for folder in folders:
        shards[bucket(os.path.basename(folder), len(shards))].append(folder)

    import dask
    from distributed import wait
    started = time.monotonic()
    # map: a task per shard; its claim lines are one partition of a bag, and
    # stay on the worker that made them.
    lines = db.from_delayed([dask.delayed(extract_shard, pure=True)(args.factlint, args.rules, shard)
                             for shard in shards]).persist()
    wait(lines)
    mapped = time.monotonic()
    # shuffle: every line of a story (its story line, documents and claims)
    # to one partition, whichever shard it came from.
    by_story = lines.groupby(story_of, npartitions=args.partitions, shuffle="tasks")
    # reduce: a factlint reconcile per partition.
    partial = by_story.map_partitions(lambda groups: [reconcile_partition(args.factlint, args.rules, list(groups))])
    results = partial.compute()
    reduced = time.monotonic()
    reports = [r["report"] for r in results if r["report"] is not None]
    problems = "".join(r["stderr"] for r in results)
    report = merge(reports)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=2)
        f.write("\n")
    os.replace(tmp, args.output)
    sys.stderr.write(problems)
    s = report["summary"]
    print(f"factlint_dask: {len(folders)} stories in {len(shards)} shards, {s['claims']} claims, "
          f"{s['errors']} errors, {s['warnings']} warnings; map {mapped - started:.2f} s, "
          f"shuffle and reduce over {args.partitions} partitions {reduced - mapped:.2f} s -> {args.output}",
          file=sys.stderr)
    failed = any(r["code"] == 2 for r in results)
    return 2 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("-o", "--output", required=True, help="the merged JSON report (written atomically)")
    parser.add_argument("--factlint", default=shutil.which("factlint") or "factlint", help="the factlint binary")
    parser.add_argument("--rules", default="", help="the rule pack folder (default: factlint's own)")
    parser.add_argument("--shards", type=int, default=8, help="extraction tasks (default 8)")
    parser.add_argument("--partitions", type=int, default=4, help="reconciliation tasks (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local cluster (default 2)")
    parser.add_argument("--scheduler", default="", help="an existing scheduler (tcp://host:port): no local cluster")
    args = parser.parse_args()
    args.factlint = os.path.abspath(args.factlint) if os.path.sep in args.factlint else args.factlint
    if args.rules:
        args.rules = os.path.abspath(args.rules)

    from distributed import Client
    if args.scheduler:
        with Client(args.scheduler) as client:
            return run(args, client)
    with tempfile.TemporaryDirectory(prefix="factlint-dask-") as scratch:
        cluster = LocalCluster(args.workers, scratch)
        try:
            with Client(scheduler_file=cluster.scheduler_file, timeout="60s") as client:
                client.wait_for_workers(args.workers, timeout=120)
                return run(args, client)
        except (OSError, TimeoutError) as e:
            print(f"factlint_dask: the cluster failed: {e}", file=sys.stderr)
            return 3
        finally:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
