"""Read a ``multipart/form-data`` body as it streams in, never holding it in memory.

The file part is written to a temporary file with a generated name as it arrives;
the body is refused (413) the moment it passes the limit, so a 1 GB body costs the
server a few chunks of memory and ``max_bytes`` of disk, never more.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from python_multipart import MultipartParser
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import parse_options_header

from kmportal.ingest.parse import SUPPORTED_SUFFIXES
from kmportal.uploads import errors
from kmportal.uploads.names import display_name, shown_suffix, suffix_of
from kmportal.uploads.storage import UploadStore

FILE_FIELD = "file"
# Room for the form's other fields and the part headers around the file.
FORM_OVERHEAD = 64 * 1024
MAX_FIELD_BYTES = 1024


@dataclass
class ReceivedUpload:
    path: Path
    original_name: str
    size: int
    sha256: str
    fields: dict[str, str] = field(default_factory=dict)


def body_limit(max_bytes: int) -> int:
    return max_bytes + FORM_OVERHEAD


def check_declared_length(content_length: str | None, *, max_bytes: int) -> None:
    """Refuse before reading anything when the client announces too large a body."""
    if content_length is None:
        return
    try:
        declared = int(content_length)
    except ValueError:
        raise errors.malformed("bad Content-Length") from None
    if declared > body_limit(max_bytes):
        raise errors.too_large(max_bytes)


def boundary_of(content_type: str | None) -> bytes:
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise errors.not_multipart()
    return boundary


class MultipartReceiver:
    """Feed it body chunks; it keeps the form fields and streams the one file to disk."""

    def __init__(
        self,
        *,
        boundary: bytes,
        store: UploadStore,
        max_bytes: int,
        suffixes: Collection[str] | None = None,
    ) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.suffixes = suffixes  # None: the types kmportal ingests
        self.body_bytes = 0
        self.fields: dict[str, str] = {}
        self.file_path: Path | None = None
        self.original_name = ""
        self.file_size = 0
        self._sha = hashlib.sha256()
        self._out: BinaryIO | None = None
        self._headers: dict[str, bytes] = {}
        self._header_name = b""
        self._header_value = b""
        self._field_name: str | None = None
        self._field_value = bytearray()
        self._in_file = False
        self._ended = False
        self._parser = MultipartParser(
            boundary,
            {
                "on_part_begin": self._part_begin,
                "on_header_field": self._header_field,
                "on_header_value": self._header_value_data,
                "on_header_end": self._header_end,
                "on_headers_finished": self._headers_finished,
                "on_part_data": self._part_data,
                "on_part_end": self._part_end,
                "on_end": self._end,
            },
        )

    # -- feeding -------------------------------------------------------------
    def feed(self, chunk: bytes) -> None:
        self.body_bytes += len(chunk)
        if self.body_bytes > body_limit(self.max_bytes):
            raise errors.too_large(self.max_bytes)
        try:
            self._parser.write(chunk)
        except MultipartParseError as exc:
            raise errors.malformed(str(exc)) from None

    def finish(self) -> ReceivedUpload:
        try:
            self._parser.finalize()
        except MultipartParseError as exc:
            raise errors.malformed(str(exc)) from None
        if not self._ended:
            raise errors.malformed("the body ended before the closing boundary")
        if self.file_path is None:
            raise errors.no_file()
        if self.file_size == 0:
            raise errors.empty_file()
        return ReceivedUpload(
            path=self.file_path,
            original_name=self.original_name,
            size=self.file_size,
            sha256=self._sha.hexdigest(),
            fields=dict(self.fields),
        )

    def discard(self) -> None:
        self._close_file()
        if self.file_path is not None:
            self.store.discard(self.file_path)

    # -- parser callbacks ----------------------------------------------------
    def _part_begin(self) -> None:
        self._headers = {}
        self._field_name = None
        self._field_value = bytearray()
        self._in_file = False

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._header_name.decode("latin-1").lower()] = self._header_value
        self._header_name = b""
        self._header_value = b""

    def _headers_finished(self) -> None:
        disposition, params = parse_options_header(self._headers.get("content-disposition"))
        if disposition != b"form-data" or b"name" not in params:
            raise errors.malformed("a part without a form-data name")
        name = params[b"name"].decode("utf-8", "replace")
        filename = params.get(b"filename")
        if filename is None:
            self._field_name = name
            return
        if name != FILE_FIELD or self.file_path is not None:
            raise errors.malformed("only one file, in the field 'file'")
        raw_name = filename.decode("utf-8", "replace")
        if not raw_name.strip():
            raise errors.no_file()
        allowed = SUPPORTED_SUFFIXES if self.suffixes is None else self.suffixes
        suffix = suffix_of(raw_name, allowed)
        if suffix is None:
            raise errors.unsupported_type(shown_suffix(raw_name), allowed=self.suffixes)
        self.original_name = display_name(raw_name)
        self.file_path = self.store.new_incoming(suffix)
        self._out = self.file_path.open("xb")
        self._in_file = True

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._in_file:
            assert self._out is not None
            piece = data[start:end]
            self.file_size += len(piece)
            if self.file_size > self.max_bytes:
                raise errors.too_large(self.max_bytes)
            self._sha.update(piece)
            self._out.write(piece)
            return
        self._field_value += data[start:end]
        if len(self._field_value) > MAX_FIELD_BYTES:
            raise errors.malformed(f"form field {self._field_name!r} is too long")

    def _part_end(self) -> None:
        if self._in_file:
            self._close_file()
            self._in_file = False
        elif self._field_name is not None:
            self.fields[self._field_name] = self._field_value.decode("utf-8", "replace").strip()

    def _end(self) -> None:
        self._ended = True

    def _close_file(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


async def receive_upload(
    chunks: AsyncIterable[bytes],
    *,
    content_type: str | None,
    content_length: str | None,
    store: UploadStore,
    max_bytes: int,
    suffixes: Collection[str] | None = None,
) -> ReceivedUpload:
    """Read the body and return the received file, or raise a refusal; on any refusal
    the partial file is deleted and the rest of the body is never read."""
    check_declared_length(content_length, max_bytes=max_bytes)
    receiver = MultipartReceiver(
        boundary=boundary_of(content_type), store=store, max_bytes=max_bytes, suffixes=suffixes
    )
    try:
        async for chunk in chunks:
            if chunk:
                receiver.feed(chunk)
        return receiver.finish()
    except BaseException:
        receiver.discard()
        raise
