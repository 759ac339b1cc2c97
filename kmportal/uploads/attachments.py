"""Files attached to knowledge notes, kept under ``<data_dir>/knowledge-files``
(received, checked and named as every attached file is:
:mod:`kmportal.uploads.kept`). The note form's text rides in the same body, so
its fields may be as long as a note (``KMPORTAL_KNOWLEDGE_MAX_CHARS``)."""

from __future__ import annotations

from kmportal.messages import msg
from kmportal.uploads.evidence import ALLOWED
from kmportal.uploads.kept import KeptFiles
from kmportal.uploads.receive import FormRules

FIELD = "attachment"
# UTF-8 Thai is three bytes a character; a little more for the other fields.
BYTES_PER_CHAR = 3


def rules(max_chars: int) -> FormRules:
    return FormRules(
        file_field=FIELD,
        suffixes=ALLOWED,
        shown_types="PDF, Word, Excel, JPG, PNG, TXT, CSV",
        file_required=False,
        max_field_bytes=max_chars * BYTES_PER_CHAR + 4096,
        refuse_type_at_once=False,
    )


def files(max_chars: int) -> KeptFiles:
    return KeptFiles("knowledge-files", rules(max_chars), msg("knowledge.error.file_not_found"))
