"""Pictures made by the app (signatures, the gallery's pages) as files."""

from __future__ import annotations

from composer.ui.qt import Qt, QtCore, QtGui


def png_bytes(image: QtGui.QImage) -> bytes:
    """``image`` as PNG bytes, without any text metadata a source file carried."""
    # Painting into a fresh image drops metadata, and fixed dots-per-metre keep the bytes the
    # same on every screen, so the same signature always hashes to the same file name.
    clean = QtGui.QImage(image.size(), QtGui.QImage.Format.Format_ARGB32)
    clean.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(clean)
    painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(0, 0, image)
    painter.end()
    clean.setDotsPerMeterX(11811)  # 300 dpi
    clean.setDotsPerMeterY(11811)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    # PySide's stubs ask for bytes, but the binding only accepts str here.
    if not clean.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("could not encode the signature as PNG")
    return bytes(buffer.data().data())
