"""Extract a PDF's text in a throw-away process: ``python -m kmportal.ingest.pdftext FILE``.

Prints one JSON object to stdout: ``{"ok": true, "pages": [...], "starts": [...], "title":
...}`` or ``{"ok": false, "reason": "encrypted" | "corrupt"}``. ``starts`` gives, for each
page, the position ``[x, y]`` (points from the page's lower left corner) where each line of
its text begins, or ``null`` when the reader did not say: enough to tell running headers
from body text and an indented first line from a line that continues a paragraph.

Runs apart from the caller so that a hostile PDF can only exhaust this process (the parent
caps its memory and wall-clock time). Imports nothing else from kmportal so the child stays
small under its memory cap.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from typing import Any


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
    starts: list[list[list[float] | None]] = []
    failed = 0
    for i in range(n_pages):
        try:
            text, where = _page_text(pages[i])
        except Exception:
            failed += 1
            text, where = "", []
        texts.append(text)
        starts.append(where)
    if n_pages == 0 or (failed and not any(t.strip() for t in texts)):
        return {"ok": False, "reason": "corrupt"}

    title: str | None = None
    try:
        meta = reader.metadata
        if meta is not None and meta.title:
            title = str(meta.title).strip() or None
    except Exception:
        title = None
    return {"ok": True, "pages": texts, "starts": starts, "title": title}


def _page_text(page: Any) -> tuple[str, list[list[float] | None]]:
    """The page's text and where each of its lines starts.

    pypdf hands every piece of text it emits to the visitor with the text matrix
    at which it was drawn, and the pieces concatenate to exactly the returned
    text; a line starting at the beginning of a piece starts at that point."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((text, x, y))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(p[0] for p in pieces) != text:
        return text, [None] * (text.count("\n") + 1)
    where: list[list[float] | None] = [None]
    at_line_start = True
    for piece, x, y in pieces:
        if at_line_start and where[-1] is None:
            where[-1] = [round(x, 1), round(y, 1)]
        for _ in range(piece.count("\n")):
            where.append(None)
        at_line_start = piece.endswith("\n")
    return text, where


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
