#!/usr/bin/env python3
"""Text contrast of the style sheet against WCAG 2.1 AA, computed from its colours.

    contrast.py resources/onewindow.qss

Every rule that sets a text colour (color, selection-color) is checked against the background it is drawn on: its own
background when it sets one, else the surfaces the table SURFACES below says its selector sits on (a label of the call
board on the board's blue, and on its panel in each of its states). Normal text needs 4.5:1; WCAG's large text (24 px,
or 18.66 px bold) 3:1. A rule for a disabled control is not counted (WCAG 1.4.3 leaves inactive controls out); a rule
whose selector the table does not place fails, so that a new colour is placed and checked. Prints every pair.
"""
import re
import sys

# Where the text of a selector is drawn, first match wins: (pattern, [surfaces]). A surface is the background of the
# rule of the sheet with that very selector (so that a surface changed in the sheet is checked as it is now), or a
# colour.
APP = ["QMainWindow", "QFrame#card", "QLineEdit"]  # the windows' grey, their white cards and fields
HEADER = ["QWidget#headerBar"]
BOARD_PANEL = ["QFrame#displayCallPanel", 'QFrame#displayCallPanel[flash="true"]']  # the call panel, as it flashes
SCREEN_PANEL = ["QWidget#counterScreenPanel", 'QWidget#counterScreenPanel[flash="true"]',
                'QWidget#counterScreenPanel[state="paused"]', 'QWidget#counterScreenPanel[state="off"]']
SURFACES = [
    (r'#kioskRoot\[elder="true"\]', ['QWidget#kioskRoot[elder="true"]']),
    (r'#padRoot\[elder="true"\]', ['QWidget#padRoot[elder="true"]']),
    (r"#kioskTitleLabel|#kioskHeaderButton|#kioskElderButton|#padElderButton", HEADER),
    (r"#kiosk", ["QWidget#kioskRoot", "#ffffff"]),
    (r"#pad", ["QWidget#padRoot", "#ffffff"]),
    (r"#displayNumberLabel|#displayCounterLabel", BOARD_PANEL),
    (r'#displayWindowCell\[state="paused"\] QLabel', ['QFrame#displayWindowCell[state="paused"]']),
    (r"#displayWindow(Name|Number)Label", ["QFrame#displayWindowCell", 'QFrame#displayWindowCell[state="paused"]']),
    (r"#display", ["QWidget#displayRoot"]),
    (r"#counterScreen(State|Number)Label", SCREEN_PANEL),
    (r"#counterScreen", ["QWidget#counterScreenRoot"]),
    (r"#header", HEADER),
    (r"QStatusBar|#status|#sync|#upstream", ["QStatusBar"]),
    (r".*", APP),
]
LARGE_PX, LARGE_BOLD_PX = 24, 18.66
NAMED = {"white": "#ffffff", "black": "#000000"}


def rgb(value):
    value = NAMED.get(value.strip().lower(), value.strip())
    m = re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", value)
    if not m:
        return None
    h = m.group(1)
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(c):
    def channel(v):
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for m in re.finditer(r"([^{}]+)\{([^}]*)\}", text):
        props = {}
        for decl in m.group(2).split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip().lower()] = v.strip()
        for selector in m.group(1).split(","):
            yield selector.strip(), props


def main():
    sheet = open(sys.argv[1], encoding="utf-8").read()
    problems, checked = [], 0
    backgrounds = {}
    for selector, props in rules(sheet):
        own = props.get("background-color") or props.get("background")
        if own and rgb(own):
            backgrounds[selector] = own

    def surface(name):
        if rgb(name):
            return name
        if name not in backgrounds:
            problems.append(f"the surface {name!r} has no background in the sheet")
            return "#ffffff"
        return backgrounds[name]

    for selector, props in rules(sheet):
        if ":disabled" in selector:
            continue
        size = re.search(r"(\d+(?:\.\d+)?)px", props.get("font-size", ""))
        bold = "bold" in props.get("font-weight", "")
        px = float(size.group(1)) if size else 0
        large = px >= LARGE_PX or (bold and px >= LARGE_BOLD_PX)
        need = 3.0 if large else 4.5
        pairs = []
        if "color" in props:
            own = props.get("background-color") or props.get("background")
            if own and rgb(own):
                grounds = [own]
            else:
                grounds = [surface(n) for n in next(s for p, s in SURFACES if re.search(p, selector))]
            pairs += [(props["color"], g) for g in grounds]
        if "selection-color" in props and "selection-background-color" in props:
            pairs.append((props["selection-color"], props["selection-background-color"]))
        for fg, bg in pairs:
            if fg.strip().lower() == "transparent":
                continue
            a, b = rgb(fg), rgb(bg)
            if a is None or b is None:
                problems.append(f"{selector}: colours not read ({fg} on {bg})")
                continue
            r = ratio(a, b)
            checked += 1
            verdict = "ok" if r >= need else "TOO LOW"
            print(f"{r:5.2f}:1 (needs {need}) {fg} on {bg}  {selector}  {verdict}")
            if r < need:
                problems.append(f"{selector}: {fg} on {bg} is {r:.2f}:1, needs {need}:1")
    for p in problems:
        print("PROBLEM", p)
    print(f"{checked} text colours checked, {len(problems)} problem(s)")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
