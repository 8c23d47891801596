"""Choosing how to sign: draw, a picture, a typed name, or by hand on paper."""

from __future__ import annotations

from pathlib import Path

from composer.core.model import Signature
from composer.ui.qt import Qt, QtCore, QtGui, QtWidgets, Slot
from composer.ui.settings import Settings
from composer.ui.signature.pad import SignaturePad
from composer.ui.signature.pictures import (
    load_handwriting_font,
    read_saved_picture,
    read_signature_picture,
    save_signature_image,
    typed_signature_image,
)
from composer.ui.widgets import ask_open_path


class _Preview(QtWidgets.QLabel):
    """Shows a signature picture on white, as it will look on paper, scaled to fit."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QtGui.QImage()
        self.setMinimumSize(360, 120)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(Qt.GlobalColor.white))
        palette.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor("#555555"))
        self.setPalette(palette)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )

    def image(self) -> QtGui.QImage:
        return self._image

    def show_image(self, image: QtGui.QImage, placeholder: str = "") -> None:
        self._image = image
        if image.isNull():
            self.clear()
            self.setText(placeholder)
        self._refresh()

    def _refresh(self) -> None:
        if self._image.isNull():
            return
        area = self.contentsRect().size() - QtCore.QSize(16, 16)
        if area.width() <= 0 or area.height() <= 0:
            return
        pixmap = QtGui.QPixmap.fromImage(self._image)
        if pixmap.width() > area.width() or pixmap.height() > area.height():
            pixmap = pixmap.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.setPixmap(pixmap)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()


class SignatureDialog(QtWidgets.QDialog):
    """Choose how to sign: draw, a picture, a typed name, or by hand on paper."""

    DRAW, PICTURE, TYPE, BY_HAND = range(4)

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        name: str = "",
        signature: Signature | None = None,
        images_dir: Path,
        remember: bool = False,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self._images_dir = Path(images_dir)
        self._picture = QtGui.QImage()  # a newly chosen picture, not saved yet
        self._picture_path: Path | None = None  # a picture already saved (the one passed in)
        self._result: Signature | None = None
        self._handwriting = load_handwriting_font()
        self.setWindowTitle(self.tr("Signature"))

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(self.tr("How to sign"))
        self.tabs.addTab(self._draw_tab(), self.tr("&Draw"))
        self.tabs.addTab(self._picture_tab(), self.tr("&Picture"))
        self.tabs.addTab(self._type_tab(name), self.tr("&Type"))
        self.tabs.addTab(self._by_hand_tab(), self.tr("By &hand"))

        self.remember_box = QtWidgets.QCheckBox(
            self.tr("&Remember this signature on this computer")
        )
        self.remember_box.setChecked(remember)
        self.remember_box.setAccessibleName(self.tr("Remember this signature on this computer"))

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.buttons)

        self._load(signature)
        self.tabs.currentChanged.connect(self._update_ok)
        self._update_ok()

    # --- tabs ---------------------------------------------------------------------------

    def _draw_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.pad = SignaturePad()
        self.pad.changed.connect(self._update_ok)
        undo = QtWidgets.QPushButton(self.tr("&Undo stroke"))
        undo.setAccessibleName(self.tr("Undo stroke"))
        undo.clicked.connect(self.pad.undo_stroke)
        clear = QtWidgets.QPushButton(self.tr("C&lear"))
        clear.setAccessibleName(self.tr("Clear the signature pad"))
        clear.clicked.connect(self.pad.clear)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(undo)
        row.addWidget(clear)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self.pad, 1)
        layout.addLayout(row)
        return page

    def _picture_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        intro = QtWidgets.QLabel(
            self.tr(
                "Sign a white sheet of paper with a dark pen, take a photo or scan it, and "
                "choose the picture here. The white around the signature becomes transparent."
            )
        )
        intro.setWordWrap(True)
        choose = QtWidgets.QPushButton(self.tr("&Choose picture…"))
        choose.setAccessibleName(self.tr("Choose a picture of your signature"))
        choose.clicked.connect(self._choose_picture)
        self.picture_preview = _Preview()
        self.picture_preview.setAccessibleName(self.tr("Preview of the signature picture"))
        self.picture_preview.show_image(QtGui.QImage(), self.tr("No picture chosen yet."))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(choose)
        row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.picture_preview, 1)
        return page

    def _type_tab(self, name: str) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.name_edit = QtWidgets.QLineEdit(name)
        self.name_edit.setMaxLength(100)
        self.name_edit.setAccessibleName(self.tr("Your name as a signature"))
        label = QtWidgets.QLabel(self.tr("&Your name:"))
        label.setBuddy(self.name_edit)
        self.type_preview = _Preview()
        self.type_preview.setAccessibleName(self.tr("Preview of the typed signature"))
        self.name_edit.textChanged.connect(self._update_typed_preview)
        self.name_edit.textChanged.connect(self._update_ok)
        form = QtWidgets.QHBoxLayout()
        form.addWidget(label)
        form.addWidget(self.name_edit, 1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.type_preview, 1)
        self._update_typed_preview()
        return page

    def _by_hand_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        text = QtWidgets.QLabel(
            self.tr(
                "The letter will have a line where you sign with a pen after printing it. "
                "A signature in your own hand is often the most personal choice."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    # --- state --------------------------------------------------------------------------

    def _load(self, signature: Signature | None) -> None:
        if signature is None:
            self.tabs.setCurrentIndex(self.DRAW)
        elif signature.image is not None:
            self._picture_path = Path(signature.image)
            image = read_saved_picture(self._picture_path)
            self.picture_preview.show_image(
                image, self.tr("The saved signature picture cannot be read. Choose it again.")
            )
            if image.isNull():
                self._picture_path = None
            self.tabs.setCurrentIndex(self.PICTURE)
        elif signature.strokes:
            self.pad.set_strokes(signature.strokes)
            self.tabs.setCurrentIndex(self.DRAW)

    def load_picture(self, path: Path) -> bool:
        """Use the picture at ``path``; an unusable one is explained to the user."""
        try:
            image = read_signature_picture(path)
        except ValueError as error:
            self._show_error(
                self.tr("This picture cannot be used as a signature:\n{reason}").format(
                    reason=str(error)
                )
            )
            return False
        self._picture = image
        self._picture_path = None
        self.picture_preview.show_image(image)
        self._update_ok()
        return True

    @Slot()
    def _choose_picture(self) -> None:
        path = ask_open_path(
            self,
            self.settings,
            self.tr("Choose a picture of your signature"),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if path is not None:
            self.load_picture(path)

    @Slot()
    def _update_typed_preview(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            self.type_preview.show_image(QtGui.QImage(), self.tr("Type your name above."))
            return
        self.type_preview.show_image(typed_signature_image(name, self._handwriting))

    @Slot()
    def _update_ok(self) -> None:
        index = self.tabs.currentIndex()
        ready = {
            self.DRAW: not self.pad.is_empty(),
            self.PICTURE: not self._picture.isNull() or self._picture_path is not None,
            self.TYPE: bool(self.name_edit.text().strip()),
            self.BY_HAND: True,
        }.get(index, False)
        ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)

    def _show_error(self, text: str) -> None:
        QtWidgets.QMessageBox.warning(self, self.tr("Signature"), text)

    def _chosen(self) -> Signature | None:
        """The signature as chosen now; saves pictures and typed names (may raise OSError)."""
        index = self.tabs.currentIndex()
        if index == self.DRAW:
            return Signature(strokes=self.pad.strokes()) if not self.pad.is_empty() else None
        if index == self.PICTURE:
            if not self._picture.isNull():
                self._picture_path = save_signature_image(self._picture, self._images_dir)
                self._picture = QtGui.QImage()
            return Signature(image=self._picture_path) if self._picture_path else None
        if index == self.TYPE:
            name = self.name_edit.text().strip()
            image = typed_signature_image(name, self._handwriting)
            return Signature(image=save_signature_image(image, self._images_dir), typed=name)
        return None

    # --- results ------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self._result = self._chosen()
        except (OSError, ValueError) as error:
            self._show_error(
                self.tr("The signature could not be saved:\n{reason}").format(reason=str(error))
            )
            return
        super().accept()

    def result_signature(self) -> Signature | None:
        """What the user chose when pressing OK: strokes, an image, or None to sign by hand."""
        return self._result

    def remember(self) -> bool:
        return self.remember_box.isChecked()
