"""Print jobs for CUPS: the lp command a dialog's choices make, CUPS's paper names, and what
lp's refusals mean in plain words."""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest

import composer.core.printjobs as printjobs
from composer.core.printjobs import (
    JobOptions,
    explain_lp_error,
    lp_command,
    media_for,
    media_for_points,
    same_size,
)


def test_the_command_carries_every_choice() -> None:
    options = JobOptions(
        printer="Office",
        title="Letter to Ms. Doe",
        copies=2,
        pages="2-3",
        sides="two-sided-long-edge",
        media="Letter",
        collate=False,
    )
    assert lp_command("/tmp/x.pdf", options) == [
        "lp", "-d", "Office", "-t", "Letter to Ms. Doe", "-n", "2", "-P", "2-3",
        "-o", "sides=two-sided-long-edge", "-o", "media=Letter",
        "-o", "print-scaling=none", "-o", "collate=false", "/tmp/x.pdf",
    ]  # fmt: skip
    fitted = lp_command("/tmp/x.pdf", JobOptions(printer="", scaling="fit"))
    assert "-d" not in fitted and "print-scaling=fit" in fitted


def test_cups_names_for_our_papers_and_envelopes() -> None:
    assert [media_for(s) for s in ("letter", "a4", "us10", "dl", "c5", "c6")] == [
        "Letter", "A4", "Env10", "EnvDL", "EnvC5", "Custom.114x162mm",
    ]  # fmt: skip
    assert media_for_points(612, 792) == "Letter"
    assert media_for_points(684, 297) == "Env10"  # landscape or not
    assert media_for_points(595.3, 841.9) == "A4"
    assert media_for_points(300, 400) == "Custom.106x141mm"
    assert same_size((612, 792), (792, 612.5)) and not same_size((612, 792), (595, 842))
    with pytest.raises(ValueError):
        media_for("legal")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("lp: The printer or class does not exist.", "there is no printer called “Office”"),
        ('lp: Destination "Office" is not accepting jobs.', "is not accepting jobs"),
        ("lp: Error - no default destination available.", "no printer is chosen"),
        ("lp: Unable to connect to server: Connection refused", "CUPS) is not running"),
        ('lp: Unsupported media value "media=Env10".', "does not support this paper"),
        ("lp: something new", "refused the job: something new"),
    ],
)
def test_lp_s_refusals_in_plain_words(said: str, expected: str) -> None:
    assert expected in explain_lp_error(said, "Office")


def test_the_driver_s_envelope_hint_is_read_when_it_gives_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    listing = (
        "PageSize/Page Size: *Letter A4 Env10\nHPEnvelopeFeed/Envelope Feed: Left *Center Right\n"
    )
    monkeypatch.setattr(printjobs.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(
        printjobs.subprocess, "run", lambda *a, **k: SimpleNamespace(stdout=listing)
    )
    assert printjobs.envelope_feed_hint("Office") == "Envelope Feed: Center"
    monkeypatch.setattr(
        printjobs.subprocess, "run", lambda *a, **k: SimpleNamespace(stdout="PageSize: *A4\n")
    )
    assert printjobs.envelope_feed_hint("Office") == ""

    def slow(*args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired("lpoptions", 10)

    monkeypatch.setattr(printjobs.subprocess, "run", slow)
    assert printjobs.envelope_feed_hint("Office") == ""


def test_without_cups_a_job_is_refused_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printjobs, "cups_available", lambda: False)
    with pytest.raises(printjobs.PrintError, match="no CUPS printing system"):
        printjobs.send_pdf(b"%PDF-1.4", JobOptions(printer="Office"))
