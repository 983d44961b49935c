"""Qt Linguist's workflow for MetroDesk's texts (README, "Languages").

    python packaging/translations.py update    # lupdate: the .ts files follow the source
    python packaging/translations.py release   # lrelease: .ts -> .qm (what the app loads)
    python packaging/translations.py check     # what CI asks: up to date, nothing unfinished
    python packaging/translations.py todo > todo.json   # the texts still to translate
    python packaging/translations.py fill todo.json     # put translations written there in

`python3 tasks.py translations` runs `update` then `release`; the set-up (`tasks.py run`,
`test`, `bundle`) runs `release` when a .ts is newer than its .qm. The .qm files are built,
never committed (.gitignore).

The .ts files keep no source locations and their messages sorted (`-locations none
-sort-messages`): a change to the code moves no line of them, and two people adding texts
rarely touch the same lines, so they merge like any source file. Run with the project's
Python (`.venv/bin/python`), whose PySide6 brings pyside6-lupdate and pyside6-lrelease.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "metrodesk"
#: languages translated in full; English holds only the plural forms of its own texts
TRANSLATED = ("fr", "es")
SOURCE_LANGUAGE = "en"
#: lupdate's own names plus `_tr`, the name modules import `metrodesk.i18n.tr` as
ALIASES = "tr+=_tr"


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease beside this Python."""
    found = Path(sys.executable).parent / f"pyside6-{name}"
    return str(found) if found.exists() else f"pyside6-{name}"


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"metrodesk_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"metrodesk_{language}.qm"


def source_files() -> list[str]:
    """Every module of the app but the migrations (frozen history, nothing shown)."""
    return sorted(
        str(p.relative_to(ROOT))
        for p in SOURCES.rglob("*.py")
        if "migrations" not in p.relative_to(SOURCES).parts
    )


def lupdate(language: str, target: Path) -> None:
    """Bring `target` in line with the source: new texts added (unfinished, with a guess from
    a similar old text when there is one), texts no longer in the source removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    args = [
        tool("lupdate"),
        *source_files(),
        "-tr-function-alias",
        ALIASES,
        "-locations",
        "none",
        "-sort-messages",
        "-no-obsolete",
        "-silent",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        "-ts",
        str(target),
    ]
    if language == SOURCE_LANGUAGE:
        args.insert(-2, "-pluralonly")
    subprocess.run(args, cwd=ROOT, check=True)


def update(folder: Path = FOLDER) -> None:
    for language in (SOURCE_LANGUAGE, *TRANSLATED):
        lupdate(language, ts_file(language, folder))


def release(folder: Path = FOLDER, out: Path | None = None, force: bool = False) -> list[Path]:
    """Compile every .ts newer than its .qm (all with `force`); the .qm files made."""
    made = []
    for language in (SOURCE_LANGUAGE, *TRANSLATED):
        ts, qm = ts_file(language, folder), qm_file(language, out or folder)
        if not ts.exists():
            continue
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
            check=True,
        )
        made.append(qm)
    return made


@dataclass(frozen=True)
class Message:
    source: str
    comment: str
    numerus: bool
    #: the translation, or its plural forms; empty strings where unfinished
    forms: tuple[str, ...]
    unfinished: bool


def messages(ts: Path) -> dict[tuple[str, str], Message]:
    """(source, disambiguation) -> message, for every context's messages of a .ts file."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            source = m.findtext("source") or ""
            comment = m.findtext("comment") or ""
            key = (f"{context.findtext('name') or ''}\x04{source}", comment)
            found[key] = Message(
                source, comment, numerus, forms, translation.get("type") is not None
            )
    return found


_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


def problems(language: str, ts: Path, fresh: Path) -> list[str]:
    """What is wrong with the committed `ts` against `fresh` (lupdate's run on the source)."""
    have, want = messages(ts), messages(fresh)
    out = [f"{ts.name}: new, not in the file yet: {want[k].source!r}" for k in want - have.keys()]
    out += [
        f"{ts.name}: obsolete, no longer in the source: {have[k].source!r}"
        for k in have.keys() - want.keys()
    ]
    for key, m in have.items():
        if key not in want:
            continue
        if m.unfinished or not all(m.forms):
            out.append(f"{ts.name}: unfinished: {m.source!r}")
            continue
        expected = sorted(set(_PLACEHOLDER.findall(m.source)))
        for form in m.forms:
            if sorted(set(_PLACEHOLDER.findall(form))) != expected and not _singular_ok(m, form):
                out.append(f"{ts.name}: placeholders differ: {m.source!r} -> {form!r}")
            if m.source.count("&") - m.source.count("&&") and "&" not in form:
                out.append(f"{ts.name}: keyboard shortcut (&) lost: {m.source!r} -> {form!r}")
    return out


def _singular_ok(m: Message, form: str) -> bool:
    """A singular form may spell the count out ("Une sauvegarde") instead of using %n."""
    return (
        m.numerus
        and form == m.forms[0]
        and sorted(set(_PLACEHOLDER.findall(form)) | {"%n"})
        == sorted(set(_PLACEHOLDER.findall(m.source)) | {"%n"})
    )


def check(folder: Path = FOLDER) -> list[str]:
    """Every problem of the committed .ts files: texts missing or obsolete, unfinished,
    placeholders or shortcuts lost. Empty when all is well."""
    import tempfile

    out: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in (SOURCE_LANGUAGE, *TRANSLATED):
            committed = ts_file(language, folder)
            if not committed.exists():
                out.append(f"{committed.name}: missing")
                continue
            fresh = ts_file(language, Path(tmp))
            fresh.write_bytes(committed.read_bytes())
            lupdate(language, fresh)
            out += problems(language, committed, fresh)
    return out


def todo(folder: Path = FOLDER) -> list[dict[str, object]]:
    """The unfinished texts of every language, one entry per text: what `fill` reads back
    once "fr", "es" (and "en" for plural forms) are written in."""
    entries: dict[tuple[str, str], dict[str, object]] = {}
    for language in (SOURCE_LANGUAGE, *TRANSLATED):
        for m in messages(ts_file(language, folder)).values():
            if not (m.unfinished or not all(m.forms)):
                continue
            entry = entries.setdefault(
                (m.source, m.comment), {"source": m.source, "comment": m.comment}
            )
            if m.numerus:
                entry["numerus"] = True
            entry[language] = list(m.forms) if m.numerus else m.forms[0]
    return list(entries.values())


def fill(entries: list[dict[str, object]], folder: Path = FOLDER) -> int:
    """Write the translations of `entries` (as `todo` gives them, filled in) into the .ts
    files, marked finished; returns how many were written. Empty ones are left unfinished."""
    written = 0
    for language in (SOURCE_LANGUAGE, *TRANSLATED):
        ts = ts_file(language, folder)
        tree = ElementTree.parse(ts)
        wanted = {(str(e["source"]), str(e.get("comment") or "")): e.get(language) for e in entries}
        for m in tree.getroot().iter("message"):
            key = (m.findtext("source") or "", m.findtext("comment") or "")
            value = wanted.get(key)
            translation = m.find("translation")
            if not value or translation is None:
                continue
            if m.get("numerus") == "yes":
                forms = list(value) if isinstance(value, list) else [str(value)]
                if not all(forms):
                    continue
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            written += 1
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    update(folder)  # lupdate writes the files back in its own layout
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
        release()
        return 0
    if command == "release":
        release(force="--force" in argv)
        return 0
    if command == "todo":
        import json

        print(json.dumps(todo(), ensure_ascii=False, indent=1))
        return 0
    if command == "fill" and len(argv) == 2:
        import json

        entries = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"{fill(entries)} translations written")
        release()
        return 0
    if command == "check":
        found = check()
        for line in found:
            print(line)
        if found:
            print("run `python3 tasks.py translations` and translate what is unfinished (README)")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
