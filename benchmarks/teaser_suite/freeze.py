"""One-off: write every set the generators build to data/<set>.jsonl.xz and print the digests.

Run once from the generators' last commit, then deleted with them:
    .venv/bin/python -m benchmarks.teaser_suite.freeze
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import lzma
from pathlib import Path

from .generator import SETS, build_cases

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    DATA.mkdir(exist_ok=True)
    for name in SETS:
        lines = [
            json.dumps(dataclasses.asdict(case), ensure_ascii=False, sort_keys=True)
            for case in build_cases(set_name=name)
        ]
        raw = ("\n".join(lines) + "\n").encode("utf-8")
        packed = lzma.compress(raw, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64,
                               preset=9 | lzma.PRESET_EXTREME)  # fmt: skip
        path = DATA / f"{name}.jsonl.xz"
        path.write_bytes(packed)
        print(f'"{name}": "{hashlib.sha256(packed).hexdigest()}",  # {len(lines)} cases, '
              f"{len(raw):,} -> {len(packed):,} bytes")  # fmt: skip


if __name__ == "__main__":
    main()
