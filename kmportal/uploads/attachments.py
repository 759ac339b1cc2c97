"""Files attached to knowledge notes, kept under ``<data_dir>/knowledge-files``
(received, checked and named as every attached file is:
:mod:`kmportal.uploads.kept`). The note form's text rides in the same body: a
text field may be as long as the body may be, so that a note over
``KMPORTAL_KNOWLEDGE_MAX_CHARS`` reaches the check that refuses it by name
(the body limit still holds while it streams in)."""

from __future__ import annotations

from kmportal.messages import msg
from kmportal.uploads.evidence import ALLOWED
from kmportal.uploads.kept import KeptFiles
from kmportal.uploads.receive import FormRules

FIELD = "attachment"
# UTF-8 Thai is three bytes a character; a little more for the other fields.
BYTES_PER_CHAR = 3


def text_bytes(max_chars: int) -> int:
    """The room a form's text takes at most (the note and its other fields)."""
    return max_chars * BYTES_PER_CHAR + 64 * 1024


def rules(max_field_bytes: int) -> FormRules:
    return FormRules(
        file_field=FIELD,
        suffixes=ALLOWED,
        shown_types="PDF, Word, Excel, JPG, PNG, TXT, CSV",
        file_required=False,
        max_field_bytes=max_field_bytes,
        refuse_type_at_once=False,
    )


def files(max_field_bytes: int) -> KeptFiles:
    return KeptFiles(
        "knowledge-files", rules(max_field_bytes), msg("knowledge.error.file_not_found")
    )
