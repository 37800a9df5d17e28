#!/usr/bin/python3
"""End-to-end check of the Helplines window on the real AT-SPI accessibility tree.

    atspi_window.py HELPLINES DATA_DIR

Starts HELPLINES (the built window) and reads it as a screen reader does, through pyatspi:
every focusable control has a role and a name, the list's items carry the service, its state
and its number with their position in the list, typing in the search field changes the items,
Copy is an action that puts the number on the clipboard, and outcomes are announced with an
event that Orca presents. Run it through run_atspi_window.sh, which provides the X server and
the D-Bus session; it needs Debian's python3 with python3-pyatspi, and xclip for the clipboard.

Exit status: 0 when every check passed, 1 otherwise (the failures are printed).
"""

import os
import shutil
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

import pyatspi  # noqa: E402

# A loaded two-core CI machine can take a while to start the window and its bus.
TIMEOUT = float(os.environ.get("HELPLINES_A11Y_TIMEOUT", "90"))
# The instant the window shows: Monday 12 January 2026, 10:00 in Paris.
AT = "2026-01-12T10:00:00+01:00"
STATES = ("Open now", "Closed", "Closing soon", "Hours unknown")


class CheckFailed(Exception):
    pass


failures = []
passed = []


def check(condition, what, detail=""):
    if condition:
        passed.append(what)
        print(f"ok   {what}")
    else:
        failures.append(f"{what}: {detail}" if detail else what)
        print(f"FAIL {what}{': ' + detail if detail else ''}")
    return condition


def pump(seconds):
    """Lets AT-SPI events arrive (pyatspi delivers them from the GLib main loop)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def wait_for(what, probe, timeout=TIMEOUT):
    """Calls probe() until it returns something true; D-Bus errors while the window is busy
    starting or rebuilding count as "not yet"."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = probe()
            if value:
                return value
        except (GLib.GError, RuntimeError, LookupError) as error:
            last_error = error
        pump(0.1)
    raise CheckFailed(f"timed out after {timeout:.0f} s waiting for {what}"
                      + (f" (last error: {last_error})" if last_error else ""))


def states(obj):
    state = obj.getState()
    return {name for name in ("focusable", "showing", "visible", "focused", "selected")
            if state.contains(getattr(pyatspi, "STATE_" + name.upper()))}


def children(obj):
    for i in range(obj.childCount):
        child = obj.getChildAtIndex(i)
        if child is not None:
            yield child


def walk(obj, depth=0):
    yield obj, depth
    # A list's items are many and checked on their own; popup lists of closed combo boxes and
    # menus that are not shown are not on screen.
    if obj.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_MENU_BAR):
        return
    for child in children(obj):
        yield from walk(child, depth + 1)


def find(root, predicate):
    for obj, _ in walk(root):
        if predicate(obj):
            return obj
    return None


def find_in_list(obj, predicate):
    return next((child for child in children(obj) if predicate(child)), None)


def labelled_by(obj):
    names = []
    for relation in obj.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                names.append(relation.getTarget(i).name)
    return names


def clipboard():
    result = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True,
                            text=True, timeout=10)
    return result.stdout if result.returncode == 0 else None


class Announcements:
    """Collects what Orca would present: notifications that become showing, with the text of
    the labels inside them (what Orca 43 reads) and their name (what later versions add)."""

    def __init__(self):
        self.messages = []
        pyatspi.Registry.registerEventListener(self.on_showing, "object:state-changed:showing")

    def on_showing(self, event):
        try:
            if event.source.getRole() != pyatspi.ROLE_NOTIFICATION or not event.detail1:
                return
            texts = [child.name for child in children(event.source)
                     if child.getRole() == pyatspi.ROLE_LABEL and child.name]
            if event.source.name:
                texts.insert(0, event.source.name)
            self.messages.append(" ".join(texts))
        except (GLib.GError, RuntimeError, LookupError) as error:
            self.messages.append(f"(unreadable notification: {error})")

    def wait_for(self, message):
        return wait_for(f"the announcement “{message}”", lambda: message in self.messages)


# X keysyms (X11/keysymdef.h).
KEYSYMS = {"Down": 0xff54, "Return": 0xff0d, "Escape": 0xff1b, "Tab": 0xff09, "F6": 0xffc3,
           "f": 0x66, "c": 0x63}
CONTROL = 1 << 2  # ControlMask


def key(name, control=False):
    """A key pressed on the X server's keyboard, as the user presses it."""
    if control:
        Atspi.generate_keyboard_event(CONTROL, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(KEYSYMS[name], None, Atspi.KeySynthType.SYM)
    if control:
        Atspi.generate_keyboard_event(CONTROL, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    pump(0.2)


def type_text(text):
    Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
    pump(0.2)


def focused(root):
    return find(root, lambda o: "focused" in states(o))


def press(action_owner, name):
    action = action_owner.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            return action.doAction(i)
    raise CheckFailed(f"{action_owner.getRoleName()} “{action_owner.name}” has no {name} "
                      f"action: {[action.getName(i) for i in range(action.nActions)]}")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, data_dir = sys.argv[1], sys.argv[2]
    missing = [tool for tool in ("xclip", "xdotool") if not shutil.which(tool)]
    if missing:
        print(f"FAIL {' and '.join(missing)} not installed (scripts/lib/common.sh installs them)")
        return 1
    announcements = Announcements()

    log_path = os.path.join(data_dir, "helplines.log")
    with open(log_path, "w") as log:
        app_process = subprocess.Popen(
            [binary, "--data-dir", data_dir, "--lang", "en", "--at", AT],
            stdout=log, stderr=subprocess.STDOUT)
    try:
        return run_checks(announcements)
    except CheckFailed as error:
        check(False, "the window could be checked", str(error))
        return 1
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app_process.kill()
            app_process.wait()
        if failures:
            with open(log_path) as log:
                output = log.read().strip()
            if output:
                print("--- helplines output ---\n" + output)
        print(f"{len(passed)} checks passed, {len(failures)} failed")


def check_controls(frame, when):
    """Every control a keyboard or screen reader user lands on says what it is."""
    unnamed, focusable = [], 0
    for obj, _ in walk(frame):
        obj_states = states(obj)
        role = obj.getRoleName()
        if obj.getRole() == pyatspi.ROLE_IMAGE and "showing" in obj_states and not obj.name:
            unnamed.append(f"unnamed image at {obj.getIndexInParent()} in {obj.parent.name!r}")
        if not {"focusable", "showing"} <= obj_states:
            continue
        focusable += 1
        if obj.getRole() in (pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_INVALID, pyatspi.ROLE_FILLER):
            unnamed.append(f"{role} without a role “{obj.name}”")
        if not obj.name.strip():
            unnamed.append(f"{role} without a name")
        if obj.getRole() in (pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT) and not labelled_by(obj):
            unnamed.append(f"{role} “{obj.name}” without its visible label")
    check(focusable >= 10 and not unnamed,
          f"{when}, the {focusable} focusable controls shown have a role, a name and their label",
          "; ".join(unnamed))


def run_checks(announcements):
    def application():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if app.name == "helplines":
                frame = find_in_list(app, lambda o: o.getRole() == pyatspi.ROLE_FRAME)
                if frame is not None and "showing" in states(frame):
                    return app
        return None

    app = wait_for("the helplines application on the accessibility bus", application)
    frame = find_in_list(app, lambda o: o.getRole() == pyatspi.ROLE_FRAME)
    check(frame.name == "Helplines", "the window is named", frame.name)
    services = wait_for("the list of services", lambda: find(
        frame, lambda o: o.getRole() == pyatspi.ROLE_LIST and o.name == "Services"
        and o.childCount > 0))

    check_controls(frame, "before a service is chosen")

    # The list: one sentence per card, with its place in the list.
    count = services.childCount
    check(count >= 15, "the list has the bundled services", str(count))
    table = services.queryTable()
    check(table.nRows == count and table.nColumns == 1,
          "the list reports its size (Table: rows, columns)", f"{table.nRows}×{table.nColumns}")
    third = services.getChildAtIndex(2)
    check(third.getRole() == pyatspi.ROLE_LIST_ITEM and third.getIndexInParent() == 2,
          f"an item knows its place: {third.getIndexInParent() + 1} of {count}",
          f"{third.getRoleName()} at {third.getIndexInParent()}")
    items = [services.getChildAtIndex(i) for i in range(count)]
    sentences = [item.name for item in items]
    check(all(any(state in s for state in STATES) for s in sentences),
          "every item says whether the service answers now",
          "; ".join(s for s in sentences if not any(state in s for state in STATES)))
    check(all(item.description for item in items), "every item has a description (audience, "
          "category, cost)", "; ".join(item.name for item in items if not item.description))
    line = next((s for s in sentences if s.startswith("SOS Amitié")), "")
    # (The bundled records, checked years before the instant shown, also say so.)
    check(line.startswith("SOS Amitié, Open now, 24 hours a day, ")
          and line.endswith(", 09 72 39 40 50") and "\n" not in line,
          "an item is one sentence: name, state, number", line)
    print(f"     item 3 of {count}: “{third.name}” — {third.description}")

    # Typing in the search field, as an assistive technology does, changes the items; the
    # count is announced once.
    search = find(frame, lambda o: o.getRole() == pyatspi.ROLE_TEXT and o.name == "Search services")
    check(search is not None, "the search field is found by its name")
    search.queryEditableText().setTextContents("3114")
    wait_for("one item for 3114", lambda: services.childCount == 1
             and "3114" in services.getChildAtIndex(0).name)
    item = services.getChildAtIndex(0)
    check(True, f"typing 3114 leaves one item: “{item.name}”")
    announcements.wait_for("1 service found.")
    check(True, "“1 service found.” is announced (notification shown)")

    # The clear button appears with the text: named.
    clear = find(search, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON)
    check(clear is not None and clear.name == "Clear the search", "the clear button is named",
          clear.name if clear else "not found")

    # Selecting the item (its action) shows its details; their Copy button is an action that
    # puts the number on the clipboard.
    press(item, "Toggle")
    details = find(frame, lambda o: o.name == "Service details")
    copy = wait_for("the details' Copy 3114 button", lambda: find(
        details, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and o.name == "Copy 3114"))
    call = find(details, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON
                and o.name.startswith("Call "))
    check(call is not None and "3114" in call.name, "Call names its number",
          call.name if call else "not found")
    heading = find(details, lambda o: o.getRole() == pyatspi.ROLE_LABEL
                   and o.name.startswith("3114"))
    check(heading is not None, "the details show the service selected by its action")
    check_controls(frame, "with a service's details")
    press(copy, "Press")
    announcements.wait_for("3114 copied")
    check(True, "“3114 copied” is announced (notification shown)")
    value = wait_for("3114 on the clipboard", lambda: clipboard() == "3114" and "3114",
                     timeout=20)
    check(value == "3114", "Copy put 3114 on the clipboard")

    # The notification lives in the status bar and says the last message.
    notification = find(frame, lambda o: o.getRole() == pyatspi.ROLE_NOTIFICATION)
    check(notification is not None and notification.parent.getRole() == pyatspi.ROLE_STATUS_BAR,
          "the announcement element is a notification in the status bar")
    print("     announced: " + " | ".join(announcements.messages))

    # No match is said too.
    search.queryEditableText().setTextContents("xylophone")
    wait_for("an empty list", lambda: services.childCount == 0)
    announcements.wait_for("No service matches “xylophone”.")
    check(True, "“No service matches “xylophone”.” is announced")

    # The same with the keyboard alone, keys pressed on the X server: Escape clears the
    # search, Ctrl+F, typing, Down into the list, Ctrl+C, Enter into the details, Escape back.
    subprocess.run(["xclip", "-selection", "clipboard", "-i", "/dev/null"], check=False)
    # There is no window manager to give the window the keyboard: ask the X server.
    subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class", "helplines",
                    "windowfocus", "--sync"], check=True, timeout=TIMEOUT,
                   stdout=subprocess.DEVNULL)
    wait_for("the window to be active", lambda: frame.getState().contains(pyatspi.STATE_ACTIVE))
    search.queryComponent().grabFocus()
    wait_for("the focus in the search field", lambda: "focused" in states(search))
    key("Escape")
    wait_for("the search cleared by Escape", lambda: services.childCount == count)
    # Start away from the search field: on the first emergency number.
    emergency = find(frame, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON
                     and o.name.startswith("Copy 15"))
    emergency.queryComponent().grabFocus()
    wait_for("the focus on the first emergency number", lambda: "focused" in states(emergency))
    key("f", control=True)
    wait_for("the focus in the search field (Ctrl+F)", lambda: "focused" in states(search))
    type_text("amitie")
    wait_for("one item for amitie", lambda: services.childCount == 1)
    key("Down")
    wait_for("the focus in the list (Down)", lambda: "focused" in states(services))
    item = wait_for("the item focused and selected (Down)", lambda: find_in_list(
        services, lambda o: {"focused", "selected"} <= states(o)))
    check("SOS Amitié" in item.name, "Down from the search field goes to the item: "
          + ", ".join(sorted(states(item))), item.name)
    key("c", control=True)
    announcements.wait_for("09 72 39 40 50 copied")
    value = wait_for("the number on the clipboard (Ctrl+C)",
                     lambda: clipboard() == "0972394050" and "0972394050", timeout=20)
    check(value == "0972394050", "Ctrl+C in the list copies the number as dialled")
    key("Return")
    favourite = wait_for("the focus in the details (Enter)", lambda: focused(details))
    check(favourite.name == "Favourite", "Enter goes to the details' first control",
          favourite.name)
    key("Escape")
    wait_for("the focus back in the search field (Escape)", lambda: "focused" in states(search))
    check(True, "Escape comes back to the search field")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
