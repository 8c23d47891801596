#!/bin/sh
# Make Letter Composer appear in the desktop's menu and open .letter and .lcpack files when
# they are double-clicked: run once from the letter-composer folder (for this user only).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages" "$data/metainfo"
sed "s|^Exec=letter-composer|Exec=\"$here/letter-composer\"|" \
  "$here/linux/org.lettercomposer.LetterComposer.desktop" \
  > "$data/applications/org.lettercomposer.LetterComposer.desktop"
cp "$here/linux/org.lettercomposer.LetterComposer.svg" "$data/icons/hicolor/scalable/apps/"
cp "$here/linux/org.lettercomposer.LetterComposer.mime.xml" "$data/mime/packages/"
cp "$here/linux/org.lettercomposer.LetterComposer.metainfo.xml" "$data/metainfo/"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Letter Composer is in the menu now."
