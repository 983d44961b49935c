"""Set-up and everyday commands that need nothing but Python 3.11:

python3 tasks.py run [metrodesk arguments]   # create .venv if needed, open the app
python3 tasks.py test [pytest arguments]     # create .venv if needed, run every test
python3 tasks.py check                       # ruff check, ruff format --check, mypy (what CI runs)
python3 tasks.py translations                # update resources/translations/*.ts, build .qm
python3 tasks.py icons                       # remake resources/icons/ from metrodesk.svg
python3 tasks.py bundle                      # build the one-folder app dist/metrodesk/
python3 tasks.py packages                    # the Linux .deb and tarball of that bundle
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
MARKER = VENV / ".metrodesk-installed"


def _fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create .venv and install the project with its test and dev tools, once per pyproject."""
    if MARKER.exists() and MARKER.read_text() == _fingerprint():
        return
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing MetroDesk and its dependencies into .venv …", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    MARKER.write_text(_fingerprint())


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build_translations(command: str = "release") -> int:
    """The .qm catalogues the app loads, compiled from resources/translations/*.ts when stale
    (`update` first brings the .ts files in line with the source)."""
    script = ROOT / "packaging" / "translations.py"
    return subprocess.call([str(BIN / "python"), str(script), command])


def bundle() -> int:
    """PyInstaller's one-folder build of packaging/metrodesk.spec into dist/metrodesk/ (each
    build from scratch: a stale work folder has carried old modules into bundles before)."""
    python = str(BIN / "python")
    if subprocess.call([python, "-c", "import PyInstaller"], stderr=subprocess.DEVNULL) != 0:
        print("Installing PyInstaller into .venv …", flush=True)
        pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "-e", f"{ROOT}[bundle]"], check=True)
    work = ROOT / "build" / "pyinstaller"
    shutil.rmtree(work, ignore_errors=True)
    started = time.monotonic()
    status = subprocess.call(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "metrodesk.spec"),
        ],
        cwd=ROOT,
    )
    if status == 0:
        out = ROOT / "dist" / "metrodesk"
        print(
            f"{out}: {folder_size(out) / 1e6:.0f} MB, built in {time.monotonic() - started:.0f} s"
        )
    return status


#: what `check` runs, each over the whole project: lint, formatting, types (strict everywhere)
CHECKS = (
    ("ruff", "check", "."),
    ("ruff", "format", "--check", "."),
    ("mypy",),
    # the same sources as Windows and macOS see them: POSIX-only calls (fcntl, os.pread,
    # O_NOFOLLOW…) stop the app at import there, and nothing here runs on those systems
    ("mypy", "--platform", "win32"),
    ("mypy", "--platform", "darwin"),
)


def check() -> int:
    """Every check, each reported; non-zero when any of them fails."""
    failed = []
    for command in CHECKS:
        print("$", " ".join(command), flush=True)
        if subprocess.call([str(BIN / command[0]), *command[1:]], cwd=ROOT) != 0:
            failed.append(" ".join(command))
    if failed:
        print("Failed:", ", ".join(failed), flush=True)
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    commands = ("run", "test", "check", "icons", "bundle", "packages", "translations")
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    ensure_venv()
    if argv[0] == "translations":
        return build_translations("update")
    if argv[0] in ("run", "test", "bundle") and build_translations() != 0:
        return 1
    if argv[0] == "run":
        return subprocess.call([str(BIN / "python"), "-m", "metrodesk", *argv[1:]])
    if argv[0] == "check":
        return check()
    if argv[0] == "bundle":
        return bundle()
    if argv[0] == "packages":
        script = ROOT / "packaging" / "linux" / "packages.py"
        return subprocess.call([str(BIN / "python"), str(script)])
    if argv[0] == "icons":
        return subprocess.call([str(BIN / "python"), str(ROOT / "packaging" / "icons.py")])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
