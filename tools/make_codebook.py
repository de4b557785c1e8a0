"""Regenerate docs/codebook.md from the packaged data files."""

from pathlib import Path

from dipnet.extract.common.codebook import render_codebook

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "codebook.md"
    target.write_text(render_codebook(), encoding="utf-8")
    print(f"wrote {target}")
