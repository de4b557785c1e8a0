"""Where `dipnet extract -o` writes: a regular file whole or not at all, a device or pipe as it is."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from conftest import EXAMPLES, ROOT


def test_extract_to_dev_null_writes_through_and_leaves_the_device(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([sys.executable, "-m", "dipnet.cli", "extract", str(EXAMPLES / "vn_lao_visit.txt"), "-o", os.devnull],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert "1 page(s) extracted" in r.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)  # not replaced by a regular file
