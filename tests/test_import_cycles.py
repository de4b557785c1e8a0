"""The package has no import cycles, deferred (function-level) imports included: tools/import_cycles.py
reads the import statements of every module (TYPE_CHECKING-only imports left out: they never run)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_import_cycles() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "import_cycles.py"), str(ROOT / "src"), "dipnet"],
                         capture_output=True, text=True, check=True).stdout
    assert " 0 cycle group(s)" in out, out
    assert int(out.split(" modules")[0]) > 300  # it read the package, not an empty folder
