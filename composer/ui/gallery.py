"""Choosing a letter: a card per template with its title, purpose, languages and a small
picture of its first page: built by the same renderer as the letter, off the UI thread;
drawn as a picture on the UI thread, where Qt's classes belong; kept in the cache folder."""

from __future__ import annotations

import functools
import hashlib
import html
import logging
from pathlib import Path

from composer import __version__
from composer.core import paths
from composer.core.files import write_atomic
from composer.core.model import Letter, letter_from_dict
from composer.core.packs import PackInfo
from composer.core.templates import Catalogue, Template
from composer.ui import colours
from composer.ui.form import language_name
from composer.ui.images import png_bytes
from composer.ui.qt import Qt, QtCore, QtGui, QtPdf, QtWidgets, Slot
from composer.ui.tasks import Tasks, app_tasks, close_tasks
from composer.ui.widgets import fit_to_screen

log = logging.getLogger(__name__)

THUMB_WIDTH = 132  # pixels: enough to recognise a letter's shape, not to read it


# Names for the sample letter in a card's picture (too small to read; they give the page
# its shape).
_SAMPLE_NAMES = {
    "en": ("Anna Grigorian", "Jane Doe"),
    "fr": ("Élodie Sarkissian", "Marie Tremblay"),
    "hy": ("Աննա Գրիգորյան", "Jane Doe"),
}


def sample_letter(template: Template, language: str) -> Letter:
    """The letter as a new writer sees it first: the template's own defaults, sample names."""
    kind = template.recipient_kinds[0] if template.recipient_kinds else "other"
    sender, recipient = _SAMPLE_NAMES.get(language, _SAMPLE_NAMES["en"])
    return letter_from_dict(
        {
            "template": template.id,
            "language": language,
            "date": "2026-01-15",
            "sender": {"name": sender, "city": "Montréal", "region": "QC", "country": "CA"},
            "recipient": {"kind": kind, "name": recipient, "city": "Ottawa", "country": "CA"},
            "fields": {f.name: f.default for f in template.fields},
        }
    )


def thumbnail_path(template: Template, language: str, width: int) -> Path:
    """Where the picture of ``template``'s first page is cached: named by what it shows, so
    an edited template or a new version of the app draws a new one."""
    digest = hashlib.sha1(f"{__version__}|{template.id}|{language}|{width}".encode())
    for entry in sorted(template.folder.iterdir()):
        try:
            stat = entry.stat()
        except OSError:
            continue
        digest.update(f"|{entry.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return paths.user_cache_dir() / "thumbnails" / f"{template.id}-{digest.hexdigest()[:16]}.png"


def first_page(template: Template, language: str, width: int) -> tuple[str, bytes]:
    """What a card's picture is made from (on a pool thread, without Qt): ("png", bytes)
    when the picture is cached, else ("pdf", bytes) of the sample letter."""
    cached = thumbnail_path(template, language, width)
    try:
        return "png", cached.read_bytes()
    except OSError:
        pass
    from composer.pdf.build import build_pdf

    letter = sample_letter(template, language)
    return "pdf", build_pdf(letter, template, require_complete=False).pdf


def picture_of(kind: str, data: bytes, width: int, cache_as: Path | None = None) -> QtGui.QImage:
    """The picture itself, on the UI thread: a cached PNG read, or the PDF's first page drawn
    ``width`` pixels wide on white (and kept as ``cache_as``)."""
    if kind == "png":
        image = QtGui.QImage()
        if image.loadFromData(data, "PNG"):
            return image
        return QtGui.QImage()
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(data))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument()
    document.load(buffer)
    page = document.pagePointSize(0)
    height = round(width * page.height() / page.width()) if page.width() else width
    rendered = document.render(0, QtCore.QSize(width, height))
    document.close()
    # Rendered pages are transparent: a card shows them on white, as paper.
    paper = QtGui.QImage(rendered.size(), QtGui.QImage.Format.Format_RGB32)
    paper.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    if cache_as is not None:
        try:
            cache_as.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cache_as, png_bytes(paper))
        except OSError as error:  # no cache folder: the picture is simply drawn again
            log.info("thumbnail not cached: %s", error)
    return paper


class _Card(QtWidgets.QWidget):
    """One template: the picture of its first page beside its title, purpose and languages."""

    def __init__(self, template: Template, language: str) -> None:
        super().__init__()
        self.picture = QtWidgets.QLabel()
        self.picture.setFixedSize(THUMB_WIDTH + 2, round(THUMB_WIDTH * 1.3) + 2)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("QLabel { background: white; border: 1px solid #b0b0b0; }")
        languages = ", ".join(language_name(code) for code in template.languages)
        # A pack's letters are under its heading; letters made here say so.
        origin = self.tr("on this computer") if template.origin in ("user", "path") else ""
        lines = [
            f"<b>{html.escape(template.title_for(language))}</b>",
            html.escape(template.description_for(language)),
            "<i>"
            + html.escape(self.tr("Languages: %1").replace("%1", languages))
            + (f" · {html.escape(origin)}" if origin else "")
            + "</i>",
        ]
        self.text = QtWidgets.QLabel("<br>".join(line for line in lines if line))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(12)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        for label in (self.picture, self.text):
            # Clicks go through to the list, which selects and opens cards.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.selected = False

    def set_selected(self, selected: bool) -> None:
        """Draw the text in the palette's colour for selected text while the list paints
        the selection behind the card (made readable on it: a high-contrast palette's
        yellow selection takes black text, not the window's white)."""
        self.selected = selected
        self._colour_text()

    def _colour_text(self) -> None:
        palette = QtGui.QPalette(self.text.palette())
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else palette
        if self.selected:
            colour = colours.readable(
                source.color(QtGui.QPalette.ColorRole.HighlightedText),
                source.color(QtGui.QPalette.ColorRole.Highlight),
            )
        else:
            colour = colours.readable(
                source.color(QtGui.QPalette.ColorRole.Text),
                source.color(QtGui.QPalette.ColorRole.Base),
            )
        # On a list's viewport, a label draws in the Text role; elsewhere in WindowText.
        palette.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
        palette.setColor(QtGui.QPalette.ColorRole.Text, colour)
        self.text.setPalette(palette)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._colour_text()
        super().changeEvent(event)

    def show_picture(self, image: QtGui.QImage) -> None:
        pixmap = QtGui.QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(image.width() / THUMB_WIDTH)  # sharp on a scaled screen
        self.picture.setPixmap(pixmap)


class TemplateGallery(QtWidgets.QDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        language: str = "en",
        current: str = "",
        parent: QtWidgets.QWidget | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a letter"))
        self.tasks = tasks or app_tasks()
        self.cards: dict[str, _Card] = {}
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "Choose the letter to write. You can add your own words to it on the next step."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(self.tr("Letters"))
        self.list.setSpacing(4)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        pixels = round(THUMB_WIDTH * self.devicePixelRatioF())
        groups = catalogue.groups(language)
        self.templates = [t for _pack, templates in groups for t in templates]
        for pack, templates in groups:
            if len(groups) > 1:
                self._add_heading(pack, language)
            for template in templates:
                self._add_card(template, language, current, pixels)
        if self.list.currentRow() < 0 and self.templates:
            self.select(self.templates[0].id)
        self.list.itemActivated.connect(self.accept)
        self.list.currentItemChanged.connect(self._mark_selected)
        self._mark_selected()
        self.list.setFocus()  # the letters first: arrows choose, Enter starts writing
        layout.addWidget(self.list, 1)
        for problem in catalogue.problems:
            note = QtWidgets.QLabel(
                self.tr("Could not read a template: %1").replace("%1", str(problem))
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Write this letter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QtCore.QSize(720, 640))

    def _add_heading(self, pack: PackInfo | None, language: str) -> None:
        """A campaign's title and organiser above its letters (not a choice itself)."""
        if pack is None:
            text = self.tr("Other letters")
        elif pack.organiser:
            text = (
                self.tr("%1 — from %2")
                .replace("%1", pack.title_for(language))
                .replace("%2", pack.organiser)
            )
        else:
            text = pack.title_for(language)
        item = QtWidgets.QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # the arrows pass over it
        font = item.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        item.setFont(font)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        if pack is not None and pack.description_for(language):
            item.setToolTip(pack.description_for(language))
        self.list.addItem(item)

    def _mark_selected(self, *_items: object) -> None:
        current = self.list.currentItem()
        for card in self.cards.values():
            card.set_selected(current is not None and self.list.itemWidget(current) is card)

    def _add_card(self, template: Template, language: str, current: str, pixels: int) -> None:
        language_here = language if language in template.languages else template.languages[0]
        card = _Card(template, language_here)
        item = QtWidgets.QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, template.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, template.title_for(language_here))
        item.setData(
            Qt.ItemDataRole.AccessibleDescriptionRole, template.description_for(language_here)
        )
        item.setToolTip(template.description_for(language_here))
        item.setSizeHint(card.sizeHint())
        self.list.addItem(item)
        self.list.setItemWidget(item, card)
        self.cards[template.id] = card
        if template.id == current:
            self.list.setCurrentItem(item)
        self.tasks.run(
            first_page,
            template,
            language_here,
            pixels,
            owner=self,
            finished=functools.partial(self._picture_made, card, template, language_here, pixels),
            name=f"picture of {template.id}",
        )

    def _picture_made(
        self, card: _Card, template: Template, language: str, pixels: int, made: tuple[str, bytes]
    ) -> None:
        cache_as = thumbnail_path(template, language, pixels)
        card.show_picture(picture_of(made[0], made[1], pixels, cache_as))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        # Cards wrap their text to the list's width: their heights follow it.
        width = self.list.viewport().width() - 2 * self.list.spacing()
        for row in range(self.list.count()):
            item = self.list.item(row)
            card = self.list.itemWidget(item) if item is not None else None
            if item is not None and card is not None:
                height = max(card.heightForWidth(width), card.minimumSizeHint().height())
                item.setSizeHint(QtCore.QSize(width, height))

    def chosen(self) -> Template | None:
        item = self.list.currentItem()
        if item is None:
            return None
        template_id = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.templates if t.id == template_id), None)

    @Slot()
    def select(self, template_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)

    def done(self, result: int) -> None:
        close_tasks(self.tasks, self, 2_000)  # pictures still being drawn are not needed
        super().done(result)
