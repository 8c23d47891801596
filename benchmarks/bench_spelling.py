"""Spelling help: from the last key typed in a 1,200-character note to its misspelt words
underlined, in English, French and Armenian; and a dictionary's first load (in the spelling
worker process, so it never holds up the window).

    uv run python benchmarks/bench_spelling.py      (QT_QPA_PLATFORM=offscreen by default)

The time runs from the key (a character added at the end of the note) to the moment the
new underlines are in the document: the pause timer, the check on the pool, and the
re-underlining on the UI thread. Each run types a new made-up word, so that word is looked up
for the first time, as when the writer types.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._common import calibrate, report

NOTES = {
    "en": (
        "My grandmother was born in Stepanakert and I think every day of the families who "
        "are still waiting for news of their sons and daughters. Please do everything you "
        "can to bring them home. "
    ),
    "fr": (
        "Ma grand-mère est née à Stepanakert et je pense chaque jour aux familles qui "
        "attendent encore des nouvelles de leurs fils et de leurs filles. Faites tout ce que "
        "vous pouvez pour qu’ils rentrent chez eux. "
    ),
    "hy": (
        "Իմ տատիկը ծնվել է Ստեփանակերտում, և ես ամեն օր մտածում եմ այն ընտանիքների մասին, "
        "որոնք դեռ սպասում են իրենց որդիների և դուստրերի լուրերին։ Խնդրում եմ անել "
        "հնարավոր ամեն ինչ, որպեսզի նրանք վերադառնան տուն։ "
    ),
}


def main() -> None:
    from composer.core import spelling
    from composer.ui.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from composer.ui.spelling import SpellChecking

    calibrate()
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()  # no personal word lists
    for language, sentence in NOTES.items():
        start = time.perf_counter()
        spelling.service().misspelt(language, "x" + language)  # loads the dictionary
        loaded = 1000 * (time.perf_counter() - start)
        what = "worker start and dictionary load, " if language == "en" else "dictionary load, "
        print(f"{what + language:<48} {loaded:8.1f} ms")

        editor = QtWidgets.QPlainTextEdit()
        text = (sentence * 10)[:1200]
        editor.setPlainText(text)
        check = SpellChecking(editor, language)
        done = QtCore.QEventLoop()
        check.checked.connect(done.quit)
        done.exec()  # the field's first check
        times = []
        for run in range(60):
            made_up = "zqx" + "".join(chr(97 + int(d)) for d in str(run)) + "wv"
            word = " " + made_up
            cursor = editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            editor.setTextCursor(cursor)
            start = time.perf_counter()
            cursor.insertText(word)
            done.exec()
            times.append(time.perf_counter() - start)
            assert made_up in check.misspelt
            cursor.movePosition(cursor.MoveOperation.End)
            for _ in word:
                cursor.deletePreviousChar()
            done.exec()
        report(f"last key to underline, 1,200 chars, {language}", times)
        editor.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
