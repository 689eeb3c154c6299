#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
"""Fills translations/finack_en.ts after lupdate: English is FinAck's source language, so each
entry's translation is its source text, and plural entries get their two English forms made from
the "(s)" in the source ("%n step(s)" -> "%n step", "%n steps"). Entries already finished are
kept, so a hand-made plural ("%n child(ren)") survives. Usage: scripts/fill-english.py [file.ts]"""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/finack_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    source = message.findtext("source") or ""
    if message.get("numerus") == "yes":
        forms = list(translation.iter("numerusform")) or [ET.SubElement(translation, "numerusform")]
        while len(forms) < 2:
            forms.append(ET.SubElement(translation, "numerusform"))
        forms[0].text = source.replace("(s)", "").replace("(es)", "")
        forms[1].text = source.replace("(s)", "s").replace("(es)", "es")
    else:
        translation.text = source
    del translation.attrib["type"]
    filled += 1
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
print(f"{path}: {filled} entries filled with their English source")
