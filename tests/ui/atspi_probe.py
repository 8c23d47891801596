"""Dump a running app's accessibility tree as a screen reader (Orca) sees it, as JSON.

This is not a pytest module and does not run in the project's venv. It is a standalone
script for the *system* Python, which has pyatspi (Debian: ``apt-get install
python3-pyatspi``), and reads another process's tree over the AT-SPI D-Bus bus. It
therefore sees only what Qt's AT-SPI bridge really exports, not what the widgets say
in-process.

    /usr/bin/python3 tests/ui/atspi_probe.py letter-composer [--pid PID]
        [--timeout 20] [--time-limit 60] [--max-nodes 5000] [--wait-for NAME] [--meta]
        [--showing-only] [--no-cache] [--indent N]

It waits (up to ``--timeout`` seconds) until an application of that name (its
QCoreApplication.applicationName; ``--pid`` narrows it to one process) is on the AT-SPI
registry with at least one window, and, with ``--wait-for``, until an object with that
accessible name is in its tree. Then it prints a JSON list with one object per accessible,
in document order::

    {"path": [0, 1, 3], "role": "push button", "name": "Save", "description": "",
     "states": ["enabled", "focusable", "sensitive", "showing", "visible"],
     "interfaces": ["Accessible", "Action", "Component"], "child_count": 0,
     "extents": [x, y, width, height], "text": "..."}

``path`` holds the child indices from the application object (whose path is ``[]``);
``text`` (``Text.getText(0, -1)``) is there only for objects with the Text interface;
``error`` is there when the object vanished or a call failed part-way. With ``--meta`` the
list is wrapped as ``{"app", "pid", "elapsed", "truncated", "nodes": [...]}``.

The walk stops at ``--max-nodes`` objects or ``--time-limit`` seconds (a summary on stderr
says so). Exit status: 0 tree printed, 1 application not found in time (nothing printed),
2 ``--wait-for`` name not found in time, 4 the application went away (crashed) during the
walk (the tree is printed anyway in both cases), 3 pyatspi or the session/AT-SPI bus is
missing.

Needs a session bus (``dbus-run-session``), which starts the AT-SPI bus and registry by
D-Bus activation, and an app started on the same session bus, on X11 (Xvfb,
``QT_QPA_PLATFORM=xcb``) with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` (or, as a desktop
with Orca does it, org.a11y.Status.IsEnabled or ScreenReaderEnabled set true on the
org.a11y.Bus object of the session bus; Qt turns its bridge on when it changes). Qt's
``offscreen`` and ``minimal`` platforms have no AT-SPI bridge: such an app never shows up.
``--showing-only`` skips what is inside objects that are not showing (a closed combo box's
list), as a screen reader would; it is about four times faster on the composer's window.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import sys
import time
from types import ModuleType

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, Gio, GLib

    if importlib.util.find_spec("pyatspi") is None:
        raise ImportError("No module named 'pyatspi'")
except (ImportError, ValueError) as error:  # pragma: no cover - depends on the machine
    print(f"atspi_probe: pyatspi is not available: {error}", file=sys.stderr)
    sys.exit(3)

# Imported in main() once the AT-SPI bus is known to be there: libatspi aborts the whole
# process (SIGTRAP, no exception) when pyatspi is imported without one.
pyatspi: ModuleType


def bus_problem() -> str | None:
    """Why the AT-SPI bus cannot be reached, or None when it can."""
    if os.environ.get("AT_SPI_BUS_ADDRESS"):
        return None
    try:
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        bus.call_sync(
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.a11y.Bus",
            "GetAddress",
            None,
            GLib.VariantType("(s)"),
            Gio.DBusCallFlags.NONE,
            10_000,
            None,
        )
    except GLib.Error as error:
        return f"no AT-SPI bus on the session bus ({error.message})"
    return None


def _pump() -> None:
    """Let libatspi handle pending D-Bus signals (applications coming and going)."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def _applications(name: str, pid: int | None) -> list[object]:
    desktop = pyatspi.Registry.getDesktop(0)
    # No caching: a snapshot must not show names or states left from an earlier poll.
    desktop.set_cache_mask(Atspi.Cache.NONE)
    desktop.clear_cache()
    found = []
    for index in range(desktop.get_child_count()):
        try:
            app = desktop.get_child_at_index(index)
            if app is None:
                continue
            if pid is not None and app.get_process_id() != pid:
                continue
            app_name = app.get_name() or ""
            if app_name == name or app_name.lower() == name.lower():
                found.append(app)
        except GLib.Error:
            continue  # the application went away while we looked
    return found


def find_application(name: str, pid: int | None, deadline: float) -> object | None:
    """The newest matching application with at least one child (window), or None."""
    while True:
        _pump()
        for app in reversed(_applications(name, pid)):
            try:
                app.set_cache_mask(Atspi.Cache.NONE)
                if app.get_child_count() > 0:
                    return app
            except GLib.Error:
                continue
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.2)


def _state_names(acc: object) -> list[str]:
    return sorted(state.value_nick for state in acc.get_state_set().get_states())


def describe(acc: object, path: list[int], max_text: int) -> dict[str, object]:
    """One accessible as a JSON-ready dict; failed parts are reported, not raised."""
    node: dict[str, object] = {"path": path}
    errors = []
    for key, getter in (
        ("role", lambda: acc.get_role_name()),
        ("name", lambda: acc.get_name() or ""),
        ("description", lambda: acc.get_description() or ""),
        ("states", lambda: _state_names(acc)),
        ("interfaces", lambda: sorted(acc.get_interfaces())),
        ("child_count", lambda: acc.get_child_count()),
    ):
        try:
            node[key] = getter()
        except (GLib.Error, RuntimeError, TypeError) as error:
            errors.append(f"{key}: {error}")
    interfaces = node.get("interfaces") or []
    if "Component" in interfaces:
        try:
            box = acc.get_extents(Atspi.CoordType.SCREEN)
            node["extents"] = [box.x, box.y, box.width, box.height]
        except (GLib.Error, RuntimeError) as error:
            errors.append(f"extents: {error}")
    if "Text" in interfaces:
        try:
            text = acc.queryText().getText(0, -1) or ""
            node["text"] = text[:max_text]
            if len(text) > max_text:
                node["text_truncated"] = True
        except (GLib.Error, RuntimeError, NotImplementedError) as error:
            errors.append(f"text: {error}")
    if errors:
        node["error"] = "; ".join(errors)
    return node


def walk(
    app: object, max_nodes: int, deadline: float, max_text: int, showing_only: bool = False
) -> tuple[list, bool]:
    """The app's tree in document order; True as well when a limit cut it short.

    With showing_only, an object that is not showing is listed but not gone into (a closed
    combo box's list of 250 countries is most of the time of a walk).
    """
    nodes: list[dict[str, object]] = []
    stack: list[tuple[object, list[int]]] = [(app, [])]
    seen: set[str] = set()
    while stack:
        if len(nodes) >= max_nodes or time.monotonic() >= deadline:
            return nodes, True
        acc, path = stack.pop()
        key = getattr(acc, "path", None) or str(id(acc))  # D-Bus object path in the app
        if key in seen:
            continue  # a toolkit bug could make a cycle
        seen.add(key)
        # Forget what an earlier walk cached (a local call): clearing the application object
        # alone does not reach objects that were got by index.
        acc.clear_cache()
        node = describe(acc, path, max_text)
        nodes.append(node)
        children = []
        count = node.get("child_count")
        if showing_only and "showing" not in (node.get("states") or []):
            count = 0
        for index in range(count if isinstance(count, int) else 0):
            try:
                child = acc.get_child_at_index(index)
            except GLib.Error:
                continue  # vanished since we counted
            if child is not None:
                children.append((child, [*path, index]))
        stack.extend(reversed(children))
    return nodes, False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("app", help="the application's name on the AT-SPI registry")
    parser.add_argument("--pid", type=int, help="only the application with this process id")
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        help="seconds to wait for the application (and --wait-for)",
    )
    parser.add_argument(
        "--time-limit", type=float, default=60.0, help="seconds for the whole run, waiting included"
    )
    parser.add_argument("--max-nodes", type=int, default=5000)
    parser.add_argument(
        "--max-text", type=int, default=100_000, help="characters of text kept per object"
    )
    parser.add_argument(
        "--wait-for",
        metavar="NAME",
        help="walk again until an object of this accessible name is there",
    )
    parser.add_argument(
        "--showing-only",
        action="store_true",
        help="list objects that are not showing but do not go into them",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="ask the app for every property every time"
    )
    parser.add_argument(
        "--call-timeout",
        type=int,
        default=2000,
        help="milliseconds for one AT-SPI call to the application",
    )
    parser.add_argument("--meta", action="store_true", help="wrap the list with run details")
    parser.add_argument("--indent", type=int, default=None)
    args = parser.parse_args(argv)

    start = time.monotonic()
    problem = bus_problem()
    if problem:
        print(f"atspi_probe: {problem}", file=sys.stderr)
        return 3
    global pyatspi
    pyatspi = importlib.import_module("pyatspi")
    hard_deadline = start + args.time_limit
    wait_deadline = min(start + args.timeout, hard_deadline)
    Atspi.set_timeout(args.call_timeout, max(args.call_timeout, 15000))

    app = find_application(args.app, args.pid, wait_deadline)
    if app is None:
        print(
            f"atspi_probe: no application {args.app!r} on the AT-SPI registry "
            f"after {time.monotonic() - start:.1f} s",
            file=sys.stderr,
        )
        return 1
    while True:
        # libatspi's cache makes a walk 2-3 times faster; each object's cache is emptied when
        # the walk comes to it (no main loop runs, so no event would have updated it).
        app.set_cache_mask(Atspi.Cache.NONE if args.no_cache else Atspi.Cache.DEFAULT)
        nodes, truncated = walk(
            app, args.max_nodes, hard_deadline, args.max_text, args.showing_only
        )
        found = args.wait_for is None or any(n.get("name") == args.wait_for for n in nodes)
        if found or time.monotonic() >= wait_deadline:
            break
        time.sleep(0.3)
        _pump()
    elapsed = time.monotonic() - start
    try:
        pid = app.get_process_id()
    except GLib.Error:
        pid = None
    print(
        f"atspi_probe: {len(nodes)} objects of {args.app!r} (pid {pid}) in {elapsed:.2f} s"
        + (" (cut short by a limit)" if truncated else ""),
        file=sys.stderr,
    )
    document: object = nodes
    if args.meta:
        document = {
            "app": args.app,
            "pid": pid,
            "elapsed": round(elapsed, 3),
            "truncated": truncated,
            "nodes": nodes,
        }
    json.dump(document, sys.stdout, ensure_ascii=False, indent=args.indent)
    sys.stdout.write("\n")
    if pid is None:
        print("atspi_probe: the application went away during the walk", file=sys.stderr)
        return 4
    if not found:
        print(
            f"atspi_probe: no object named {args.wait_for!r} after {elapsed:.1f} s", file=sys.stderr
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
