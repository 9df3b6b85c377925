"""Plays a CAT tool on an XLIFF file exported by tandem, with translate-toolkit.

    xliff_translate.py IN OUT [--prefix TEXT] [--set ID=TEXT]...

Reads IN with translate-toolkit's XLIFF storage and writes OUT the way a
translation tool saves its work: every untranslated unit gets a target built
from its source (text pseudo-translated with PREFIX, the tags -- placeables
and marks -- copied as a translator inserts them) in state "translated";
units in state needs-review-translation (outdated) are revised: confirmed as
"translated". `--set ID=TEXT` replaces a unit's target with plain TEXT (with
`--resave-others`, only those units change). `--sign-off ID` sets a unit to
state signed-off, as a reviewer does in a CAT tool (`--final ID`: final).
`--resave` only parses and saves the file again.
"""

import argparse
import copy

from translate.storage import xliff
from translate.storage.placeables import StringElem


def pseudo(rich, prefix):
    """A copy of rich source with the first plain text leaf prefixed."""
    rich = copy.deepcopy(rich)
    done = False
    for root in rich:
        for leaf in root.flatten():
            if type(leaf) is StringElem and leaf.sub and isinstance(leaf.sub[0], str) and not done:
                leaf.sub = [prefix + leaf.sub[0]]
                done = True
    if not done:
        rich = [StringElem([prefix.strip()])] + rich
    return rich


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("infile")
    ap.add_argument("outfile")
    ap.add_argument("--prefix", default="")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--resave", action="store_true")
    ap.add_argument("--resave-others", action="store_true", help="change only the units given with --set")
    ap.add_argument("--sign-off", action="append", default=[])
    ap.add_argument("--final", action="append", default=[])
    args = ap.parse_args()
    store = xliff.xlifffile.parsefile(args.infile)
    for unit in store.getunits():
        uid = unit.xmlelement.get("id")
        if uid in args.sign_off:
            unit.set_state_n(unit.S_SIGNED_OFF)
        elif uid in args.final:
            unit.set_state_n(unit.S_FINAL)
    edits = dict(s.split("=", 1) for s in args.set)
    for unit in store.getunits():
        uid = unit.xmlelement.get("id")
        if args.resave or (args.resave_others and uid not in edits):
            continue
        if uid in edits:
            # A tool replaces the whole target (translate-toolkit's settarget
            # would only replace the first text of a target with tags).
            old = unit.xmlelement.find("{urn:oasis:names:tc:xliff:document:1.2}target")
            if old is not None:
                unit.xmlelement.remove(old)
            unit.settarget(edits[uid])
            unit.set_state_n(unit.S_TRANSLATED)
        elif not unit.target:
            unit.rich_target = pseudo(unit.rich_source, args.prefix)
            unit.set_state_n(unit.S_TRANSLATED)
        elif unit.get_state_n() == unit.S_NEEDS_REVIEW:
            unit.set_state_n(unit.S_TRANSLATED)
    store.savefile(args.outfile)


if __name__ == "__main__":
    main()
