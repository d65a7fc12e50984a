#!/usr/bin/env python3
"""Turns a project made by gen_large.py into a drift-heavy one: a tenth of the worker classes of
every service also call the API of a service their own does not declare as a dependency.

usage: drift.py PROJECT_DIR   (edits the project in place; run it on a fresh copy)
"""
import os, re, sys

root = sys.argv[1]
base = os.path.join(root, "src/main/java/com/bench")
services = sorted(d for d in os.listdir(base) if d != "shared" and os.path.isdir(os.path.join(base, d)))
changed = total = 0
for i, s in enumerate(services):
    # two services ahead: gen_large.py only declares "odd service -> the one before it"
    other = services[(i + 2) % len(services)]
    folder = os.path.join(base, s)
    workers = sorted(f for f in os.listdir(folder) if re.fullmatch(r"Worker\d+\.java", f))
    for f in workers:
        total += 1
        if int(f[6:-5]) % 10 != 3:
            continue
        path = os.path.join(folder, f)
        text = open(path).read()
        crossing = (f"\n        if (x == 3) {{ return new com.bench.{other}.{other.capitalize()}Api()"
                    f".total(\"drift\"); }}")
        text = text.replace("if (x <= 0) { return things.size(); }", "if (x <= 0) { return things.size(); }" + crossing, 1)
        open(path, "w").write(text)
        changed += 1
print(f"{changed} of {total} worker classes now cross an undeclared boundary in {root}")
