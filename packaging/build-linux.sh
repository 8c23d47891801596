#!/usr/bin/env bash
# Build the self-contained folder dist/letter-composer/ (the executable
# dist/letter-composer/letter-composer runs the app and the command line on a Linux machine
# with no Python) and a tarball of it beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
uv run --group freeze pyinstaller packaging/letter-composer.spec \
  --noconfirm --clean --distpath dist --workpath build/pyinstaller --log-level WARN
# The desktop entry, icon, file types and AppStream metainfo, with a script that installs
# them for the user (the menu entry, double-click on .letter and .lcpack files).
mkdir -p dist/letter-composer/linux
cp packaging/linux/org.lettercomposer.LetterComposer.* packaging/linux/install-desktop-entry.sh \
  resources/icons/org.lettercomposer.LetterComposer.svg dist/letter-composer/linux/
tar -C dist -czf dist/letter-composer-linux-x86_64.tar.gz letter-composer
du -sh dist/letter-composer | sed 's/^/folder size: /'
