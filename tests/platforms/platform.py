"""Write tandem translation files as translation platforms do, with their
own libraries (driven by tests/platforms.rs).

    platform.py weblate  <template.ftl> <translation.ftl> <lang> [<id> <value>]...
    platform.py pontoon  <reference.ftl> <translation.ftl> [<id> <value>]...
    platform.py fluent   <translation.ftl> [<id> <value>]...

weblate: Weblate's format layer for Fluent (weblate/formats/ttkit.py,
  FluentFormat/FluentUnit, and Translation.update_units in
  weblate/trans/models/translation.py) on translate-toolkit's FluentFile:
  the unit is found through the monolingual template; a unit missing from
  the translation is cloned from the template without its notes and
  appended; the whole store is re-serialised. No edits: load and save.
pontoon: Pontoon's sync (pontoon/sync/core/translations_from_repo.py and
  translations_to_repo.py) on moz.l10n: the translations are read without
  comments, then the file is regenerated from the German reference, with
  the reference's comments, untranslated entries left out.
fluent: python fluent.syntax: parse, replace values, serialize.
"""

import copy
import sys

from fluent.syntax import FluentParser, FluentSerializer, ast as ftl


def pairs(args):
    return dict(zip(args[0::2], args[1::2]))


# ----------------------------------------------------------------- Weblate
def weblate(template_path, translation_path, lang, edits):
    from translate.storage.fluent import FluentFile

    def load(path, **languages):
        store = FluentFile()
        if "target" in languages:
            store.settargetlanguage(languages["target"])
        store.setsourcelanguage("de")
        with open(path, "rb") as handle:
            store.parse(handle.read())
        return store

    template = load(template_path)
    store = load(translation_path, target=lang)
    units = lambda s: [u for u in s.units if not u.isobsolete() and not u.isheader()]
    by_id = {u.getid(): u for u in units(store)}
    for context, target in edits.items():
        tpl = next(u for u in units(template) if u.getid() == context)
        unit = by_id.get(context)
        if unit is None:  # TranslationUnit.clone_template: notes removed (#11133)
            unit = copy.copy(tpl)
            unit.removenotes()
            store.addunit(unit)  # TTKitFormat.add_unit: appended
        unit.target = target  # FluentUnit.set_target
        unit.source = target
        unit.to_entry()  # raises on a syntax error, as Weblate does
    with open(translation_path, "wb") as handle:
        store.serialize(handle)


# ----------------------------------------------------------------- Pontoon
def pontoon(reference_path, translation_path, edits):
    from moz.l10n.formats import Format
    from moz.l10n.formats.fluent import fluent_astify_entry
    from moz.l10n.model import Entry
    from moz.l10n.resource import parse_resource, serialize_resource

    def as_string(entry):  # pontoon.sync.formats.as_string: no comment
        fe = fluent_astify_entry(entry, comment_str=lambda _: "", escape_syntax=True)
        return FluentSerializer().serialize_entry(fe)

    db = {}
    for section in parse_resource(translation_path).sections:
        for entry in section.entries:
            if isinstance(entry, Entry):
                db[section.id + entry.id] = as_string(entry)
    for key, value in edits.items():
        db[(key,)] = f"{key} = {value}\n"
    trans_res = parse_resource(Format.fluent, "".join(db.values()))
    trans = {e.id: e for s in trans_res.sections for e in s.entries if isinstance(e, Entry)}
    res = parse_resource(reference_path)
    for section in res.sections:
        keep = []
        for entry in section.entries:
            if isinstance(entry, Entry):
                te = trans.get(entry.id)
                if te is None:
                    continue  # untranslated: left out
                entry.value = te.value
                entry.properties = (
                    te.properties
                    if entry.id[0].startswith("-")
                    else {n: p for n, p in te.properties.items() if n in entry.properties}
                )
            keep.append(entry)
        section.entries = keep
    res.sections = [s for s in res.sections if any(isinstance(e, Entry) for e in s.entries)]
    with open(translation_path, "w", encoding="utf-8") as f:
        for line in serialize_resource(res):
            f.write(line)


# ----------------------------------------------------------- fluent.syntax
def fluent(translation_path, edits):
    parser = FluentParser(with_spans=False)
    with open(translation_path, encoding="utf-8") as f:
        res = parser.parse(f.read())
    for e in res.body:
        if isinstance(e, (ftl.Message, ftl.Term)):
            name = ("-" if isinstance(e, ftl.Term) else "") + e.id.name
            if name in edits:
                e.value = parser.parse_entry(f"{name} = {edits.pop(name)}\n").value
    for name, value in edits.items():  # new messages at the end
        res.body.append(parser.parse_entry(f"{name} = {value}\n"))
    with open(translation_path, "w", encoding="utf-8") as f:
        f.write(FluentSerializer().serialize(res))


def main(argv):
    tool = argv[1]
    if tool == "weblate":
        weblate(argv[2], argv[3], argv[4], pairs(argv[5:]))
    elif tool == "pontoon":
        pontoon(argv[2], argv[3], pairs(argv[4:]))
    elif tool == "fluent":
        fluent(argv[2], pairs(argv[3:]))
    else:
        raise SystemExit(f"unknown tool {tool}")


if __name__ == "__main__":
    main(sys.argv)
