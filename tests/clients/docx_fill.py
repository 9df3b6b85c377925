"""Plays a volunteer on a Word table exported by tandem, with python-docx.

    docx_fill.py IN OUT [--prefix TEXT] [--set ID=TEXT]... [--resave]

Opens IN with python-docx and fills the translation column (the third) as
a volunteer in Word would: for every row whose translation cell is empty,
copies the German cell's runs into it -- the grey tokens (placeholders,
marks) as they are, the first piece of text with PREFIX in front, as if
translated. `--set ID=TEXT` types TEXT over a row's translation (one plain
run; with `--resave-others`, only those rows change). `--tick ID` ticks the
row's "geprüft / checked" box as a click in Word does (the check box's
w14:checked and its glyph); `--type-x ID` types an "x" into the cell
instead. `--resave` only opens and saves the document. Saves as OUT.
"""

import argparse
import copy

import docx
from docx.oxml.ns import qn


def runs_and_tokens(paragraph):
    """The runs and content controls (tokens) directly in a paragraph."""
    return [c for c in paragraph if c.tag in (qn("w:r"), qn("w:sdt"))]


def fill(target_cell, german_cell, prefix):
    german_p = german_cell._tc.findall(qn("w:p"))[0]
    target_p = target_cell._tc.findall(qn("w:p"))[0]
    # Typed text takes the paragraph mark's properties (language, direction).
    mark_rpr = target_p.find(qn("w:pPr") + "/" + qn("w:rPr"))
    done = False
    for child in runs_and_tokens(german_p):
        new = copy.deepcopy(child)
        if child.tag == qn("w:r"):
            old_rpr = new.find(qn("w:rPr"))
            if old_rpr is not None:
                new.remove(old_rpr)
            if mark_rpr is not None:
                rpr = copy.deepcopy(mark_rpr)
                new.insert(0, rpr)
            t = new.find(qn("w:t"))
            if t is not None and not done:
                t.text = prefix + (t.text or "")
                done = True
        target_p.append(new)


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def tick(cell):
    """Ticks the check box content control in a cell as Word does."""
    checked = cell._tc.find(".//{%s}checked" % W14)
    checked.set("{%s}val" % W14, "1")
    for t in cell._tc.iter(qn("w:t")):
        t.text = "\u2612"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("infile")
    ap.add_argument("outfile")
    ap.add_argument("--prefix", default="")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--resave", action="store_true")
    ap.add_argument("--resave-others", action="store_true", help="change only the units given with --set")
    ap.add_argument("--tick", action="append", default=[])
    ap.add_argument("--type-x", action="append", default=[])
    args = ap.parse_args()
    edits = dict(s.split("=", 1) for s in args.set)
    document = docx.Document(args.infile)
    table = document.tables[0]
    for row in table.rows[1:]:
        if args.resave:
            break
        uid = row.cells[0].paragraphs[0].text.strip()
        if uid in args.tick:
            tick(row.cells[3])
        if uid in args.type_x:
            check = row.cells[3]
            for sdt in check._tc.findall(".//" + qn("w:sdt")):
                sdt.getparent().remove(sdt)
            check.paragraphs[0].add_run("x")
        target = row.cells[2]
        if args.resave_others and uid not in edits:
            continue
        if uid in edits:
            p = target.paragraphs[0]
            for child in runs_and_tokens(p._p):
                p._p.remove(child)
            p.add_run(edits[uid])
        elif not "".join(t.text or "" for t in target._tc.iter(qn("w:t"))).strip():
            fill(target, row.cells[1], args.prefix)
    document.save(args.outfile)


if __name__ == "__main__":
    main()
