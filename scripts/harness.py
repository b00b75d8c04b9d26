"""What the benchmark and the load test share: production settings on the loopback, gunicorn."""

import os
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")


def server_environment(port: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="duurzaamdoor.settings",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",  # plain HTTP on the loopback, no TLS proxy
        DJANGO_RATE_LIMIT_CASE_SUBMIT="100000/h",
        DJANGO_RATE_LIMIT_SEARCH="100000/h",
        DJANGO_SITE_URL=f"http://127.0.0.1:{port}",
    )
    return env


def start_gunicorn(
    port: int, env: dict[str, str], workers: int, extra: tuple[str, ...] = ()
) -> subprocess.Popen:
    command = [GUNICORN, "duurzaamdoor.wsgi", "--bind", f"127.0.0.1:{port}", "--workers",
               str(workers), "--graceful-timeout", "20", "--log-level", "warning",
               *extra]  # fmt: skip
    # Standard output carries the e-mails of the console backend; errors go to stderr.
    process = subprocess.Popen(  # noqa: S603 - our own command
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL
    )
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                if response.status == 200:
                    return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("gunicorn did not start")


def run_together(workers: list) -> None:
    """Start threads or processes all at once, and wait for every one of them."""
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603
