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
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, Protocol

MAX_MESSAGE = 16 * 1024 * 1024  # bytes of one line either way
START_SECONDS = 60.0  # a worker's start on a busy machine (imports), before it says "ready"
READY = b"ready\n"
PARENT_ENV = "LETTER_COMPOSER_WORKER_PARENT"


class Process(Protocol):
    """What the worker needs of a process: ``subprocess.Popen``, or :class:`Forked`."""

    pid: int
    stdin: IO[bytes] | None
    stdout: IO[bytes] | None

    def poll(self) -> int | None: ...

    def kill(self) -> None: ...

    def wait(self, timeout: float | None = None) -> int: ...


def can_fork() -> bool:
    """Whether a worker may be a copy of this process: on Linux, before Qt is imported and
    while this is the only thread (a copy of a process with threads, or of Qt's state, is
    unsafe; macOS's system libraries are not fork-safe either)."""
    return (
        sys.platform.startswith("linux")
        and "PySide6.QtCore" not in sys.modules
        and threading.active_count() == 1
    )


class Forked:
    """A worker that is a copy of this process, talking over two pipes as its stdin and
    stdout; enough of ``subprocess.Popen`` for :class:`LineWorker`."""

    def __init__(self, target: Callable[[], int], env: dict[str, str]) -> None:
        import fcntl  # POSIX only, as fork is

        requests_in, requests_out = os.pipe()
        replies_in, replies_out = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            with contextlib.suppress(OSError, ValueError, AttributeError):
                stream.flush()
        pid = os.fork()
        if pid == 0:  # the copy: never returns
            code = 1
            try:
                # The pipes become stdin and stdout. Moved above 2 first: an app started
                # with its stdin or stdout closed gets a pipe as fd 0 or 1 itself.
                quiet = os.open(os.devnull, os.O_WRONLY)  # as the command's stderr
                given = (requests_in, replies_out, quiet)
                high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 3) for fd in given]
                for fd in {*given, requests_out, replies_in}:
                    os.close(fd)
                for fd, standard in zip(high, (0, 1, 2), strict=True):
                    os.dup2(fd, standard)
                    os.close(fd)
                # Python's own objects for them (None when the app started without them).
                sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
                sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                os.environ.clear()
                os.environ.update(env)
                _die_with_parent()
                code = target()
            finally:
                os._exit(code)
        os.close(requests_in)
        os.close(replies_out)
        self.pid = pid
        self.stdin: IO[bytes] | None = os.fdopen(requests_out, "wb")
        self.stdout: IO[bytes] | None = os.fdopen(replies_in, "rb")
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            with contextlib.suppress(ChildProcessError):
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the end (after :meth:`kill`, at once; ``timeout`` is not needed)."""
        if self.returncode is None:
            try:
                _pid, status = os.waitpid(self.pid, 0)
                self.returncode = os.waitstatus_to_exitcode(status)
            except ChildProcessError:
                self.returncode = -1
        return self.returncode


def _die_with_parent() -> None:
    """In a forked worker on Linux: be killed when the app is (PR_SET_PDEATHSIG)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)


class WorkerGone(Exception):
    """The worker could not be started, died, or did not answer in time (it is stopped)."""


class LineWorker:
    """One worker process: ``exchange`` sends a line and waits for the reply line."""

    def __init__(
        self, command: Callable[[], list[str]], name: str, start_seconds: float = START_SECONDS
    ) -> None:
        self._command = command
        self._name = name
        self.start_seconds = start_seconds  # to wait for "ready"
        self._process: Process | None = None
        self._replies: queue.Queue[bytes | None] = queue.Queue()
        self._ready = False  # the process said it is ready
        self.lock = threading.Lock()  # one exchange at a time; held by the caller

    def exchange(self, line: bytes, timeout: float) -> bytes:
        """The reply to ``line`` (which ends with a newline). Call with :attr:`lock` held."""
        process = self._start()
        stdin = process.stdin
        assert stdin is not None
        try:
            stdin.write(line)
            stdin.flush()
        except (OSError, ValueError):  # it died, or was stopped from another thread
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

    @property
    def pid(self) -> int | None:
        """The process's id while it runs."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def launch(self, fork: Callable[[], int] | None = None) -> bool:
        """Start the process now without waiting for it to be ready (it loads while the
        caller goes on); the first :meth:`exchange` waits for it. False if it cannot start.

        With ``fork``, and where :func:`can_fork`, the process is a copy of this one that
        runs ``fork()`` instead of the command: it skips starting an interpreter and
        importing what this one has already (a bundled app's start alone is 0.2 s). Should
        it have to be started again later, the command starts it."""
        with self.lock:
            if self._process is not None and self._process.poll() is None:
                return True
            try:
                self._spawn(fork if fork is not None and can_fork() else None)
            except WorkerGone:
                return False
            return True

    def _spawn(self, fork: Callable[[], int] | None = None) -> Process:
        env = dict(os.environ, **{PARENT_ENV: str(os.getpid())})
        process: Process
        try:
            if fork is not None:
                process = Forked(fork, env)
            else:
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
        self._process, self._replies, self._ready = process, replies, False
        return process

    def _start(self) -> Process:
        process = self._process
        if process is None or (process.poll() is not None and self._ready):
            process = self._spawn()
        if self._ready:
            return process
        try:
            ready = self._replies.get(timeout=self.start_seconds)
        except queue.Empty:
            ready = None
        if ready != READY.strip():
            self.stop()
            raise WorkerGone("did not start")
        self._ready = True
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


def request_waiting() -> bool | None:
    """In a worker: has the app sent a line that is not read yet? None where it cannot be
    told (Windows' pipes cannot be polled)."""
    import select
    import sys

    try:
        return bool(select.select([sys.stdin.buffer], [], [], 0)[0])
    except (OSError, ValueError, TypeError):
        return None


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


def serve(
    handle: Callable[[bytes], bytes],
    before: Callable[[], None] = lambda: None,
    meanwhile: Callable[[], object] = lambda: None,
) -> int:
    """The worker's side: say ready, then answer each line of stdin with ``handle``'s line,
    until stdin closes (the app quit or was killed). ``before`` runs before each request;
    ``meanwhile`` once, after saying ready (a first request waits until it returns)."""
    import sys

    out = sys.stdout.buffer
    out.write(READY)
    out.flush()
    meanwhile()
    stdin = sys.stdin.buffer
    while True:
        line = stdin.readline(MAX_MESSAGE + 1)
        if not line.endswith(b"\n"):
            return 0
        before()
        data = handle(line)
        out.write(data + b"\n")
        out.flush()
