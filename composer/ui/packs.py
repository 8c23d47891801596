"""File ▸ Install Campaign Pack: the pack is checked and installed on the pool, an older
version asks first, and its letters then join the gallery under the campaign's name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from composer.core import packs
from composer.ui.errors import report_failure, show_error
from composer.ui.qt import QtCore, QtWidgets
from composer.ui.widgets import ask_open_path, ask_yes

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

translate = QtCore.QCoreApplication.translate


@dataclass(frozen=True)
class PackInstalled:
    done: packs.Installed
    recipients_added: int
    recipients_problem: str = ""


def install_and_add(path: Path, allow_older: bool, book_path: Path | None) -> PackInstalled:
    """Install the pack, then add its recipients to the address book (pool thread)."""
    done = packs.install(path, allow_older=allow_older)
    try:
        added = packs.add_recipients(done.info, book_path)
    except packs.PackError as error:  # installed all the same: said, not fatal
        return PackInstalled(done, 0, str(error))
    return PackInstalled(done, added)


def choose_and_install(window: MainWindow) -> None:
    path = ask_open_path(
        window,
        window.settings,
        translate("packs", "Install a campaign pack"),
        translate("packs", "Campaign packs (*.lcpack)"),
    )
    if path is not None:
        install(window, path)


def install(window: MainWindow, path: Path, allow_older: bool = False) -> None:
    QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.BusyCursor)

    def finished(result: PackInstalled) -> None:
        QtWidgets.QApplication.restoreOverrideCursor()
        _installed(window, result)

    def failed(error: BaseException, details: str) -> None:
        QtWidgets.QApplication.restoreOverrideCursor()
        if isinstance(error, packs.OlderPackError):
            if _replace_anyway(window, error):
                install(window, path, allow_older=True)
            return
        if isinstance(error, packs.PackError):
            show_error(
                window, translate("packs", "The campaign pack could not be installed."), str(error)
            )
            return
        report_failure(
            window, translate("packs", "The campaign pack could not be installed."), error, details
        )

    window.tasks.run(
        install_and_add,
        path,
        allow_older,
        window.book_path,
        owner=window,
        finished=finished,
        failed=failed,
        name="installing a campaign pack",
    )


def _replace_anyway(window: MainWindow, error: packs.OlderPackError) -> bool:
    if error.installed == error.offered:
        text = translate(
            "packs", "Version %1 of this campaign is already installed. Install it again?"
        ).replace("%1", error.offered)
    else:
        text = (
            translate(
                "packs",
                "A newer version (%1) of this campaign is installed. "
                "Replace it with the older version %2?",
            )
            .replace("%1", error.installed)
            .replace("%2", error.offered)
        )
    answer = ask_yes(
        window,
        translate("packs", "Install a campaign pack"),
        text,
    )
    return answer


def _installed(window: MainWindow, result: PackInstalled) -> None:
    info = result.done.info
    window.reload_catalogue()
    language = window.ui_language()
    count = len(info.template_ids())
    lines = [
        translate("packs", "“%1” is installed.").replace("%1", info.title_for(language)),
        translate("packs", "It brings %n letter(s).", "", count),
    ]
    if result.recipients_added:
        lines.append(
            translate(
                "packs",
                "%n recipient(s) were added to the address book.",
                "",
                result.recipients_added,
            )
        )
    if result.recipients_problem:
        lines.append(result.recipients_problem)
    lines.append(translate("packs", "Write one of its letters now?"))
    window.said(lines[0])
    answer = ask_yes(
        window,
        translate("packs", "Campaign pack installed"),
        "\n\n".join(lines),
        default_yes=True,
    )
    if answer:
        ids = info.template_ids()
        window.new_letter(ids[0] if ids else "")
