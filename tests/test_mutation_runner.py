"""The mutation runner of `make mutation` (scripts/mutation), on a module of four lines: it
finds the mutant the tests miss, says where, and fails below the threshold."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = '''"""A rule with a boundary."""


def may_vote(age):
    return age >= 18
'''
SAMPLE_TESTS = """from sample import may_vote


def test_adults_vote_and_children_do_not():
    assert may_vote(40) is True
    assert may_vote(3) is False
"""
CONFIG = """root = "."
threshold = 90

[modules."sample.py"]
tests = ["test_sample.py"]
"""
EQUIVALENTS = """["sample.py"]
"may_vote: 18 => 19" = "accepted: only to see it counted apart"
"""


def run(tmp_path, *args) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO")}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "scripts.mutation", "--config", str(tmp_path / "modules.toml"),
         "--equivalents", str(tmp_path / "equivalents.toml"), "--jobs", "2", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_runner_reports_the_surviving_mutant_and_fails(tmp_path):
    (tmp_path / "sample.py").write_text(SAMPLE)
    (tmp_path / "test_sample.py").write_text(SAMPLE_TESTS)
    (tmp_path / "modules.toml").write_text(CONFIG)
    (tmp_path / "equivalents.toml").write_text(EQUIVALENTS)

    listed = run(tmp_path, "--list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        'sample.py:5  "may_vote: return age >= 18 => return None"',
        'sample.py:5  "may_vote: age >= 18 => age > 18"',
        'sample.py:5  "may_vote: age >= 18 => age < 18"',
        'sample.py:5  "may_vote: 18 => 19"',
    ]

    result = run(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    # Four mutants: two killed, one listed as equivalent, one surviving: 2 of 3 is 66.7 %.
    assert "sample.py        4       2  1 (1 acc.)         1     66.7 %  below 90 %" in (
        result.stdout
    )
    survivor = result.stdout[result.stdout.index("sample.py:5  may_vote: age >= 18 => age > 18") :]
    assert survivor.splitlines()[1:3] == ["    -     return age >= 18", "    +     return age > 18"]


def test_an_equivalent_that_names_no_mutant_fails_the_run(tmp_path):
    (tmp_path / "sample.py").write_text(SAMPLE.replace("18", "21"))
    (tmp_path / "test_sample.py").write_text(SAMPLE_TESTS)
    (tmp_path / "modules.toml").write_text(CONFIG)
    (tmp_path / "equivalents.toml").write_text(EQUIVALENTS)
    result = run(tmp_path, "--list")
    assert result.returncode == 1
    assert "listed as equivalent, but no such mutant: may_vote: 18 => 19" in result.stdout
