"""A small real SMTP server on a free loopback port, for tests of the mail that leaves.

Speaks enough SMTP for Django's SMTP backend (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
QUIT) and keeps every message it accepted, as the bytes that arrived.
"""

import socketserver
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class SmtpServer:
    host: str
    port: int
    messages: list[Received] = field(default_factory=list)


class _Handler(socketserver.StreamRequestHandler):
    timeout = 10

    def _reply(self, text: str) -> None:
        self.wfile.write(text.encode("ascii") + b"\r\n")

    def handle(self) -> None:
        store: SmtpServer = self.server.store
        sender, recipients = "", []
        self._reply("220 localhost test SMTP")
        while line := self.rfile.readline(1000):
            verb, _, argument = line.decode("ascii", "replace").strip().partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                self._reply("250-localhost")
                self._reply("250 8BITMIME")
            elif verb in ("HELO", "NOOP"):
                self._reply("250 OK")
            elif verb == "MAIL":
                sender, recipients = argument.partition(":")[2].strip(" <>"), []
                self._reply("250 OK")
            elif verb == "RCPT":
                recipients.append(argument.partition(":")[2].strip(" <>"))
                self._reply("250 OK")
            elif verb == "DATA":
                self._reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while (data := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                    lines.append(data[1:] if data.startswith(b"..") else data)
                store.messages.append(Received(sender, recipients, b"".join(lines)))
                self._reply("250 OK: queued")
            elif verb == "RSET":
                sender, recipients = "", []
                self._reply("250 OK")
            elif verb == "QUIT":
                self._reply("221 Bye")
                return
            else:
                self._reply("502 Command not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def start() -> tuple[SmtpServer, Callable[[], None]]:
    """Start a server; returns it and the function that stops it."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.store = SmtpServer(*server.server_address[:2])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(5)

    return server.store, stop
