#!/usr/bin/env python3
"""The user guide (docs/guide) names only what exists.

Every picture and page it links is there; every `onewindow-server admin` command it shows is one the server knows, with
flags the server's usage names; every `onewindow` option and mode it shows is one the client takes; every systemd unit
and packaged file it names is shipped; every key it tells someone to press (**F1**, **Ctrl+Shift+P**, **Alt+I** …) is
on a button or a shortcut of the client.

    check.py GUIDE_DIR SOURCE_DIR onewindow-server onewindow
"""
import os
import re
import subprocess
import sys

guide, source, server, client = sys.argv[1:5]
problems = []


def run(args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(args, capture_output=True, text=True, env=env)
    return done.stdout + done.stderr


admin_usage = run([server, "admin", "help"]) + run([server, "--help"])
admin_commands = set(re.findall(r"^  ([a-z][a-z-]+)", admin_usage, re.M))
client_help = run([client, "--help"])
client_options = set(re.findall(r"--([a-z][a-z-]+)", client_help))
# The modes, as --help lists them (wrapped over lines when long).
modes_text = " ".join(re.search(r"--mode <mode>\s+(.+?)\n\s+--", client_help, re.S).group(1).split())
client_modes = set(modes_text.replace(" or ", ", ").split(", "))

texts = []
for root, _, files in os.walk(os.path.join(source, "translations")):
    texts += [open(os.path.join(root, f), encoding="utf-8").read() for f in files if f.endswith(".ts")]
for folder in ("app", "widgets"):
    for root, _, files in os.walk(os.path.join(source, folder)):
        texts += [open(os.path.join(root, f), encoding="utf-8").read() for f in files if f.endswith(".cpp")]
ui = "\n".join(texts)


def key_exists(key):
    if f"({key})" in ui or f'"{key}"' in ui:
        return True
    alt = re.fullmatch(r"Alt\+([A-Z])", key)
    return bool(alt and f"(&amp;{alt.group(1)})" in ui)


pages = sorted(f for f in os.listdir(guide) if f.endswith(".md"))
if len(pages) < 5:
    problems.append(f"the guide has {len(pages)} pages: an index and one per role are expected")
for page in pages:
    text = open(os.path.join(guide, page), encoding="utf-8").read()
    where = lambda what: f"{page}: {what}"  # noqa: E731
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" not in target and not os.path.exists(os.path.join(guide, target)):
            problems.append(where(f"links {target}, which is not there"))
    for key in re.findall(r"\*\*((?:Ctrl|Alt|Shift)\+[A-Za-z0-9+]+|F\d{1,2}|Esc)\*\*", text):
        if not key_exists(key):
            problems.append(where(f"tells to press {key}, which no button or shortcut has"))
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.replace("\\\n", " ").splitlines():
            for command in re.split(r"\||;|&&", line.split("#")[0]):
                words = command.split()
                while words:  # sudo -u USER, VAR=value before the command
                    if words[0] == "sudo":
                        words = words[1:]
                    elif words[0] == "-u":
                        words = words[2:]
                    elif re.fullmatch(r"[A-Z_]+=\S*", words[0]):
                        words = words[1:]
                    else:
                        break
                if not words:
                    continue
                if words[0] == "onewindow-server" and words[1:2] == ["admin"]:
                    if len(words) < 3 or words[2] not in admin_commands:
                        problems.append(where(f"shows `{command.strip()}`: no such admin command"))
                    for flag in re.findall(r"(--[a-z][a-z-]+)", command):
                        if flag not in admin_usage:
                            problems.append(where(f"shows {flag} for the admin commands, which they do not take"))
                elif words[0] == "onewindow":
                    for option in re.findall(r"--([a-z][a-z-]+)", command):
                        if option not in client_options:
                            problems.append(where(f"shows onewindow --{option}, which the client does not take"))
                    mode = re.search(r"--mode\s+(\S+)", command)
                    if mode and mode.group(1) not in client_modes:
                        problems.append(where(f"shows the mode {mode.group(1)}, which the client does not have"))
                elif words[0] == "systemctl":
                    for unit in words[2:]:
                        if not unit.startswith("onewindow"):
                            continue
                        unit = unit if re.search(r"\.(service|timer)$", unit) else unit + ".service"
                        if not os.path.exists(os.path.join(source, "packaging", unit)):
                            problems.append(where(f"names the unit {unit}, which is not shipped"))
    for shipped in re.findall(r"/usr/share/onewindow/([\w/.-]+\.desktop)", text):
        if not os.path.exists(os.path.join(source, "packaging", shipped)):
            problems.append(where(f"names /usr/share/onewindow/{shipped}, which is not shipped"))
    for name in re.findall(r"`(onewindow-[a-z-]+-autostart\.desktop)`", text):
        if not os.path.exists(os.path.join(source, "packaging", "autostart", name)):
            problems.append(where(f"names {name}, which is not shipped"))

for problem in problems:
    print(problem)
print(f"{len(pages)} pages, {len(admin_commands)} admin commands known, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
