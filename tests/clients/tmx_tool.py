"""Plays another translation tool on TMX files, with translate-toolkit.

    tmx_tool.py read IN            prints the units as JSON lines
    tmx_tool.py write OUT SRC TGT GERMAN=TRANSLATION...

`read` parses IN with translate-toolkit's TMX storage (as OmegaT or
Weblate would import a memory) and prints one JSON object per unit: its
id, German, translation and whether tandem marked it reviewed.
`write` makes a TMX file as a tool's memory export does (OmegaT's
project_save.tmx, Weblate's translation-memory download): one unit per
pair, source language SRC, target TGT.
"""

import json
import sys

from translate.storage import tmx


def read(path):
    with open(path, "rb") as f:
        store = tmx.tmxfile(f)
    for unit in store.units:
        reviewed = any(
            p.get("type") == "x-tandem-reviewed" and (p.text or "") == "yes"
            for p in unit.xmlelement.iter("prop")
        )
        print(json.dumps({
            "id": unit.getid(),
            "source": unit.source,
            "target": unit.target,
            "reviewed": reviewed,
        }, ensure_ascii=False))


def write(path, source, target, pairs):
    store = tmx.tmxfile(sourcelanguage=source, targetlanguage=target)
    for pair in pairs:
        german, translation = pair.split("=", 1)
        store.addtranslation(german, source, translation, target)
    store.savefile(path)


def main():
    if sys.argv[1] == "read":
        read(sys.argv[2])
    elif sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    else:
        sys.exit("usage: tmx_tool.py read IN | write OUT SRC TGT GERMAN=TRANSLATION...")


if __name__ == "__main__":
    main()
