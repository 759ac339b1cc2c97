"""Files people attach (KM evidence, knowledge-note attachments), kept under
one folder of the data directory each.

They arrive through the streaming receiver (:mod:`kmportal.uploads.receive`,
with the kind's :class:`~kmportal.uploads.receive.FormRules`): the size limit
holds while the body arrives (413 before its end), the partial file waits under
``incoming/`` with a generated name, and :meth:`KeptFiles.keep` admits it only
when its content is of the type its name says. Stored names are generated (a
random prefix and the cleaned original name), so an upload can never choose
where it lands or overwrite another; they are served only as downloads.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from kmportal.errors import NotFound
from kmportal.messages import Message
from kmportal.uploads import errors
from kmportal.uploads.receive import FormRules, ReceivedUpload
from kmportal.uploads.sniff import content_matches
from kmportal.uploads.storage import UploadStore

_NAME = re.compile(r"^[0-9a-f]{16}-[\w.\-]{1,120}$")


def _clean(filename: str) -> str:
    base = Path(filename.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\-]+", "_", base).strip("._") or "file"
    return cleaned[-120:]


@dataclass(frozen=True)
class KeptFiles:
    folder: str  # under the data directory
    rules: FormRules
    not_found: Message

    def directory(self, data_dir: Path) -> Path:
        return data_dir / self.folder

    def store(self, data_dir: Path) -> UploadStore:
        """Where a file waits (``incoming/``) while it arrives and is checked."""
        return UploadStore(self.directory(data_dir))

    def clear_incoming(self, data_dir: Path) -> None:
        """At start-up: files a previous run was still receiving or checking go."""
        incoming = self.store(data_dir)
        if incoming.incoming.is_dir():
            for leftover in incoming.incoming.iterdir():
                incoming.discard(leftover)

    def keep(self, data_dir: Path, received: ReceivedUpload) -> str:
        """Check the received file's content and keep it; returns its stored name.
        A refused file is deleted."""
        incoming = self.store(data_dir)
        suffix = received.path.suffix.lower()
        if not content_matches(received.path, suffix):
            incoming.discard(received.path)
            exc = errors.content_mismatch(suffix)
            exc.fields[self.rules.file_field] = exc.msg
            raise exc
        name = f"{secrets.token_hex(8)}-{_clean(received.original_name)}"
        os.replace(received.path, self.directory(data_dir) / name)
        return name

    def drop_incoming(self, data_dir: Path, received: ReceivedUpload | None) -> None:
        """A received file that is not kept (the form was refused)."""
        if received is not None:
            self.store(data_dir).discard(received.path)

    def discard(self, data_dir: Path, name: str) -> None:
        """Delete a kept file whose record was then refused or removed."""
        if _NAME.match(name):
            (self.directory(data_dir) / name).unlink(missing_ok=True)

    def path(self, data_dir: Path, name: str) -> Path:
        if not _NAME.match(name) or ".." in name:
            raise NotFound(self.not_found)
        path = self.directory(data_dir) / name
        if not path.is_file():
            raise NotFound(self.not_found)
        return path


def download_name(name: str) -> str:
    """The name a download is saved under: the stored name without its prefix."""
    return name.split("-", 1)[1]
