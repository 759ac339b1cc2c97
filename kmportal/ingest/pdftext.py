"""Extract a PDF's text in a throw-away process: ``python -m kmportal.ingest.pdftext FILE``.

Prints one JSON object to stdout: ``{"ok": true, "pages": [...], "title": ...}`` or
``{"ok": false, "reason": "encrypted" | "corrupt"}``. Runs apart from the caller so that a
hostile PDF can only exhaust this process (the parent caps its memory and wall-clock time).
Imports nothing else from kmportal so the child stays small under its memory cap.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings


def extract(path: str) -> dict[str, object]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            # Many PDFs only carry an owner password (printing/copy limits) and open with "".
            try:
                if not reader.decrypt(""):
                    return {"ok": False, "reason": "encrypted"}
            except Exception:
                return {"ok": False, "reason": "encrypted"}
        pages = reader.pages
        n_pages = len(pages)
    except Exception:
        return {"ok": False, "reason": "corrupt"}

    texts: list[str] = []
    failed = 0
    for i in range(n_pages):
        try:
            texts.append(pages[i].extract_text() or "")
        except Exception:
            failed += 1
            texts.append("")
    if n_pages == 0 or (failed and not any(t.strip() for t in texts)):
        return {"ok": False, "reason": "corrupt"}

    title: str | None = None
    try:
        meta = reader.metadata
        if meta is not None and meta.title:
            title = str(meta.title).strip() or None
    except Exception:
        title = None
    return {"ok": True, "pages": texts, "title": title}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m kmportal.ingest.pdftext FILE", file=sys.stderr)
        return 2
    # pypdf reports recoverable damage through logging and warnings; the parent only wants
    # the verdict on stdout, and stray output would break its JSON parsing.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    result = extract(argv[0])
    # ASCII-only JSON: the child's stdout encoding depends on its locale.
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
