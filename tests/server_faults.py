"""Faults of a team database made on purpose: a proxy that breaks the connection at the
COMMIT, and the server stopped or restarted (pg_ctl).

The proxy sits between libpq and the test server's Unix socket and forwards bytes as
they are. Armed, it breaks the connection that sends COMMIT: either after the server has
answered it (the server committed, the client never hears so) or before the COMMIT
reaches the server (nothing is committed). Deterministic: no timing is involved.
"""

from __future__ import annotations

import enum
import os
import select
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from intzaken.store.location import ServerAddress

SOCKET_NAME = ".s.PGSQL.5432"
COMMIT = b"COMMIT\x00"
READY_FOR_QUERY = b"Z\x00\x00\x00\x05"


class Break(enum.Enum):
    NONE = "forward everything"
    AFTER_COMMIT = "the server commits; its answer is lost with the connection"
    BEFORE_COMMIT = "the connection breaks before the COMMIT reaches the server"


def socket_folder(url: str) -> str:
    """The folder of the test server's socket (tools/test-postgres.sh: host=folder)."""
    return parse_qs(urlsplit(url).query)["host"][0]


class CommitBreaker:
    """A Unix-socket proxy in front of the test server; `address(name)` goes through it."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.target = os.path.join(socket_folder(server_url), SOCKET_NAME)
        self.folder = tempfile.mkdtemp(prefix="iz-proxy-")
        self.mode = Break.NONE
        self.refuse_after_break = False  # the server "gone" for good after the break
        self.broken = threading.Event()
        self.cut_off = False  # `cut()`: as if the network went away
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(os.path.join(self.folder, SOCKET_NAME))
        self._listener.listen(32)
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def address(self, database_name: str) -> ServerAddress:
        parts = urlsplit(self.server_url)
        return ServerAddress(f"postgresql://{parts.username}@/{database_name}?host={self.folder}")

    def arm(self, mode: Break, *, refuse_after_break: bool = False) -> None:
        self.broken.clear()
        self.refuse_after_break = refuse_after_break
        self.mode = mode

    def cut(self) -> None:
        """Break every connection and refuse new ones, as a lost network does (to the
        client: the server closed the connection, and then nothing answers)."""
        self.cut_off = True

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.cut_off or (self.broken.is_set() and self.refuse_after_break):
                client.close()
                continue
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.connect(self.target)
            threading.Thread(target=self._pipe, args=(client, server), daemon=True).start()

    def _pipe(self, client: socket.socket, server: socket.socket) -> None:
        try:
            while True:
                readable, _, _ = select.select([client, server], [], [], 0.05)
                if self.cut_off:
                    return
                if client in readable:
                    data = client.recv(65536)
                    if not data:
                        return
                    if COMMIT in data and self.mode is not Break.NONE:
                        self._break(data, server)
                        return
                    server.sendall(data)
                if server in readable:
                    data = server.recv(65536)
                    if not data:
                        return
                    client.sendall(data)
        except OSError:
            return  # one side went away (a dropped test database): so does the other
        finally:
            client.close()
            server.close()

    def _break(self, commit: bytes, server: socket.socket) -> None:
        mode, self.mode = self.mode, Break.NONE  # once
        if mode is Break.AFTER_COMMIT:
            server.sendall(commit)
            answer = b""
            while READY_FOR_QUERY not in answer:  # the server has committed
                chunk = server.recv(65536)
                if not chunk:
                    break
                answer += chunk
        self.broken.set()


# --- the server itself ------------------------------------------------------------------------
def _server_bin() -> Path:
    return sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]


def pg_ctl(url: str, *args: str) -> None:
    """pg_ctl on a server that tools/test-postgres.sh started (as its owner)."""
    folder = socket_folder(url)
    # With its log file: a server started by pg_ctl keeps pg_ctl's output open otherwise.
    command = [
        str(_server_bin() / "pg_ctl"),
        "-D",
        f"{folder}/data",
        "-w",
        "-l",
        f"{folder}/server.log",
        *args,
    ]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120
    )


def start_args(url: str) -> list[str]:
    folder = socket_folder(url)
    return ["-o", f"-k {folder} -c listen_addresses= -c fsync=off", "start"]
