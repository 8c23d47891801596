"""The engine's layers (core, pdf, batch) and the command line never import Qt; core never
imports ReportLab."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import composer.core, composer.pdf, composer.batch
for package in (composer.core, composer.pdf, composer.batch):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
import composer.cli, composer.check
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(",".join(qt) or "none")
"""


CORE = """
import importlib, pkgutil, sys
import composer.core
for info in pkgutil.walk_packages(composer.core.__path__, "composer.core."):
    importlib.import_module(info.name)
print(",".join(sorted(m for m in sys.modules if m.startswith("reportlab"))) or "none")
"""


def test_core_does_not_import_reportlab() -> None:
    out = subprocess.run([sys.executable, "-c", CORE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "none"


def test_core_pdf_batch_and_cli_import_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "none"


def test_templates_command_does_not_load_reportlab() -> None:
    code = (
        "import sys; from composer.cli import main; main(['templates']);"
        "print('reportlab' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
