"""Read a ``multipart/form-data`` body as it streams in, never holding it in memory.

The file part is written to a temporary file with a generated name as it arrives;
the body is refused (413) the moment it passes the limit, so a 1 GB body costs the
server a few chunks of memory and ``max_bytes`` of disk, never more.

Two forms come this way: an admin's document upload (:data:`DOCUMENT`: one
file in ``file``, required) and a KM log with its evidence (the rules of
:mod:`kmportal.uploads.evidence`: the file is optional, the text fields longer).
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

from kmportal.errors import KmportalError
from kmportal.ingest.parse import SUPPORTED_SUFFIXES
from kmportal.uploads import errors
from kmportal.uploads.names import display_name, shown_suffix, suffix_of
from kmportal.uploads.storage import UploadStore

# Room for the form's other fields and the part headers around the file.
FORM_OVERHEAD = 64 * 1024


@dataclass(frozen=True)
class FormRules:
    """What one kind of upload form may hold."""

    file_field: str = "file"
    suffixes: Collection[str] = SUPPORTED_SUFFIXES
    shown_types: str = "PDF, DOCX, TXT, MD"  # named in the refusal of another type
    file_required: bool = True
    max_field_bytes: int = 1024
    # False: a file of another type is skipped (never written) and the refusal
    # returned with the form's fields, so a page can show it next to the field.
    refuse_type_at_once: bool = True


DOCUMENT = FormRules()


@dataclass
class ReceivedForm:
    fields: dict[str, str]
    upload: ReceivedUpload | None
    refused: KmportalError | None = None  # a skipped file (see FormRules)


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
        rules: FormRules = DOCUMENT,
    ) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.rules = rules
        self.refused: KmportalError | None = None
        self._skipping = False
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
        received = self.finish_form()
        if received is None:
            raise errors.no_file()
        return received

    def finish_form(self) -> ReceivedUpload | None:
        """The file, or None when the form sent none (``fields`` has the rest)."""
        try:
            self._parser.finalize()
        except MultipartParseError as exc:
            raise errors.malformed(str(exc)) from None
        if not self._ended:
            raise errors.malformed("the body ended before the closing boundary")
        if self.file_path is None:
            return None
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
        self._skipping = False
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
        if name != self.rules.file_field or self.file_path is not None:
            raise errors.malformed(f"only one file, in the field {self.rules.file_field!r}")
        raw_name = filename.decode("utf-8", "replace")
        if not raw_name.strip():
            if self.rules.file_required:
                raise errors.no_file()
            self._field_name = None  # a file input left empty: nothing to keep
            return
        suffix = suffix_of(raw_name, self.rules.suffixes)
        if suffix is None:
            refusal = errors.unsupported_type(shown_suffix(raw_name), self.rules.shown_types)
            if self.rules.refuse_type_at_once:
                raise refusal
            self.refused, self._skipping, self._field_name = refusal, True, None
            return
        self.original_name = display_name(raw_name)
        self.file_path = self.store.new_incoming(suffix)
        self._out = self.file_path.open("xb")
        self._in_file = True

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._skipping:
            return  # still counted against the body limit in feed()
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
        if len(self._field_value) > self.rules.max_field_bytes:
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


async def receive_form(
    chunks: AsyncIterable[bytes],
    *,
    content_type: str | None,
    content_length: str | None,
    store: UploadStore,
    max_bytes: int,
    rules: FormRules,
) -> ReceivedForm:
    """Read the body: its text fields and its file (None when the form sent none,
    if ``rules`` allow that). On any refusal the partial file is deleted and the
    rest of the body is never read."""
    check_declared_length(content_length, max_bytes=max_bytes)
    receiver = MultipartReceiver(
        boundary=boundary_of(content_type), store=store, max_bytes=max_bytes, rules=rules
    )
    try:
        async for chunk in chunks:
            if chunk:
                receiver.feed(chunk)
        received = receiver.finish_form()
    except BaseException:
        receiver.discard()
        raise
    if received is None and rules.file_required:
        raise errors.no_file()
    return ReceivedForm(dict(receiver.fields), received, receiver.refused)


async def receive_upload(
    chunks: AsyncIterable[bytes],
    *,
    content_type: str | None,
    content_length: str | None,
    store: UploadStore,
    max_bytes: int,
    rules: FormRules = DOCUMENT,
) -> ReceivedUpload:
    """Read a form whose one file is required (by default an admin's document
    upload) and return the received file, or raise a refusal."""
    form = await receive_form(
        chunks,
        content_type=content_type,
        content_length=content_length,
        store=store,
        max_bytes=max_bytes,
        rules=rules,
    )
    assert form.upload is not None
    return form.upload
