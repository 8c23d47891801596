"""Spelling help for the writer's own words, with Hunspell and the bundled dictionaries.

The engine is Hunspell itself through ``chunspell`` (a kept binding that ships wheels with
the library inside, so nothing is needed from the system). ``spylls``, the pure-Python port,
was tried first: its French suggestions ran for minutes on some words.

The dictionaries (``resources/dictionaries``, with their licences) are Debian's: Canadian
English, French (both traditional and 1990 spellings, as both are taught in Quebec) and
Eastern Armenian (a classical-orthography list, read through the reform's rules: see
``armenian_spelling``).

The app checks through :func:`service`, a worker process that holds the dictionaries:
Hunspell holds Python's lock while it loads one (0.1-0.4 s), which in the app's own process
would freeze the window. :class:`Speller` is the checking itself, used by the worker.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from composer.core import paths
from composer.core.armenian_spelling import known_reformed
from composer.core.workers import LineWorker, WorkerGone, serve

log = logging.getLogger(__name__)

# The letter's language -> (dictionary folder under resources/dictionaries, file stem).
DICTIONARIES = {"en": ("en_CA", "en_CA"), "fr": ("fr", "fr"), "hy": ("hy", "hy")}

# A word: letters, with apostrophes inside (French elision "l'Arménie", English "don't") and
# the Armenian marks written over a word's stressed vowel (U+055B emphasis, U+055C
# exclamation, U+055E question: "Ի՞նչ"), which are taken out before the word is looked up.
_ARMENIAN_MARKS = "\u055b\u055c\u055e"
WORD = re.compile(rf"[^\W\d_][^\W\d_{_ARMENIAN_MARKS}'’]*(?:['’{_ARMENIAN_MARKS}][^\W\d_]+)*")
# Addresses and e-mail addresses are not words to check.
_SKIP = re.compile(r"\S+@\S+|\w+://\S+|www\.\S+")
_STRIP_MARKS = str.maketrans("", "", _ARMENIAN_MARKS)


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word of ``text`` to check, as (start, end, word)."""
    skipped = [m.span() for m in _SKIP.finditer(text)]
    for match in WORD.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in skipped):
            continue
        before = text[max(0, start - 2) : start]
        if before[-1:].isdigit() or (before[-1:] in "-‑" and before[:1].isdigit()):
            continue  # "2nd", "8-րդ", "10-ին": a number's ending
        if text[end : end + 1].isdigit():
            continue  # "A1", "H7N"
        yield start, end, match.group()


def normal(word: str) -> str:
    """The form a dictionary knows: typographic apostrophe as ', no Armenian marks."""
    return word.replace("’", "'").translate(_STRIP_MARKS)


def worth_checking(word: str) -> bool:
    """Single letters and acronyms (NATO, ONU, ՄԱԿ) are not checked."""
    return len(word) > 1 and not word.isupper()


class Speller:
    """One language's dictionary, plus the words the writer added and the words given as
    known (the template's own text, the names in the letter). Safe to use from any thread."""

    def __init__(self, language: str, folder: Path, stem: str, personal: Path | None = None):
        self.language = language
        self.folder = folder
        self.stem = stem
        self.personal = personal
        self._lock = threading.Lock()
        self._engine: Any = None
        self._added: set[str] = set()
        self._known: dict[str, bool] = {}

    def _load(self) -> Any:
        if self._engine is None:
            import hunspell  # chunspell's module

            self._engine = hunspell.Hunspell(self.stem, hunspell_data_dir=str(self.folder))
            self._added = set(read_personal(self.personal)) if self.personal else set()
        return self._engine

    def correct(self, word: str) -> bool:
        """Whether ``word`` is spelt right (words not worth checking always are)."""
        if not worth_checking(word):
            return True
        key = normal(word)
        with self._lock:
            found = self._known.get(key)
            if found is None:
                engine = self._load()
                found = key in self._added or bool(engine.spell(key))
                if not found and self.language.startswith("hy"):
                    found = known_reformed(key, lambda w: bool(engine.spell(w)))
                if not found and "'" in key:  # "l'ONU", "d'Aram": the part after elision
                    tail = key.rsplit("'", 1)[1]
                    found = not worth_checking(tail) or bool(engine.spell(tail))
                self._known[key] = found
            return found

    def misspelt(self, text: str, known: Iterable[str] = ()) -> set[str]:
        """The words of ``text`` (as written) that are misspelt, except ``known`` ones."""
        allowed = {normal(w) for w in known}
        found = set()
        for word in {w for _s, _e, w in words(text)}:
            key = normal(word)
            if key in allowed or key.rsplit("'", 1)[-1] in allowed:  # "d'Aram"
                continue
            if not self.correct(word):
                found.add(word)
        return found

    def suggest(self, word: str, limit: int = 6) -> list[str]:
        """Hunspell's suggestions for ``word`` (0.1 s or so), best first."""
        with self._lock:
            engine = self._load()
            suggestions = [str(s) for s in engine.suggest(normal(word))]
        if "’" in word:  # answer in the writer's own apostrophe
            suggestions = [s.replace("'", "’") for s in suggestions]
        return suggestions[:limit]

    def add(self, word: str) -> None:
        """Count ``word`` as correct from now on, in this language, and keep it."""
        key = normal(word)
        with self._lock:
            self._load()
            self._added.add(key)
            self._known[key] = True
        if self.personal is not None:
            add_personal(self.personal, key)


# -- the writer's own words -------------------------------------------------------------------

PERSONAL_LIMIT = 100_000  # bytes: a personal word list is a few hundred words


def personal_path(language: str) -> Path:
    return paths.user_data_dir() / "dictionary" / f"{language}.txt"


def read_personal(path: Path) -> list[str]:
    """The words kept in ``path`` (one per line); none when it cannot be read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(PERSONAL_LIMIT)
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace")
    return [w.strip() for w in text.splitlines() if w.strip() and len(w) < 100]


def add_personal(path: Path, word: str) -> None:
    from composer.core.files import write_atomic

    kept = read_personal(path)
    if word in kept:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, ("\n".join([*kept, word]) + "\n").encode("utf-8"))
    except OSError as error:  # the word still counts for this session
        log.warning("could not keep %r in %s: %s", word, path, error)


@functools.cache
def speller(language: str) -> Speller | None:
    """The speller for a letter language, or None when no dictionary ships for it."""
    return _make_speller(language, personal_path(language))


def _make_speller(language: str, personal: Path | None) -> Speller | None:
    entry = DICTIONARIES.get(language.split("_")[0].split("-")[0])
    if entry is None:
        return None
    folder, stem = entry
    return Speller(language, paths.resources_dir() / "dictionaries" / folder, stem, personal)


# -- the worker process -------------------------------------------------------------------------

WORKER_ARGUMENT = "__spelling-worker__"  # how a frozen app is asked to be the worker
ANSWER_SECONDS = 20.0  # the first answer loads a dictionary on a busy machine
MAX_TEXT = 200_000  # characters checked at once (a note is 1,200)


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_ARGUMENT]
    return [sys.executable, "-I", "-m", "composer.core.spelling"]


class SpellService:
    """Spelling through the worker. Every call waits for the worker, without holding
    Python's lock: call :meth:`misspelt` off the UI thread. When the worker cannot answer,
    spelling help stays quiet (nothing flagged, no suggestions) and the reason is logged."""

    def __init__(self) -> None:
        self._worker = LineWorker(_command, "spelling-worker")

    def _ask(self, request: dict[str, Any]) -> Any:
        language = str(request["language"])
        request["personal"] = str(personal_path(language))
        line = json.dumps(request, ensure_ascii=True).encode("ascii") + b"\n"
        try:
            with self._worker.lock:
                reply = json.loads(self._worker.exchange(line, ANSWER_SECONDS))
        except (WorkerGone, ValueError) as error:
            log.warning("spelling worker: %s", error)
            return None
        if not isinstance(reply, dict) or "ok" not in reply:
            log.warning("spelling worker: %s", str(reply)[:200])
            return None
        return reply["ok"]

    def misspelt(self, language: str, text: str, known: Iterable[str] = ()) -> set[str]:
        found = self._ask(
            {"op": "misspelt", "language": language, "text": text[:MAX_TEXT], "known": list(known)}
        )
        return {str(w) for w in found} if isinstance(found, list) else set()

    def suggest(self, language: str, word: str) -> list[str]:
        found = self._ask({"op": "suggest", "language": language, "word": word[:100]})
        return [str(w) for w in found] if isinstance(found, list) else []

    def add(self, language: str, word: str) -> None:
        self._ask({"op": "add", "language": language, "word": word[:100]})

    def close(self) -> None:
        self._worker.close()


_service: SpellService | None = None
_service_lock = threading.Lock()


def service() -> SpellService:
    """This process's spelling worker, started on first use, stopped at exit."""
    global _service
    with _service_lock:
        if _service is None:
            _service = SpellService()
            import atexit

            atexit.register(_service.close)
        return _service


def forget_words() -> None:
    """Stop the worker, and with it its memory of every word it was asked about (the
    signing table, after each visitor); the next check starts it again."""
    with _service_lock:
        running = _service
    if running is not None:
        running.close()


def available(language: str) -> bool:
    """Whether a dictionary ships for ``language``."""
    return language.split("_")[0].split("-")[0] in DICTIONARIES


@functools.cache
def _worker_speller(language: str, personal: str) -> Speller | None:
    return _make_speller(language, Path(personal) if personal else None)


def _answer(line: bytes) -> bytes:
    try:
        request = json.loads(line)
        op = request["op"]
        checker = _worker_speller(str(request["language"]), str(request.get("personal", "")))
        if checker is None:
            result: Any = []
        elif op == "misspelt":
            known = [str(w) for w in request.get("known", [])]
            result = sorted(checker.misspelt(str(request["text"]), known))
        elif op == "suggest":
            result = checker.suggest(str(request["word"]))
        elif op == "add":
            checker.add(str(request["word"]))
            result = True
        else:
            raise ValueError(f"unknown request {op!r}")
        reply: dict[str, Any] = {"ok": result}
    except Exception as error:  # the worker answers every line, whatever happened
        reply = {"error": f"{type(error).__name__}: {error}"}
    return json.dumps(reply, ensure_ascii=True).encode("ascii")


def main() -> int:
    """Answer spelling requests on stdin until it closes (the app quit or was killed)."""
    return serve(_answer)


if __name__ == "__main__":
    sys.exit(main())
