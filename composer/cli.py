"""The ``letter-composer`` command: the desktop app, or the letter engine without a window.

``letter-composer`` alone opens the app; ``letter-composer COMMAND …`` works without one.

Exit status: 0 on success, 2 for the user's mistakes (bad data, bad template, unknown id),
with one clear line on stderr. Heavy modules are imported only by the commands that use
them, so a command line starts quickly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from composer import __version__
from composer.core.stationery import ENVELOPE_SIZES, LABEL_SHEETS, mm_to_points

PROG = "letter-composer"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's usage errors exit 2 too, in one line
        self.exit(2, f"{PROG}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Write personal letters from campaign templates and print them as PDF.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def template_dirs(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--templates-dir",
            action="append",
            type=Path,
            default=[],
            metavar="DIR",
            help="also look for templates in DIR (may be repeated)",
        )

    p = sub.add_parser("templates", help="list the templates that can be used")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", default="en", help="language of titles and descriptions")
    template_dirs(p)

    p = sub.add_parser("fields", help="show the inputs a template asks for")
    p.add_argument("template", metavar="TEMPLATE", help="template id or folder")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", default="en", help="language of labels and help")
    template_dirs(p)

    p = sub.add_parser("render", help="build a letter's PDF from a data file")
    p.add_argument("template", metavar="TEMPLATE", help="template id or folder")
    p.add_argument(
        "--data", required=True, type=Path, metavar="FILE", help="the letter's data (JSON or TOML)"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    p.add_argument("--lang", help="the letter's language (overrides the data file)")
    p.add_argument("--paper", choices=("letter", "a4"))
    p.add_argument("--envelope", choices=("us10", "din5008a", "din5008b", "none"))
    template_dirs(p)

    p = sub.add_parser("merge", help="one letter to many recipients (mail merge)")
    p.add_argument("template", metavar="TEMPLATE", help="template id or folder")
    p.add_argument(
        "--data",
        required=True,
        type=Path,
        metavar="SENDER_FILE",
        help="the letter's data (JSON or TOML); its recipient is ignored",
    )
    p.add_argument(
        "--recipients",
        required=True,
        type=Path,
        metavar="FILE",
        help="recipients as CSV (UTF-8 or Windows-1252; , ; or tab) or vCard",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--output", type=Path, metavar="OUT.pdf", help="one PDF with every letter, in order"
    )
    target.add_argument("--out-dir", type=Path, metavar="DIR", help="one PDF per recipient in DIR")
    p.add_argument("--lang", help="the letters' language (overrides the data file)")
    p.add_argument("--paper", choices=("letter", "a4"))
    p.add_argument("--envelope", choices=("us10", "din5008a", "din5008b", "none"))
    template_dirs(p)

    def offset(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--offset",
            type=_offset,
            default=(0.0, 0.0),
            metavar="X,Y",
            help="printer offset in mm, right and down (from the calibration page)",
        )

    p = sub.add_parser("envelopes", help="envelopes for a merge's recipients, in order")
    p.add_argument(
        "--data",
        required=True,
        type=Path,
        metavar="SENDER_FILE",
        help="a letter's data file: its sender is the return address",
    )
    p.add_argument("--recipients", required=True, type=Path, metavar="FILE")
    p.add_argument("--size", choices=tuple(ENVELOPE_SIZES), default="us10")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    offset(p)

    p = sub.add_parser("labels", help="address labels for a merge's recipients, in order")
    p.add_argument("--recipients", required=True, type=Path, metavar="FILE")
    p.add_argument("--sheet", choices=tuple(LABEL_SHEETS), default="avery5160")
    p.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help="first free label on the sheet (1 = top left)",
    )
    p.add_argument("--country", default="CA", help="the sender's country (ISO code)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    offset(p)

    p = sub.add_parser("calibration", help="a page to measure a printer's offset")
    p.add_argument("--paper", choices=("letter", "a4"), default="letter")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")

    p = sub.add_parser("check", help="check a template folder before sharing it")
    p.add_argument("folder", type=Path, metavar="TEMPLATE_DIR")

    p = sub.add_parser("addressbook", help="the app's address book: list it, or import into it")
    p.add_argument("--book", type=Path, metavar="FILE", help="another address book file")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every entry: name or organisation, city, country, tags")
    q = actions.add_parser("import", help="add the recipients of a CSV or vCard file")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--country", default="CA", help="for addresses that name none (CA)")

    p = sub.add_parser("pack", help="campaign packs: install, list, remove, export or make one")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("install", help="install a campaign pack (.lcpack) from a file")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument(
        "--replace", action="store_true", help="also when the installed version is newer"
    )
    actions.add_parser("list", help="the installed packs: id, version, title, organiser")
    q = actions.add_parser("remove", help="remove an installed pack")
    q.add_argument("id", metavar="ID")
    q = actions.add_parser("export", help="write an installed pack to a file, to pass it on")
    q.add_argument("id", metavar="ID")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    q = actions.add_parser("create", help="check a pack folder, then make its .lcpack file")
    q.add_argument("folder", type=Path, metavar="DIR")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    p = sub.add_parser("licences", help="the components the app carries and their licences")
    p.add_argument("--full", action="store_true", help="print every licence text too")
    return parser


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def cmd_templates(args: argparse.Namespace) -> int:
    from composer.core.templates import discover

    catalogue = discover(args.templates_dir)
    for problem in catalogue.problems:
        _warn(f"skipped {problem}")
    rows = [
        {
            "id": t.id,
            "title": t.title_for(args.lang),
            "description": t.description_for(args.lang),
            "languages": list(t.languages),
            "category": t.category,
            "origin": t.origin,
            "folder": str(t.folder),
        }
        for t in catalogue.sorted()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        width = max((len(r["id"]) for r in rows), default=0)
        for r in rows:
            print(f"{r['id']:<{width}}  [{','.join(r['languages'])}]  {r['title']}")
    return 0


def cmd_fields(args: argparse.Namespace) -> int:
    from composer.core.templates import find_template

    template = find_template(args.template, args.templates_dir)
    lang = args.lang
    rows: list[dict[str, Any]] = [
        {
            "name": f.name,
            "type": f.type,
            "required": f.required,
            "max_length": f.max_length,
            "choices": list(f.choices),
            "default": f.default,
            "label": f.label_for(lang),
            "help": f.help_for(lang),
            "prompts": list(f.prompts_for(lang)),
        }
        for f in template.fields
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"{template.id} asks for no fields beyond sender and recipient")
    for r in rows:
        flags = ", ".join(
            x
            for x in (
                r["type"],
                "required" if r["required"] else "optional",
                f"max {r['max_length']} characters" if r["max_length"] else "",
            )
            if x
        )
        print(f"{r['name']}  ({flags})  {r['label']}")
        if r["help"]:
            print(f"    {r['help']}")
        if r["choices"]:
            print(f"    choices: {', '.join(r['choices'])}")
        for prompt in r["prompts"]:
            print(f"    - {prompt}")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from composer.core.files import check_output_file
    from composer.core.model import load_letter
    from composer.core.templates import find_template

    check_output_file(args.output, [args.data])
    letter = load_letter(args.data)
    template = find_template(args.template, args.templates_dir)
    letter = letter.with_changes(template=template.id, **_overrides(args))
    check_output_file(args.output, _inputs(args.data, letter, template))
    from composer.pdf.build import build_pdf

    result = build_pdf(letter, template)
    _write(args.output, result.pdf)
    for warning in result.warnings:
        _warn(warning)
    return 0


def _inputs(data: Path, letter: Any, template: Any) -> list[Path]:
    """Every file an output must not overwrite: the data, its signature picture, the
    template's own files."""
    paths = [data]
    if letter.signature is not None and letter.signature.image is not None:
        paths.append(letter.signature.image)
    folder = Path(template.folder)
    paths += [folder / "template.toml", *folder.glob("*.j2")]
    return paths


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in ("lang", "paper", "envelope"):
        value = getattr(args, key)
        if value:
            changes["language" if key == "lang" else key] = value
    return changes


def cmd_merge(args: argparse.Namespace) -> int:
    from composer.batch.recipients import read_contacts
    from composer.core.errors import LetterError
    from composer.core.files import check_output_file, check_output_folder
    from composer.core.model import load_letter
    from composer.core.templates import find_template

    inputs = [args.data, args.recipients]
    if args.output is not None:
        check_output_file(args.output, inputs)
    else:
        check_output_folder(args.out_dir, inputs)
    base = load_letter(args.data)
    template = find_template(args.template, args.templates_dir)
    base = base.with_changes(template=template.id, **_overrides(args))
    inputs = [*_inputs(args.data, base, template), args.recipients]
    if args.output is not None:
        check_output_file(args.output, inputs)
    result = read_contacts(args.recipients, default_country=base.sender.country or "CA")
    for problem in result.problems:
        _warn(f"{args.recipients}: skipped {problem}")
    for kept in result.warnings:
        _warn(f"{args.recipients}: {kept}")
    if not result.contacts:
        raise LetterError(f"{args.recipients}: no recipients could be read")
    from composer.batch.merge import merge_to_folder, merge_to_pdf

    if args.output is not None:
        merged = merge_to_pdf(base, template, result.contacts, args.output)
    else:
        merged = merge_to_folder(base, template, result.contacts, args.out_dir)
    for warning in merged.warnings:
        _warn(warning)
    where = args.output or args.out_dir
    print(f"{merged.letters} letters, {merged.pages} pages: {where}")
    print(f"  {merged.kinds_text()}")
    return 0


MAX_OFFSET_MM = 50.0


def _offset(text: str) -> tuple[float, float]:
    import math

    try:
        x, y = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError("offset must be two numbers in mm, like 1.5,-2") from None
    if not all(math.isfinite(v) and abs(v) <= MAX_OFFSET_MM for v in (x, y)):
        raise argparse.ArgumentTypeError(
            f"offset must be two numbers between -{MAX_OFFSET_MM:g} and {MAX_OFFSET_MM:g} mm"
        )
    return mm_to_points(x), mm_to_points(y)


def _write(out: Path, data: bytes, inputs: Sequence[Path] = ()) -> None:
    from composer.core.files import OutputError, check_output_file, describe_os_error, write_atomic

    check_output_file(out, inputs)
    try:
        write_atomic(out, data)
    except OSError as error:
        raise OutputError(f"{out}: cannot write ({describe_os_error(error)})") from None


def _recipients(path: Path, country: str) -> list[Any]:
    from composer.batch.recipients import read_contacts
    from composer.core.errors import LetterError

    result = read_contacts(path, default_country=country or "CA")
    for problem in result.problems:
        _warn(f"{path}: skipped {problem}")
    for warning in result.warnings:
        _warn(f"{path}: {warning}")
    if not result.contacts:
        raise LetterError(f"{path}: no recipients could be read")
    return [c.recipient for c in result.contacts]


def cmd_envelopes(args: argparse.Namespace) -> int:
    from composer.core.files import check_output_file
    from composer.core.model import load_letter
    from composer.pdf.mailing import envelopes_pdf

    check_output_file(args.output, [args.data, args.recipients])
    letter = load_letter(args.data)
    recipients = _recipients(args.recipients, letter.sender.country)
    warnings: list[str] = []
    pdf = envelopes_pdf(
        letter.sender, recipients, args.size, letter.language, args.offset, warnings
    )
    _write(args.output, pdf, [args.data, args.recipients])
    for warning in warnings:
        _warn(warning)
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from composer.pdf.mailing import labels_pdf

    country = args.country.upper()
    from composer.core.files import check_output_file

    check_output_file(args.output, [args.recipients])
    recipients = _recipients(args.recipients, country)
    warnings: list[str] = []
    pdf = labels_pdf(
        country, recipients, args.sheet, args.start, offset=args.offset, warnings=warnings
    )
    _write(args.output, pdf, [args.recipients])
    for warning in warnings:
        _warn(warning)
    return 0


def cmd_calibration(args: argparse.Namespace) -> int:
    from composer.pdf.mailing import calibration_pdf

    _write(args.output, calibration_pdf(args.paper))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from composer.check import check_template

    report = check_template(args.folder)
    for warning in report.warnings:
        _warn(warning)
    for error in report.errors:
        print(f"{PROG}: error: {error}", file=sys.stderr)
    if report.errors:
        return 2
    print(f"{report.template_id}: ok ({', '.join(report.languages)})")
    return 0


def cmd_addressbook(args: argparse.Namespace) -> int:
    import sqlite3

    from composer.core.addressbook import open_address_book

    try:
        book = open_address_book(args.book)
        if args.action == "import":
            from composer.core.importing.files import read_contacts

            result = read_contacts(args.file, args.country.upper())
            for problem in result.problems:
                _warn(f"{args.file}: {problem}")
            stored = book.add_many(result.contacts)
            print(f"{len(stored)} entries added, {len(result.problems)} rows skipped")
            return 0
        for contact in book.all():
            r = contact.recipient
            where = ", ".join(part for part in (r.city, r.country) if part)
            tags = f"  [{', '.join(contact.tags)}]" if contact.tags else ""
            print(f"{contact.display_name}" + (f" — {where}" if where else "") + tags)
        return 0
    except sqlite3.Error as error:
        return _fail(f"the address book cannot be used ({error})")


def cmd_pack(args: argparse.Namespace) -> int:
    from composer.core import packs
    from composer.core.files import check_output_file

    if args.action == "install":
        try:
            done = packs.install(args.file, allow_older=args.replace)
        except packs.OlderPackError as error:
            return _fail(f"{error} (add --replace to install it anyway)")
        info = done.info
        replaced = f", replacing {done.replaced}" if done.replaced else ""
        letters = len(info.template_ids())
        added = packs.add_recipients(info)
        print(
            f"installed {info.id} {info.version}{replaced}: {letters} letter(s)"
            + (f", {added} recipient(s) added to the address book" if added else "")
        )
        for template_id in done.replaces_bundled:
            _warn(f"the pack's letter {template_id!r} is used instead of the app's own")
    elif args.action == "list":
        for problem in packs.unreadable():
            _warn(f"skipped: {problem}")
        for info in packs.installed().values():
            by = f" — {info.organiser}" if info.organiser else ""
            ids = ", ".join(info.template_ids())
            print(f"{info.id} {info.version}: {info.title_for('en')}{by} [{ids}]")
    elif args.action == "remove":
        info = packs.remove(args.id)
        print(f"removed {info.id} {info.version}")
    elif args.action == "export":
        check_output_file(args.output)
        info = packs.export(args.id, args.output)
        print(f"{args.output}: {info.id} {info.version}")
    else:
        check_output_file(args.output, [args.folder])
        info = packs.create(args.folder, args.output)
        letters = len(info.template_ids())
        print(f"{args.output}: {info.id} {info.version}, {letters} letter(s)")
    return 0


def cmd_licences(args: argparse.Namespace) -> int:
    from composer.core.licences import components

    for component in components():
        print(f"{component.name} {component.version}".strip() + f": {component.licence or '-'}")
        for name, text in component.texts if args.full else ():
            print(f"--- {name}\n{text.rstrip()}\n")
    return 0


COMMANDS = {
    "templates": cmd_templates,
    "fields": cmd_fields,
    "render": cmd_render,
    "merge": cmd_merge,
    "envelopes": cmd_envelopes,
    "labels": cmd_labels,
    "calibration": cmd_calibration,
    "check": cmd_check,
    "addressbook": cmd_addressbook,
    "pack": cmd_pack,
    "licences": cmd_licences,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["__template-worker__"]:  # a frozen app started as a template worker
        from composer.core.isolation import main as worker_main

        return worker_main()
    if argv[:1] == ["__spelling-worker__"]:  # a frozen app started as the spelling worker
        from composer.core.spelling import main as spelling_main

        return spelling_main()
    if argv[:1] == ["__build-worker__"]:  # a frozen app started as the build worker
        from composer.pdf.headstart import main as build_main

        return build_main()
    if not argv or (len(argv) == 1 and Path(argv[0]).is_file()):
        # No command: the desktop app, opening a draft if one is given (file managers do).
        # The engine starts loading in its own process first, while Qt is imported.
        from composer.pdf import headstart

        headstart.launch()
        from composer.ui.app import run

        return run([PROG], Path(argv[0]) if argv else None)
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    from composer.core.errors import LetterError

    try:
        return COMMANDS[args.command](args)
    except LetterError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        return _fail("ran out of memory")
    except Exception as error:  # a bug, not the person's mistake: still one line
        if os.environ.get("LETTER_COMPOSER_DEBUG"):
            raise
        print(
            f"{PROG}: internal error: {type(error).__name__}: {error} "
            "(set LETTER_COMPOSER_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
