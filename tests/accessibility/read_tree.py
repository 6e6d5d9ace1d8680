#!/usr/bin/env python3
"""Reads a running OneWindow window as a screen reader (Orca) does, through AT-SPI, and checks it.

    read_tree.py MODE [--no-controls] [EXPECTED ...] [--type NAME TEXT] [--press NAME --then EXPECTED ...] ...

Waits for the application "onewindow" on the accessibility bus, walks its tree, and fails when a control a person can
use (a button, a check box, a text field, a combo box, a list, a table) has no name, or when a name expected of the
mode is not there. With --press, it presses the named button through the accessibility interface — as a screen reader
user does — and then expects the names after --then (presses follow one another); --type first writes TEXT into the
named text field (a login). An expected name written alert:TEXT must be an alert (what the screen reader says by
itself when it shows: a number called, a message). A screen that only shows (the call board, the counter's screen)
says --no-controls. Prints the controls it found.
"""
import sys
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_SLIDER,
}


def find_app(seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == "onewindow" and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    yield node, depth
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def controls(app):
    found = []
    for node, _ in walk(app):
        try:
            role = node.getRole()
        except Exception:
            continue
        if role in CONTROLS and showing(node):
            found.append((node.getRoleName(), node.name or "", node))
    return found


def names(app):
    out = set()
    for node, _ in walk(app):
        if showing(node) and node.name:
            out.add(node.name.replace("\n", " "))
    return out


def labelled(node):
    """The name a screen reader says for a control: its own, or its label's (Qt on Linux names a combo box by its
    value and its label by the labelled-by relation), or an editable combo box's text field's."""
    if node.name and node.name.strip():
        return node.name
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None and target.name:
                        return target.name
    except Exception:
        pass
    if node.getRole() == pyatspi.ROLE_COMBO_BOX:
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None and child.name and child.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY):
                return child.name
    return ""


def check(app, expected, problems):
    found = controls(app)
    previous = ""
    for role, _, node in found:
        said = labelled(node)
        print(f"  {role}: {said!r}")
        if not said.strip():
            problems.append(f"a {role} has no name (the control before it: {previous!r})")
        previous = said
    seen = names(app)
    alerts = {n.name.replace("\n", " ") for n, _ in walk(app)
              if showing(n) and n.name and n.getRole() == pyatspi.ROLE_ALERT}
    for want in expected:
        if want.startswith("alert:"):
            if not any(want[6:] in n for n in alerts):
                problems.append(f"no alert saying {want[6:]!r} (alerts: {sorted(alerts)})")
        elif not any(want in n for n in seen):
            problems.append(f"no control or text named {want!r}")
    return found


def press(app, wanted):
    for role, name, node in controls(app):
        if wanted in name:
            action = node.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("Press", "press", "click", "Toggle", "toggle"):
                    action.doAction(i)
                    return True
            if action.nActions:
                action.doAction(0)
                return True
    return False


def type_into(app, wanted, text):
    for role, name, node in controls(app):
        if wanted in name and role in ("text", "password text", "entry"):
            node.queryEditableText().setTextContents(text)
            return True
    return False


def main():
    mode, rest = sys.argv[1], sys.argv[2:]
    read_only = "--no-controls" in rest
    rest = [a for a in rest if a != "--no-controls"]
    # The first expectations, then steps: what to type, what to press, what to expect after.
    expected, steps = [], []
    i = 0
    while i < len(rest):
        if rest[i] == "--type":
            if not steps or steps[-1]["press"]:
                steps.append({"typed": [], "press": None, "then": []})
            steps[-1]["typed"].append((rest[i + 1], rest[i + 2]))
            i += 3
        elif rest[i] == "--press":
            if not steps or steps[-1]["press"]:
                steps.append({"typed": [], "press": None, "then": []})
            steps[-1]["press"] = rest[i + 1]
            i += 2
        elif rest[i] == "--then":
            i += 1
        else:
            (steps[-1]["then"] if steps else expected).append(rest[i])
            i += 1
    app = find_app(40)
    if app is None:
        print(f"{mode}: no application named onewindow on the accessibility bus")
        return 1
    time.sleep(3)  # the first snapshot, the catalog
    problems = []
    print(f"{mode}: controls as a screen reader finds them")
    found = check(app, expected, problems)
    for step in steps:
        for field, text in step["typed"]:
            if not type_into(app, field, text):
                problems.append(f"no text field named {field!r} to type into")
        if step["press"]:
            if not press(app, step["press"]):
                problems.append(f"no control named {step['press']!r} to press")
                continue
            time.sleep(4)
            app = find_app(20) or app
            print(f"{mode}: after pressing {step['press']!r}")
            found = check(app, step["then"], problems)
    if not found and not read_only:
        problems.append("no controls at all")
    for p in problems:
        print(f"{mode}: PROBLEM {p}")
    print(f"{mode}: {len(found)} controls, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
