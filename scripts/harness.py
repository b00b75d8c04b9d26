"""What the benchmark and the load test share: production settings on the loopback, gunicorn."""

import os
import secrets
import signal
import socket
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server of our own on a free port, for runs that stop, pause or restart it
    (never the machine's shared Redis). Keeps nothing on disk.

    ``pause()`` (SIGSTOP) leaves a Redis that accepts connections but never answers, with
    its data: the hung cache of a real outage; ``resume()`` lets it answer again."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> "RedisServer":
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                   "--save", "", "--appendonly", "no", "--loglevel", "warning"]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as peer:
                    peer.sendall(b"PING\r\n")
                    if peer.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            self.resume()
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def pause(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)

    def __enter__(self) -> "RedisServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
