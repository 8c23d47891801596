"""The desktop app (PySide6). It only calls ``composer.core`` and ``composer.pdf``."""
