"""The index manifest: what built the index files and what they must match.

An index is a folder of named files plus ``manifest.json``. The manifest records
the embedder, dimension, tokeniser, chunk count, a fingerprint of the database
rows it was built from and a checksum of every file, so a stale or damaged index
is detected at start instead of answering with wrong results.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

# 2: has_vector.npy (chunks searchable by words before their vector exists)
FORMAT_VERSION = 2


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class Manifest:
    embedder: str
    dim: int
    tokenizer: str
    chunk_count: int
    db_fingerprint: str
    built_at: str
    build_seconds: float
    files: dict[str, str] = field(default_factory=dict)  # name -> sha256
    format_version: int = FORMAT_VERSION
    lexical_fingerprint: str = ""  # the chunks alone, without their vectors
    embedded_count: int = 0  # chunks with a real vector

    def write(self, folder: Path) -> None:
        tmp = folder / "manifest.json.tmp"
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(folder / "manifest.json")

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        return cls(**data)

    def problems(self, folder: Path) -> list[str]:
        """Why the files in ``folder`` cannot be trusted; empty when they can."""
        out = []
        if self.format_version != FORMAT_VERSION:
            out.append(f"index format {self.format_version}, expected {FORMAT_VERSION}")
        for name, digest in self.files.items():
            path = folder / name
            if not path.exists():
                out.append(f"missing index file {name}")
            elif file_sha256(path) != digest:
                out.append(f"index file {name} does not match its checksum")
        return out
