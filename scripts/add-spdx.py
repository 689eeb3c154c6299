#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
"""Gives every source file of FinAck its licence and copyright as SPDX lines (docs/packaging.md,
"Licence"), so that each file says its terms even when copied out of the repository.

  python3 scripts/add-spdx.py            adds the lines where they are missing; says which files
  python3 scripts/add-spdx.py --check    lists the files without them; exit 1 if any (CTest static_spdx)

The files: every .h and .cpp under core/ lab/ ui/ app/ tests/ (not tests/data/), and every
CMakeLists.txt, *.cmake, *.sh and *.py, and every script without an extension that starts with
#!, anywhere but build folders. C++ files get // lines as their first lines; the others # lines,
after the #! line. A file that already has an SPDX-License-Identifier near its top is left as it
is, whatever licence it names: running this twice changes nothing. Line endings and file modes
stay as they were.

core/text/scenariostrings.cpp is written by tests/core/tst_scenariotext.cpp, which compares it
byte for byte with what it would write; that generator writes the same two lines, so the file
already has them.
"""

import os
import re
import sys

LICENSE = "GPL-2.0-or-later"
COPYRIGHT = "2026 The FinAck authors"
# Split, so that licence scanners do not read this line as a tag.
TAG = "SPDX-" "License-Identifier:"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPP_FOLDERS = ("core", "lab", "ui", "app", "tests")
CPP_EXCLUDED = ("tests/data/",)
HASH_NAMES = ("CMakeLists.txt",)
HASH_SUFFIXES = (".cmake", ".sh", ".py")
# Where an SPDX line still counts as the file's own: the first lines, after a #! and an encoding.
HEADER_LINES = 10
CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=]")


def is_build_folder(path):
    """build*/ at the top (.gitignore) or any folder CMake configured."""
    top = os.path.dirname(path) == ROOT and os.path.basename(path).startswith("build")
    return top or os.path.exists(os.path.join(path, "CMakeCache.txt"))


def is_script(path):
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"#!"
    except OSError:
        return False


def source_files():
    """(relative path, comment prefix) of every file that must carry the lines, sorted."""
    found = []
    for folder, dirs, names in os.walk(ROOT):
        rel_folder = os.path.relpath(folder, ROOT)
        rel_folder = "" if rel_folder == "." else rel_folder + "/"
        dirs[:] = sorted(d for d in dirs if d not in (".git", ".cache") and not is_build_folder(os.path.join(folder, d)))
        for name in names:
            rel = rel_folder + name
            if name.endswith((".h", ".cpp")):
                if rel.startswith(tuple(f + "/" for f in CPP_FOLDERS)) and not rel.startswith(CPP_EXCLUDED):
                    found.append((rel, b"//"))
            elif name in HASH_NAMES or name.endswith(HASH_SUFFIXES):
                found.append((rel, b"#"))
            elif "." not in name and is_script(os.path.join(folder, name)):
                found.append((rel, b"#"))
    return sorted(found)


def has_spdx(lines):
    return any(TAG.encode() in line for line in lines[:HEADER_LINES])


def with_spdx(data, prefix):
    """data with the two lines added, or None when it already has an SPDX-License-Identifier."""
    lines = data.splitlines(keepends=True)
    if has_spdx(lines):
        return None
    newline = b"\r\n" if lines and lines[0].endswith(b"\r\n") else b"\n"
    spdx = [prefix + b" " + TAG.encode() + b" " + LICENSE.encode() + newline,
            prefix + b" SPDX-FileCopyrightText: " + COPYRIGHT.encode() + newline]
    at = 0
    if prefix == b"#":
        # After the #! line (the kernel reads only the first) and a Python encoding line (which
        # must stay within the first two).
        if lines and lines[0].startswith(b"#!"):
            at = 1
        if len(lines) > at and CODING.match(lines[at]):
            at += 1
        if at and not lines[at - 1].endswith((b"\n", b"\r")):
            lines[at - 1] += newline
    return b"".join(lines[:at] + spdx + lines[at:])


def main(argv):
    check = argv[1:] == ["--check"]
    if argv[1:] and not check:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    files = source_files()
    missing = []
    for rel, prefix in files:
        path = os.path.join(ROOT, rel)
        with open(path, "rb") as f:
            data = f.read()
        changed = with_spdx(data, prefix)
        if changed is None:
            continue
        missing.append(rel)
        if not check:
            # In place, so that the file keeps its mode (the scripts stay executable).
            with open(path, "r+b") as f:
                f.write(changed)
            print(f"added {rel}")
    if check:
        for rel in missing:
            print(rel)
        if missing:
            print(f"add-spdx: {len(missing)} of {len(files)} files have no {TAG} line; "
                  "python3 scripts/add-spdx.py adds it", file=sys.stderr)
            return 1
        print(f"add-spdx: all {len(files)} files have an {TAG} line")
        return 0
    print(f"add-spdx: added the lines to {len(missing)} of {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
