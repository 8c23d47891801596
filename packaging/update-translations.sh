#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them (.ts -> .qm).
# The English file carries only plural forms ("%n page(s)" -> "1 page", "2 pages"), as Qt
# recommends for the source language; other languages are translated in full.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/i18n/letter-composer_*.ts; do
  extra=()
  case "$ts" in *_en.ts) extra=(-pluralonly) ;; esac
  mapfile -t sources < <(find composer/ui -name "*.py" | sort)
  uv run pyside6-lupdate "${sources[@]}" -ts "$ts" -no-obsolete "${extra[@]}"
  case "$ts" in *_en.ts) uv run python packaging/english_plurals.py "$ts" ;; esac
  uv run pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
# Qt's own texts in Armenian (Qt ships no Armenian catalogue): compiled, never updated.
uv run pyside6-lrelease resources/i18n/qtbase_hy.ts -qm resources/i18n/qtbase_hy.qm
