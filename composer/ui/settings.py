"""Every setting the app keeps, declared in one place (as qutebrowser's configdata.yml).

Preferences (what the person chose) live apart from window state (where things were).
Personal details and signatures are kept only when the person ticks "remember".
"""

from __future__ import annotations

import json
from typing import Any

from composer.ui.qt import QtCore

MAX_RECENT = 8


def default_qsettings() -> QtCore.QSettings:
    """The platform's usual settings store, or ``portable/settings.ini`` in portable mode."""
    from composer.core.paths import settings_file

    portable = settings_file()
    if portable is not None:
        return QtCore.QSettings(str(portable), QtCore.QSettings.Format.IniFormat)
    return QtCore.QSettings()


class Settings:
    """Typed access to QSettings; one instance per app."""

    def __init__(self, settings: QtCore.QSettings | None = None) -> None:
        self.q = settings or default_qsettings()

    # -- window state -------------------------------------------------------------------------

    def geometry(self) -> QtCore.QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QtCore.QByteArray) else None

    def set_geometry(self, value: QtCore.QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    def splitter(self) -> QtCore.QByteArray | None:
        value = self.q.value("window/splitter")
        return value if isinstance(value, QtCore.QByteArray) else None

    def set_splitter(self, value: QtCore.QByteArray) -> None:
        self.q.setValue("window/splitter", value)

    # -- preferences --------------------------------------------------------------------------

    def ui_language(self) -> str:
        """The language chosen in View ▸ Language; "" follows the system."""
        return str(self.q.value("preferences/ui_language", "") or "")

    def set_ui_language(self, language: str) -> None:
        self.q.setValue("preferences/ui_language", language)

    def text_size(self) -> int:
        """The text size chosen in View ▸ Text Size, in per cent of the system's."""
        try:
            return int(str(self.q.value("preferences/text_size", 100)))
        except ValueError:
            return 100

    def set_text_size(self, percent: int) -> None:
        self.q.setValue("preferences/text_size", percent)

    def letter_text(self) -> bool | None:
        """Whether the letter's text shows below its pages; None: when a screen reader runs."""
        value = self.q.value("preferences/letter_text", None)
        if value in (None, ""):
            return None
        return str(value).lower() in ("true", "1")

    def set_letter_text(self, shown: bool) -> None:
        self.q.setValue("preferences/letter_text", shown)

    def keep_letter_texts(self) -> bool:
        """Whether the letter log keeps each letter's text (off: only what and to whom)."""
        return str(self.q.value("preferences/keep_letter_texts", False)).lower() in ("true", "1")

    def set_keep_letter_texts(self, keep: bool) -> None:
        self.q.setValue("preferences/keep_letter_texts", keep)

    def follow_up_days(self) -> int:
        """After how many days without a reply a follow-up is offered (six weeks)."""
        try:
            days = int(str(self.q.value("preferences/follow_up_days", 42)))
        except ValueError:
            return 42
        return days if 1 <= days <= 365 else 42

    def set_follow_up_days(self, days: int) -> None:
        self.q.setValue("preferences/follow_up_days", days)

    def last_template(self) -> str:
        return str(self.q.value("preferences/last_template", "") or "")

    def set_last_template(self, template_id: str) -> None:
        self.q.setValue("preferences/last_template", template_id)

    def remember_sender(self) -> bool:
        return self._bool("preferences/remember_sender", False)

    def remembered_sender(self) -> dict[str, str]:
        data = self._json("personal/sender")
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def set_remembered_sender(self, remember: bool, sender: dict[str, str]) -> None:
        self.q.setValue("preferences/remember_sender", remember)
        if remember:
            self.q.setValue("personal/sender", json.dumps(sender, ensure_ascii=False))
        else:
            self.q.remove("personal/sender")

    def remembered_signature(self) -> dict[str, Any] | None:
        data = self._json("personal/signature")
        return data if isinstance(data, dict) else None

    def set_remembered_signature(self, signature: dict[str, Any] | None) -> None:
        if signature:
            self.q.setValue("personal/signature", json.dumps(signature))
        else:
            self.q.remove("personal/signature")

    def recent_files(self) -> list[str]:
        data = self._json("preferences/recent_files")
        return [str(p) for p in data] if isinstance(data, list) else []

    def add_recent_file(self, path: str) -> list[str]:
        files = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT]
        self.q.setValue("preferences/recent_files", json.dumps(files, ensure_ascii=False))
        return files

    def remove_recent_file(self, path: str) -> None:
        files = [p for p in self.recent_files() if p != path]
        self.q.setValue("preferences/recent_files", json.dumps(files, ensure_ascii=False))

    def last_folder(self) -> str:
        """The folder a file was last saved to or opened from ("" before the first)."""
        return str(self.q.value("window/last_folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self.q.setValue("window/last_folder", folder)

    def merge_ticked(self) -> set[int]:
        """Address-book entries ticked in the last mail merge (their ids)."""
        data = self._json("merge/ticked")
        return {int(i) for i in data if isinstance(i, int)} if isinstance(data, list) else set()

    def set_merge_ticked(self, ids: set[int]) -> None:
        self.q.setValue("merge/ticked", json.dumps(sorted(ids)))

    def printer_offset(self, printer: str) -> tuple[float, float]:
        """(right, down) in mm that this printer's output must be moved, from calibration."""
        data = self._json("printers/offsets")
        value = data.get(printer) if isinstance(data, dict) else None
        if isinstance(value, list) and len(value) == 2:
            return float(value[0]), float(value[1])
        return 0.0, 0.0

    def set_printer_offset(self, printer: str, offset: tuple[float, float]) -> None:
        data = self._json("printers/offsets")
        offsets = data if isinstance(data, dict) else {}
        offsets[printer] = [round(offset[0], 2), round(offset[1], 2)]
        self.q.setValue("printers/offsets", json.dumps(offsets, ensure_ascii=False))

    # -- helpers ------------------------------------------------------------------------------

    def _bool(self, key: str, default: bool) -> bool:
        value = self.q.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def _json(self, key: str) -> Any:
        raw = self.q.value(key, "")
        try:
            return json.loads(raw) if isinstance(raw, str) and raw else None
        except json.JSONDecodeError:
            return None
