"""Set-up and everyday commands that need nothing but Python 3.11:

python3 tasks.py run [metrodesk arguments]   # create .venv if needed, open the app
python3 tasks.py test [pytest arguments]     # create .venv if needed, run every test
python3 tasks.py icons                       # remake resources/icons/ from metrodesk.svg
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
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


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "icons"):
        print(__doc__)
        return 2
    ensure_venv()
    if argv[0] == "run":
        return subprocess.call([str(BIN / "python"), "-m", "metrodesk", *argv[1:]])
    if argv[0] == "icons":
        return subprocess.call([str(BIN / "python"), str(ROOT / "packaging" / "icons.py")])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
