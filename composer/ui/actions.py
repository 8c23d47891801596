"""The main window's commands: one action each, its shortcut, icon, menu and toolbar place.

Shortcuts are unique (a test checks it): Qt's standard keys first, then letters no standard
key uses (Sign is Ctrl+G, since Ctrl+Shift+S is Save As everywhere).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from composer.ui.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

K = QtGui.QKeySequence.StandardKey


@dataclass
class Actions:
    new: QtGui.QAction
    open: QtGui.QAction
    save: QtGui.QAction
    save_as: QtGui.QAction
    export: QtGui.QAction
    print_preview: QtGui.QAction
    print: QtGui.QAction
    offsets: QtGui.QAction
    install_pack: QtGui.QAction
    privacy: QtGui.QAction
    signing_table: QtGui.QAction
    quit: QtGui.QAction
    undo: QtGui.QAction
    redo: QtGui.QAction
    choose: QtGui.QAction
    sign: QtGui.QAction
    book: QtGui.QAction
    merge: QtGui.QAction
    letters: QtGui.QAction
    zoom_in: QtGui.QAction
    zoom_out: QtGui.QAction
    fit: QtGui.QAction
    letter_text: QtGui.QAction
    help: QtGui.QAction
    licences: QtGui.QAction
    about: QtGui.QAction

    def all(self) -> list[QtGui.QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(
    window: QtWidgets.QMainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QtGui.QKeySequence.StandardKey | str | None = None,
    icon: str = "",
    tip: str = "",
) -> QtGui.QAction:
    action = QtGui.QAction(text, window)
    if icon:
        action.setIcon(QtGui.QIcon.fromTheme(icon))
    if isinstance(shortcut, str):
        action.setShortcut(QtGui.QKeySequence(shortcut))
    elif shortcut is not None:
        action.setShortcuts(shortcut)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


translate = QtCore.QCoreApplication.translate  # found by Qt's lupdate as "actions" texts


def make_actions(w: MainWindow) -> Actions:
    return Actions(
        new=_action(
            w,
            translate("actions", "&New Letter…"),
            w.new_letter,
            K.New,
            "document-new",
            translate("actions", "Choose a letter and start writing"),
        ),
        open=_action(w, translate("actions", "&Open…"), w.open_dialog, K.Open, "document-open"),
        save=_action(w, translate("actions", "&Save"), w.save, K.Save, "document-save"),
        save_as=_action(
            w, translate("actions", "Save &As…"), w.save_as, K.SaveAs, "document-save-as"
        ),
        export=_action(
            w,
            translate("actions", "Save as P&DF…"),
            w.export_pdf,
            "Ctrl+E",
            "document-export",
            translate("actions", "Save the letter as a PDF file"),
        ),
        print_preview=_action(
            w,
            translate("actions", "Print Pre&view…"),
            w.print_preview,
            "Ctrl+Shift+P",
            "document-print-preview",
        ),
        print=_action(
            w, translate("actions", "&Print…"), w.print_letter, K.Print, "document-print"
        ),
        offsets=_action(
            w,
            translate("actions", "Printer O&ffsets…"),
            w.printer_offsets,
            tip=translate("actions", "Measure how far a printer shifts what it prints"),
        ),
        install_pack=_action(
            w,
            translate("actions", "&Install Campaign Pack…"),
            w.install_pack,
            tip=translate("actions", "Add a campaign's letters from a .lcpack file"),
        ),
        privacy=_action(
            w,
            translate("actions", "What This Computer &Keeps…"),
            w.show_privacy,
            tip=translate("actions", "Everything kept about the people who write here"),
        ),
        signing_table=_action(
            w,
            translate("actions", "Signing &Table…"),
            w.start_signing_table,
            tip=translate("actions", "Visitors write, sign and print their own letters"),
        ),
        quit=_action(w, translate("actions", "&Quit"), w.close, K.Quit, "application-exit"),
        undo=_action(
            w, translate("actions", "&Undo"), lambda: w.edit_focused("undo"), K.Undo, "edit-undo"
        ),
        redo=_action(
            w, translate("actions", "&Redo"), lambda: w.edit_focused("redo"), K.Redo, "edit-redo"
        ),
        choose=_action(
            w,
            translate("actions", "Choose &Letter…"),
            w.choose_template,
            "Ctrl+L",
            tip=translate(
                "actions", "Write the same letter from another template, keeping what you typed"
            ),
        ),
        sign=_action(w, translate("actions", "&Sign…"), w.sign, "Ctrl+G", "document-edit-sign"),
        book=_action(
            w,
            translate("actions", "&Address Book…"),
            w.open_address_book,
            "Ctrl+B",
            "x-office-address-book",
        ),
        merge=_action(
            w,
            translate("actions", "&Mail Merge…"),
            w.mail_merge,
            "Ctrl+M",
            tip=translate("actions", "Write this letter to many recipients"),
        ),
        letters=_action(
            w,
            translate("actions", "&Letters Sent…"),
            w.show_letters,
            tip=translate("actions", "The letters sent from here, their replies and follow-ups"),
        ),
        zoom_in=_action(
            w, translate("actions", "Zoom &In"), w.preview.zoom_in, K.ZoomIn, "zoom-in"
        ),
        zoom_out=_action(
            w, translate("actions", "Zoom &Out"), w.preview.zoom_out, K.ZoomOut, "zoom-out"
        ),
        fit=_action(
            w, translate("actions", "&Fit Width"), w.preview.fit_width, "Ctrl+0", "zoom-fit-width"
        ),
        letter_text=_action(
            w,
            translate("actions", "Letter as &Text"),
            w.toggle_letter_text,
            "Ctrl+T",
            tip=translate(
                "actions", "Show the letter's text below its pages, for reading aloud or enlarging"
            ),
        ),
        help=_action(
            w, translate("actions", "&How to Use"), w.show_help, K.HelpContents, "help-contents"
        ),
        licences=_action(w, translate("actions", "&Licences…"), w.show_licences),
        about=_action(w, translate("actions", "&About Letter Composer"), w.show_about),
    )


def build_menus(
    w: MainWindow, a: Actions
) -> tuple[QtWidgets.QMenu, QtWidgets.QMenu, QtWidgets.QMenu]:
    """The menu bar; returns the Open Recent menu, which fills itself when shown, and the
    (empty) Language and Text Size menus, which the window fills."""
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("actions", "&File"))
    file_menu.addActions([a.new, a.open])
    recent = file_menu.addMenu(translate("actions", "Open &Recent"))
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as, a.export])
    file_menu.addSeparator()
    file_menu.addActions([a.print_preview, a.print, a.offsets])
    file_menu.addSeparator()
    file_menu.addActions([a.install_pack, a.signing_table, a.privacy])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    bar.addMenu(translate("actions", "&Edit")).addActions([a.undo, a.redo])
    bar.addMenu(translate("actions", "&Letter")).addActions([a.choose, a.sign])
    bar.addMenu(translate("actions", "&Recipients")).addActions([a.book, a.merge, a.letters])
    view_menu = bar.addMenu(translate("actions", "&View"))
    view_menu.addActions([a.zoom_in, a.zoom_out, a.fit, a.letter_text])
    a.letter_text.setCheckable(True)
    view_menu.addSeparator()
    text_size = view_menu.addMenu(translate("actions", "Text &Size"))
    language = view_menu.addMenu(translate("actions", "&Language"))
    bar.addMenu(translate("actions", "&Help")).addActions([a.help, a.licences, a.about])

    toolbar = w.addToolBar(translate("actions", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a.new, a.open, a.save])
    toolbar.addSeparator()
    toolbar.addActions([a.sign, a.export, a.print])
    toolbar.addSeparator()
    toolbar.addActions([a.zoom_out, a.fit, a.zoom_in])
    return recent, language, text_size
