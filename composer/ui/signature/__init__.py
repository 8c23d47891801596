"""Signing a letter: the pad (:mod:`.pad`), pictures and typed names (:mod:`.pictures`) and
the dialog offering all of them and the line to sign by hand (:mod:`.dialog`)."""

from composer.ui.images import png_bytes
from composer.ui.signature.dialog import SignatureDialog
from composer.ui.signature.pad import CANVAS_HEIGHT, CANVAS_WIDTH, SignaturePad
from composer.ui.signature.pictures import (
    image_with_transparent_background,
    load_handwriting_font,
    read_signature_picture,
    save_signature_image,
    typed_signature_image,
)

__all__ = [
    "CANVAS_HEIGHT",
    "CANVAS_WIDTH",
    "SignatureDialog",
    "SignaturePad",
    "image_with_transparent_background",
    "load_handwriting_font",
    "png_bytes",
    "read_signature_picture",
    "save_signature_image",
    "typed_signature_image",
]
