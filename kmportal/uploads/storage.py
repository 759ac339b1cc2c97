"""Where uploaded files live. Every path is made here from generated names and checked
to stay inside the upload folder; nothing a client sent is ever joined to a path."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from kmportal.errors import BadInput
from kmportal.messages import msg


class UploadStore:
    """``incoming/<uuid><suffix>`` while a file arrives and is checked;
    ``files/<uuid>/<doc id><suffix>`` once kept (the pipeline takes the document id
    from the file stem, so the generated part is the folder)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self.incoming = self.root / "incoming"
        self.files = self.root / "files"

    def ensure(self) -> None:
        for folder in (self.incoming, self.files):
            folder.mkdir(parents=True, exist_ok=True)

    def new_incoming(self, suffix: str) -> Path:
        self.ensure()
        return self._inside(self.incoming / f"{uuid.uuid4().hex}{suffix}")

    def keep(self, incoming: Path, *, doc_id: str) -> Path:
        """Move a checked file to its own generated folder, named for the pipeline."""
        src = self._inside(incoming)
        if not _safe_file_stem(doc_id):
            raise BadInput(msg("uploads.bad_doc_id", doc_id=repr(doc_id)))
        folder = self._inside(self.files / uuid.uuid4().hex)
        folder.mkdir(parents=True)
        dest = self._inside(folder / f"{doc_id}{src.suffix}")
        os.replace(src, dest)
        return dest

    def discard(self, path: Path) -> None:
        """Delete a file we made (and its generated folder); anything else is left alone."""
        if not self.owns(path):
            return
        path = Path(path).resolve()
        if path.parent.parent == self.files:
            shutil.rmtree(path.parent, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

    def owns(self, path: Path | str) -> bool:
        resolved = Path(path).resolve()
        return resolved.is_relative_to(self.root) and resolved != self.root

    def _inside(self, path: Path) -> Path:
        resolved = path.resolve()
        if not resolved.is_relative_to(self.root):
            raise BadInput(msg("uploads.outside"))
        return resolved


def _safe_file_stem(doc_id: str) -> bool:
    return (
        0 < len(doc_id) <= 200
        and not doc_id.startswith(".")
        and not any(ch in doc_id for ch in "/\\\x00")
    )
