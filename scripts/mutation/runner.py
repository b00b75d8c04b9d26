"""Running tests with one mutant in place, each run in a process forked from this one.

This process imports pytest and the heavy libraries the tests use, but none of the
project's own modules; each run is a fork that imports the project afresh, with the
mutated module served from the mutant's syntax tree (never written to disk), and runs
pytest on the module's tests against its own copy of a test database migrated once. So a
run costs the project's import and its tests, not an interpreter start or a migration.
"""

import ast
import contextlib
import importlib
import importlib.abc
import importlib.util
import inspect
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

KILLED, SURVIVED, TIMEOUT = "killed", "survived", "timeout"


@dataclass
class Job:
    """One run of ``tests``: with ``mutant`` in place, or none (the baseline, which also
    records the lines of ``trace`` it runs)."""

    module: str
    tests: list[str]
    mutant: object = None  # an operators.Mutant
    trace: bool = False
    collect_only: bool = False  # only collect, and write down every module imported
    timeout: float = 600.0
    coverage: "Coverage | None" = None
    imported: list[str] = field(default_factory=list)
    cpu: float = 0.0  # seconds of processor time the run took


def preload(names: list[str], root: Path) -> int:
    """Import the libraries among ``names`` here, once, so that no run pays for them
    (hypothesis, faker, openpyxl … take seconds). Never a module of the project (a
    folder or file in ``root``): those are what the runs import afresh. A library that
    cannot be imported before Django is set up is left to the runs. How many were."""
    own = {path.stem for path in root.iterdir()}
    done = 0
    for name in sorted(names, key=lambda name: name.count(".")):
        if name.split(".")[0] in own or name == "__main__" or name in sys.modules:
            continue
        try:
            importlib.import_module(name)
            done += 1
        except BaseException:  # noqa: S112 - needs Django's settings or apps: left to the runs
            continue
    return done


def dotted(module: str) -> str:
    return module.removesuffix(".py").replace("/", ".")


class MutantFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves one module from a syntax tree instead of its file (same name, same path)."""

    def __init__(self, name: str, path: str, tree: ast.Module) -> None:
        self.name, self.path, self.tree = name, path, tree

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.name:
            return None
        return importlib.util.spec_from_file_location(fullname, self.path, loader=self)

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        exec(compile(self.tree, self.path, "exec"), module.__dict__)  # noqa: S102


IMPORT = "<import>"  # lines run while a module is imported, not by one test


class LineTracer:
    """Records, per test, the lines of one file that run (in any thread); lines of module
    and class bodies (run once, on import) count for every test (:data:`IMPORT`)."""

    def __init__(self, path: str) -> None:
        self.path = os.path.realpath(path)
        self.current = IMPORT
        self.lines: dict[str, set[int]] = {IMPORT: set()}
        self.durations: dict[str, float] = {}
        self._files: dict[str, bool] = {}

    def __call__(self, frame, event, arg):
        name = frame.f_code.co_filename
        ours = self._files.get(name)
        if ours is None:
            ours = self._files[name] = os.path.realpath(name) == self.path
        if not ours:
            return None
        once = not frame.f_code.co_flags & inspect.CO_OPTIMIZED  # a module or class body
        lines = self.lines[IMPORT] if once else self.lines.setdefault(self.current, set())
        lines.add(frame.f_lineno)

        def line(frame, event, arg):
            if event == "line":
                lines.add(frame.f_lineno)
            return line

        return line

    def install(self) -> None:
        threading.settrace(self)
        sys.settrace(self)

    def stop(self) -> None:
        sys.settrace(None)
        threading.settrace(None)

    # pytest hooks: which test is running, and how long it takes
    def pytest_runtest_logstart(self, nodeid, location) -> None:
        self.current = nodeid
        self.durations[nodeid] = 0.0

    def pytest_runtest_logreport(self, report) -> None:
        self.durations[report.nodeid] = self.durations.get(report.nodeid, 0.0) + report.duration

    def pytest_runtest_logfinish(self, nodeid, location) -> None:
        self.current = IMPORT

    def write(self, path: Path) -> None:
        data = {
            "lines": {key: sorted(lines) for key, lines in self.lines.items()},
            "durations": self.durations,
        }
        path.write_text(json.dumps(data))


@dataclass
class Coverage:
    """What the unchanged tests of a module did: per test its lines, and its time."""

    lines: dict[str, set[int]]
    durations: dict[str, float]  # in the order the tests ran

    @classmethod
    def read(cls, path: Path) -> "Coverage":
        data = json.loads(path.read_text())
        lines = {key: set(value) for key, value in data["lines"].items()}
        return cls(lines, data["durations"])

    def tests_for(self, first: int, last: int) -> list[str]:
        """The tests that run a line from ``first`` to ``last``, fastest first (every test
        when such a line runs on import); a run stops at the first that fails."""
        span = range(first, last + 1)
        everyone = not self.lines[IMPORT].isdisjoint(span)
        tests = [
            test
            for test in self.durations
            if everyone or not self.lines.get(test, set()).isdisjoint(span)
        ]
        return sorted(tests, key=self.durations.__getitem__)

    def seconds(self, tests: list[str]) -> float:
        return sum(map(self.durations.__getitem__, tests))


class _LateDatabasePlugin:
    """Registers scripts.mutation.database after pytest-django, so its fixture wins."""

    def pytest_configure(self, config) -> None:
        config.pluginmanager.import_plugin("scripts.mutation.database")


def migrate(root: Path, database: Path) -> None:
    """A migrated test database at ``database``, as pytest-django would make it."""
    env = {**_environment(database), "DJANGO_SETTINGS_MODULE": "tests.settings"}
    command = [sys.executable, "manage.py", "migrate", "--run-syncdb", "--noinput", "-v", "0"]
    subprocess.run(command, cwd=root, env=env, check=True)  # noqa: S603 - our own command


def _environment(database: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DJANGO_REDIS_URL", None)  # never a cache shared with anything else
    if database is not None:
        env["DATABASE_URL"] = f"sqlite:///{database}"
    return env


def _child(job: Job, root: Path, database: Path | None, log: Path, pytest_args: list) -> None:
    """In the forked process: run the tests, exit with pytest's code. Never returns."""
    code = 3
    try:
        os.setpgid(0, 0)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.chdir(root)
        os.environ.clear()
        os.environ.update(_environment(database))
        path = str(root / job.module)
        if job.mutant is not None:
            sys.meta_path.insert(0, MutantFinder(dotted(job.module), path, job.mutant.tree))
        tracer = LineTracer(path) if job.trace else None
        if tracer:
            tracer.install()
        import pytest

        plugins = [_LateDatabasePlugin()] if database is not None else []
        plugins += [tracer] if tracer else []
        args = ["-x", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-W", "ignore",
                *pytest_args, *job.tests]  # fmt: skip
        if job.collect_only:
            args.append("--collect-only")
        code = int(pytest.main(args, plugins=plugins))
        if job.collect_only:
            Path(f"{log}.modules").write_text("\n".join(sorted(sys.modules)))
        if tracer:
            tracer.stop()
            tracer.write(Path(f"{log}.lines"))
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def run(
    jobs: list[Job],
    *,
    root: Path,
    workdir: Path,
    pristine: Path | None,
    slots: int,
    pytest_args: list[str],
) -> Iterator[tuple[Job, str, float, Path]]:
    """Run the jobs, ``slots`` at a time; yields (job, outcome, seconds, log) as each ends.

    A run that exits 0 lets its mutant survive; any failure (a failing test, an error
    while importing, a crash) kills it; a run past its timeout is stopped and counts as
    killed (TIMEOUT).
    """
    queue, free = deque(jobs), list(range(slots))
    running: dict[int, tuple[Job, int, float]] = {}
    stopped: set[int] = set()
    try:
        while queue or running:
            while queue and free:
                job, slot = queue.popleft(), free.pop()
                database = _fresh_database(workdir, slot, pristine)
                log = workdir / f"run-{slot}.log"
                pid = os.fork()
                if pid == 0:
                    _child(job, root, database, log, pytest_args)
                running[pid] = (job, slot, time.monotonic())
            pid, status, usage = os.wait4(-1, os.WNOHANG)
            if pid == 0:
                _stop_overdue(running, stopped)
                time.sleep(0.02)
                continue
            job, slot, started = running.pop(pid)
            free.append(slot)
            code = os.waitstatus_to_exitcode(status)
            outcome = TIMEOUT if pid in stopped else SURVIVED if code == 0 else KILLED
            if job.trace and outcome == SURVIVED:
                job.coverage = Coverage.read(workdir / f"run-{slot}.log.lines")
            if job.collect_only and outcome == SURVIVED:
                job.imported = (workdir / f"run-{slot}.log.modules").read_text().split()
            job.cpu = usage.ru_utime + usage.ru_stime
            yield job, outcome, time.monotonic() - started, workdir / f"run-{slot}.log"
    finally:
        for pid in running:
            _kill(pid)


def _fresh_database(workdir: Path, slot: int, pristine: Path | None) -> Path | None:
    if pristine is None:
        return None
    database = workdir / f"db-{slot}.sqlite3"
    for suffix in ("-journal", "-wal", "-shm"):  # a killed run's journal must not replay
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, database)
    return database


def _stop_overdue(running: dict, stopped: set) -> None:
    now = time.monotonic()
    for pid, (job, _slot, started) in running.items():
        if pid not in stopped and now - started > job.timeout:
            stopped.add(pid)
            _kill(pid)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
