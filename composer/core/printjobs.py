"""Sending a PDF to a printer through CUPS, so the printer receives the document itself: its
text stays text, fine print and signatures keep their edges, and jobs stay small.

CUPS is on Linux and macOS. The job goes through the ``lp`` command rather than pycups: ``lp``
comes with every CUPS (cups-client), takes the same job options a person would type, and
needs nothing compiled, while pycups has no wheels and needs CUPS's headers and a compiler on
every computer the app is installed on. Where there is no ``lp`` (Windows), the app draws the
pages itself (``composer.ui.printing``).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from composer.core.errors import LetterError
from composer.core.stationery import ENVELOPE_SIZES, PAGE_SIZES

LP_TIMEOUT_S = 60

# CUPS's names for the document's paper (PPD PageSize names, which CUPS maps to every
# driver's own); a size without one goes as a custom size in millimetres.
_MEDIA = {
    "letter": "Letter",
    "a4": "A4",
    "us10": "Env10",
    "dl": "EnvDL",
    "c5": "EnvC5",
}


class PrintError(LetterError):
    """The job could not be sent; the message says why in plain words."""


@dataclass(frozen=True)
class JobOptions:
    """What the print dialog chose, as CUPS job options."""

    printer: str  # the queue; "" for the default printer
    title: str = "Letter"
    copies: int = 1
    pages: str = ""  # "1-2,4"; empty for every page
    sides: str = ""  # one-sided | two-sided-long-edge | two-sided-short-edge; "" as the queue
    media: str = ""  # "Letter", "A4", "Env10", "Custom.114x162mm"; "" as the queue
    scaling: str = "none"  # none: at 100 %, never scaled; fit: to the paper, keeping proportions
    collate: bool = True


@dataclass(frozen=True)
class SentJob:
    printer: str
    job: str  # CUPS's request id, "Office-12"


def cups_available() -> bool:
    """Whether this computer prints through CUPS (the ``lp`` command is there)."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def media_for(size: str) -> str:
    """CUPS's name for a paper or envelope size of ours (``letter``, ``a4``, ``us10``, ``dl``,
    ``c5``, ``c6``)."""
    if size in _MEDIA:
        return _MEDIA[size]
    if size in ENVELOPE_SIZES:
        envelope = ENVELOPE_SIZES[size]
        short, long = sorted((envelope.width, envelope.height))
        return f"Custom.{round(short * 25.4 / 72)}x{round(long * 25.4 / 72)}mm"
    raise ValueError(f"no paper called {size!r}")


def media_for_points(width: float, height: float) -> str:
    """CUPS's name for a page of ``width`` × ``height`` points (either way round)."""
    wanted = sorted((width, height))
    for name, (w, h) in PAGE_SIZES.items():
        if same_size(wanted, sorted((w, h))):
            return media_for(name)
    for name, envelope in ENVELOPE_SIZES.items():
        if same_size(wanted, sorted((envelope.width, envelope.height))):
            return media_for(name)
    return f"Custom.{round(wanted[0] * 25.4 / 72)}x{round(wanted[1] * 25.4 / 72)}mm"


def same_size(a: list[float] | tuple[float, float], b: list[float] | tuple[float, float]) -> bool:
    """Two paper sizes (points) that are the same paper: within 2 pt, either way round."""
    first, second = sorted(a), sorted(b)
    return abs(first[0] - second[0]) <= 2 and abs(first[1] - second[1]) <= 2


def lp_command(path: str, options: JobOptions) -> list[str]:
    """The ``lp`` command that prints the PDF at ``path`` as ``options`` say."""
    command = ["lp"]
    if options.printer:
        command += ["-d", options.printer]
    command += ["-t", options.title, "-n", str(max(1, options.copies))]
    if options.pages:
        command += ["-P", options.pages]
    if options.sides:
        command += ["-o", f"sides={options.sides}"]
    if options.media:
        command += ["-o", f"media={options.media}"]
    if options.scaling == "fit":
        command += ["-o", "print-scaling=fit", "-o", "fit-to-page"]
    else:
        # 100 %, never scaled to the paper: the letter's geometry (the address in the
        # envelope's window) depends on it.
        command += ["-o", "print-scaling=none"]
    if options.copies > 1:
        command += ["-o", "collate=true" if options.collate else "collate=false"]
    command.append(path)
    return command


_REQUEST = re.compile(r"request id is (\S+)")


def send_pdf(pdf: bytes, options: JobOptions) -> SentJob:
    """Give ``pdf`` to CUPS as one job; raises :class:`PrintError` in plain words."""
    if not cups_available():
        raise PrintError("this computer has no CUPS printing system (the lp command)")
    handle, path = tempfile.mkstemp(prefix="letter-composer-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pdf)
        try:
            done = subprocess.run(
                lp_command(path, options),
                capture_output=True,
                text=True,
                timeout=LP_TIMEOUT_S,
                check=False,
                env={**os.environ, "LC_ALL": "C"},  # messages to recognise, not to show
            )
        except subprocess.TimeoutExpired:
            raise PrintError("the printing system did not answer within a minute") from None
        except OSError as error:
            raise PrintError(f"the printing system could not be started ({error})") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
    found = _REQUEST.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise PrintError(explain_lp_error(done.stderr or done.stdout, options.printer))
    job = found.group(1)
    return SentJob(options.printer or job.rsplit("-", 1)[0], job)


def explain_lp_error(message: str, printer: str) -> str:
    """What ``lp`` said, in words a person can act on."""
    text = message.strip().removeprefix("lp:").strip()
    lowered = text.lower()
    name = f"“{printer}”" if printer else "the default printer"
    if "does not exist" in lowered or "not found" in lowered:
        return f"there is no printer called {name} on this computer"
    if "no default destination" in lowered:
        return "no printer is chosen as this computer's default: choose one in the print dialog"
    if "not accepting jobs" in lowered:
        return (
            f"{name} is not accepting jobs (its queue is stopped); start it in the printer settings"
        )
    if "unsupported" in lowered or "not supported" in lowered:
        return f"{name} does not support this paper or option ({text})"
    if "unable to connect" in lowered or "connection refused" in lowered:
        return "the printing system (CUPS) is not running"
    if "forbidden" in lowered or "not authorized" in lowered:
        return f"this account may not print to {name}"
    return f"the printing system refused the job: {text or 'no reason given'}"


def queue_options(printer: str) -> dict[str, str]:
    """The queue's current settings (``lpoptions -p``), e.g. its default ``PageSize``."""
    lpoptions = shutil.which("lpoptions")
    if lpoptions is None:
        return {}
    try:
        done = subprocess.run(
            [lpoptions, *(["-p", printer] if printer else [])],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
    except (OSError, subprocess.TimeoutExpired):
        return {}
    options: dict[str, str] = {}
    for match in re.finditer(r"(\S+?)=('[^']*'|\S*)", done.stdout):
        options[match.group(1)] = match.group(2).strip("'")
    return options


def envelope_feed_hint(printer: str) -> str:
    """How the printer's driver says envelopes feed ("EnvelopeFeed: Center"), or "" when
    its driver says nothing (most do not)."""
    lpoptions = shutil.which("lpoptions")
    if lpoptions is None:
        return ""
    try:
        done = subprocess.run(
            [lpoptions, *(["-p", printer] if printer else []), "-l"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    for line in done.stdout.splitlines():
        key, _, values = line.partition(":")
        if re.search(r"envelope|feed", key, re.IGNORECASE):
            chosen = next((v[1:] for v in values.split() if v.startswith("*")), "")
            label = key.split("/", 1)[-1]
            return f"{label}: {chosen}" if chosen else label
    return ""
