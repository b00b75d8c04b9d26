"""Mutation testing of the core modules: do their tests notice when the code changes?

    make mutation                                   # every module in modules.toml
    .venv/bin/python -m scripts.mutation --module duurzaamdoor/ratelimit.py
    .venv/bin/python -m scripts.mutation --list     # the mutants, without running them

For each module in ``modules.toml`` (beside this file: the module and the tests that
should notice a change in it), every mutant of ``scripts/mutation/operators.py`` is put
in place in turn and the module's tests run (``-x``: the first failure kills it). First
the tests run once unchanged, to learn which lines of the module they execute: a mutant
on a line no test runs survives without a run. The report gives per module the mutants,
killed, equivalent (``equivalents.toml``) and surviving ones, and the kill rate:
killed / (mutants - equivalent). Every survivor is listed with file:line, its identifier
and the change. Exits 1 when a module is below the threshold, or when an entry of
``equivalents.toml`` no longer names a mutant or names one the tests kill (the list
stays honest).

The tests run against SQLite, with the test database migrated once and copied per run;
``--jobs`` runs at a time (default 2).
"""

import argparse
import json
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from scripts.mutation import operators, runner

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCRATCH = "/dev/shm"  # noqa: S108 - memory-backed where there is one: no disk writes per test


@dataclass
class Tally:
    module: str
    mutants: int = 0
    killed: int = 0
    timeouts: int = 0
    equivalent: int = 0
    accepted: int = 0
    survivors: list = field(default_factory=list)  # (mutant, covered)

    @property
    def rate(self) -> float:
        counted = self.mutants - self.equivalent
        return 100.0 * self.killed / counted if counted else 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=HERE / "modules.toml")
    parser.add_argument("--equivalents", type=Path, default=HERE / "equivalents.toml")
    parser.add_argument("--module", action="append", help="only this module (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, help="runs at a time (default 2)")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    args = parser.parse_args(argv)

    config = tomllib.loads(args.config.read_text())
    root = (args.config.parent / config.get("root", "../..")).resolve()
    modules = config["modules"]
    chosen = args.module or list(modules)
    unknown = [name for name in chosen if name not in modules]
    if unknown:
        parser.error(f"not in {args.config.name}: {', '.join(unknown)}")
    equivalents = _equivalents(args.equivalents)
    mutants = {
        name: list(
            operators.mutants(name, (root / name).read_text(), modules[name].get("functions"))
        )
        for name in chosen
    }
    problems = _stale_equivalents(mutants, equivalents)
    if args.list:
        for name, found in mutants.items():
            for mutant in found:
                print(f"{name}:{mutant.lineno}  {json.dumps(mutant.ident, ensure_ascii=False)}")
        for problem in problems:
            print(problem)
        return 1 if problems else 0

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kb-mutation-", dir=_scratch()) as scratch:
        workdir = Path(scratch)
        pristine = None
        if config.get("migrate", False):
            pristine = workdir / "pristine.sqlite3"
            print("Migrating the test database …", flush=True)
            runner.migrate(root, pristine)
        common = dict(
            root=root, workdir=workdir, pristine=pristine, slots=args.jobs,
            pytest_args=config.get("pytest_args", []),
        )  # fmt: skip
        every_test = sorted({test for name in chosen for test in modules[name]["tests"]})
        collect = runner.Job(chosen[0], every_test, collect_only=True)
        for job, _outcome, _seconds, _log in runner.run([collect], **common):
            print(f"{runner.preload(job.imported, root)} libraries imported once", flush=True)
        baselines = _baselines(chosen, modules, common)
        if baselines is None:
            return 2
        tallies = _mutate(mutants, modules, baselines, equivalents, common, problems)
    _report(tallies, problems, time.monotonic() - started, config.get("threshold", 90))
    below = [t for t in tallies.values() if t.rate < config.get("threshold", 90)]
    return 1 if below or problems else 0


def _scratch() -> str | None:
    return SCRATCH if Path(SCRATCH).is_dir() else None


def _equivalents(path: Path) -> dict[str, dict[str, str]]:
    return tomllib.loads(path.read_text()) if path.exists() else {}


def _stale_equivalents(mutants: dict, equivalents: dict) -> list[str]:
    problems = []
    for name, found in mutants.items():
        idents = {mutant.ident for mutant in found}
        for ident in equivalents.get(name, {}):
            if ident not in idents:
                problems.append(f"{name}: listed as equivalent, but no such mutant: {ident}")
    return problems


def _baselines(chosen: list[str], modules: dict, common: dict) -> dict | None:
    """Each module's tests, unchanged: how long they take and which lines they run."""
    jobs = [runner.Job(name, modules[name]["tests"], trace=True) for name in chosen]
    found = {}
    for job, outcome, seconds, log in runner.run(jobs, **common):
        if outcome != runner.SURVIVED:
            print(f"The tests of {job.module} fail without any mutant:\n")
            print("\n".join(log.read_text().splitlines()[-40:]))
            return None
        print(f"{job.module}: tests pass unchanged in {seconds:.0f} s", flush=True)
        found[job.module] = job.coverage
    return found


def _mutate(mutants, modules, baselines, equivalents, common, problems) -> dict[str, Tally]:
    tallies = {name: Tally(name, mutants=len(found)) for name, found in mutants.items()}
    jobs = []
    for name, found in mutants.items():
        coverage = baselines[name]
        for mutant in found:
            tests = coverage.tests_for(mutant.lineno, mutant.end_lineno)
            if tests == []:
                _survived(tallies[name], mutant, equivalents, covered=False)
                continue
            # Three times the traced tests and a margin: a mutant that loops is stopped.
            timeout = 3 * coverage.seconds(tests) + 30
            jobs.append(runner.Job(name, tests, mutant, timeout=timeout))
    cpu = 0.0
    for done, (job, outcome, _seconds, _log) in enumerate(runner.run(jobs, **common), 1):
        cpu += job.cpu
        tally, mutant = tallies[job.module], job.mutant
        if outcome == runner.SURVIVED:
            _survived(tally, mutant, equivalents, covered=True)
        else:
            tally.killed += 1
            tally.timeouts += outcome == runner.TIMEOUT
            if mutant.ident in equivalents.get(job.module, {}):
                problems.append(f"{job.module}: listed as equivalent, but killed: {mutant.ident}")
        if done % 25 == 0 or done == len(jobs):
            alive = sum(len(t.survivors) for t in tallies.values())
            print(
                f"  {done}/{len(jobs)} mutants run, {alive} surviving so far"
                f" ({cpu / done:.1f} s of processor time per run)",
                flush=True,
            )
    return tallies


def _survived(tally: Tally, mutant, equivalents: dict, *, covered: bool) -> None:
    reason = equivalents.get(tally.module, {}).get(mutant.ident)
    if reason is None:
        tally.survivors.append((mutant, covered))
    else:
        tally.equivalent += 1
        tally.accepted += reason.startswith("accepted")


def _report(tallies: dict[str, Tally], problems: list[str], seconds: float, threshold) -> None:
    width = max(len(name) for name in tallies)
    print(f"\n{'module':<{width}}  mutants  killed  equivalent  survived  kill rate")
    for tally in tallies.values():
        equivalent = f"{tally.equivalent}" + (f" ({tally.accepted} acc.)" if tally.accepted else "")
        mark = "" if tally.rate >= threshold else f"  below {threshold} %"
        print(
            f"{tally.module:<{width}}  {tally.mutants:>7}  {tally.killed:>6}  {equivalent:>10}"
            f"  {len(tally.survivors):>8}  {tally.rate:>7.1f} %{mark}"
        )
    timeouts = sum(t.timeouts for t in tallies.values())
    print(f"\n{timeouts} of the killed mutants by a timeout; {seconds / 60:.1f} minutes in all.")
    for tally in tallies.values():
        for mutant, covered in tally.survivors:
            note = "" if covered else "   (no test runs this line)"
            print(f"\n{tally.module}:{mutant.lineno}  {mutant.ident}{note}")
            for line in mutant.old.splitlines():
                print(f"    - {line}")
            if mutant.new:
                print(f"    + {mutant.new}")
    for problem in problems:
        print(f"\n{problem}")


if __name__ == "__main__":
    sys.exit(main())
