"""A helper process the app talks to by lines of JSON over its stdin and stdout.

Used where work must not run in the app's own process: a template from a stranger
(``isolation``: it may hang in C code, which no thread can stop) and the spelling
dictionaries (``spelling``: Hunspell holds Python's lock while it loads a dictionary, which
would freeze the window for a third of a second). One process is started on first use, kept
warm, started again if it died, and stopped when the app exits.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import threading
from collections.abc import Callable
from typing import IO

MAX_MESSAGE = 16 * 1024 * 1024  # bytes of one line either way
START_SECONDS = 60.0  # a worker's start on a busy machine (imports), before it says "ready"
READY = b"ready\n"
PARENT_ENV = "LETTER_COMPOSER_WORKER_PARENT"


class WorkerGone(Exception):
    """The worker could not be started, died, or did not answer in time (it is stopped)."""


class LineWorker:
    """One worker process: ``exchange`` sends a line and waits for the reply line."""

    def __init__(self, command: Callable[[], list[str]], name: str) -> None:
        self._command = command
        self._name = name
        self._process: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[bytes | None] = queue.Queue()
        self.lock = threading.Lock()  # one exchange at a time; held by the caller

    def exchange(self, line: bytes, timeout: float) -> bytes:
        """The reply to ``line`` (which ends with a newline). Call with :attr:`lock` held."""
        process = self._start()
        stdin = process.stdin
        assert stdin is not None
        try:
            stdin.write(line)
            stdin.flush()
        except OSError:
            self.stop()
            process = self._start()  # it had died since the last request: one more try
            stdin = process.stdin
            assert stdin is not None
            stdin.write(line)
            stdin.flush()
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            self.stop()
            raise WorkerGone("timeout") from None
        if reply is None:
            self.stop()
            raise WorkerGone("ended")
        return reply

    def _start(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        env = dict(os.environ, **{PARENT_ENV: str(os.getpid())})
        try:
            process = subprocess.Popen(
                self._command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        except OSError as error:
            raise WorkerGone(f"cannot start ({error})") from None
        replies: queue.Queue[bytes | None] = queue.Queue()
        stdout = process.stdout
        assert stdout is not None
        threading.Thread(
            target=_read_replies, args=(stdout, replies), name=self._name, daemon=True
        ).start()
        try:
            ready = replies.get(timeout=START_SECONDS)
        except queue.Empty:
            ready = None
        if ready != READY.strip():
            process.kill()
            process.wait()
            raise WorkerGone("did not start")
        self._process, self._replies = process, replies
        return process

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            process.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            process.wait(timeout=5)
        for stream in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()

    def close(self) -> None:
        with self.lock:
            self.stop()


def _read_replies(stream: IO[bytes], replies: queue.Queue[bytes | None]) -> None:
    """One line per reply; a line too long, or the end of the stream, ends the worker."""
    while True:
        try:
            line = stream.readline(MAX_MESSAGE + 1)
        except (OSError, ValueError):
            line = b""
        if not line.endswith(b"\n"):
            replies.put(None)
            return
        replies.put(line.rstrip(b"\n"))


def serve(handle: Callable[[bytes], bytes], before: Callable[[], None] = lambda: None) -> int:
    """The worker's side: say ready, then answer each line of stdin with ``handle``'s line,
    until stdin closes (the app quit or was killed). ``before`` runs before each request."""
    import sys

    out = sys.stdout.buffer
    out.write(READY)
    out.flush()
    stdin = sys.stdin.buffer
    while True:
        line = stdin.readline(MAX_MESSAGE + 1)
        if not line.endswith(b"\n"):
            return 0
        before()
        data = handle(line)
        out.write(data + b"\n")
        out.flush()
