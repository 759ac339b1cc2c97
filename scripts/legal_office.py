"""The eight shared Acts as offices hold them, for ``eval_retrieval.py --set legal-office``.

Each Act of ``corpus/acts`` is retyped the way an office keeps it (one paragraph
per line, one space after ``มาตรา ๔๕``) and rendered by ``tests/helpers/office_docs.py``
as a Royal Gazette PDF (running header with the page number, ``- ๒ -`` footer,
heading and body fonts, lines wrapped between words) and as a Word file, in a
temporary folder beside the unchanged handbook and news. Retrieval is measured
on each format as on the clean texts, and the split of every Act is compared
with the split of its .txt file: kind, title and the number of sections.
The PUA, spaced-letter and narrow-margin variants of the PDF are split too
(no retrieval run): what those text layers cost is visible at a glance.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers.office_docs import NARROW, Layout, office_paragraphs, render_docx, render_pdf  # noqa: E402

from kmportal.db import make_engine  # noqa: E402
from kmportal.docstore.models import Document, Section  # noqa: E402
from kmportal.ingest.kinds import infer_kind, infer_title  # noqa: E402
from kmportal.ingest.parse import parse_file  # noqa: E402
from kmportal.ingest.pipeline import split_sections  # noqa: E402
from kmportal.settings import Settings  # noqa: E402
from kmportal.thai.normalize import clean_display  # noqa: E402

# Gazette layout; the PDF is made reproducible so an unchanged Act is not ingested again.
FORMATS: dict[str, Callable[[list[str], Path], Path]] = {
    "pdf": lambda paragraphs, path: render_pdf(paragraphs, path, Layout()),
    "docx": lambda paragraphs, path: render_docx(paragraphs, path),
}
SPLIT_ONLY: dict[str, Layout] = {
    "pdf-pua": Layout(variant="pua"),
    "pdf-spaced": Layout(variant="spaced"),
    "pdf-narrow": NARROW,
}
_NUMBERED = re.compile(r"^(?:a\d+-)?s\d")
Split = dict[str, tuple[str, str, int]]  # doc id -> (kind, title, numbered sections)


def render_corpus(corpus: Path, out: Path, fmt: str) -> Path:
    """``out/<fmt>/`` holding the Acts as ``fmt`` files plus the handbook and news."""
    root = out / fmt
    (root / "acts").mkdir(parents=True, exist_ok=True)
    for src in sorted((corpus / "acts").glob("*.txt")):
        paragraphs = office_paragraphs(src.read_text(encoding="utf-8"))
        FORMATS[fmt](paragraphs, root / "acts" / f"{src.stem}.{fmt}")
    for folder in ("handbook", "news"):
        link = root / folder
        if not link.exists():
            link.symlink_to((corpus / folder).resolve(), target_is_directory=True)
    return root


def stored_split(settings: Settings) -> Split:
    engine = make_engine(settings)
    with Session(engine) as session:
        docs = {d.id: d for d in session.exec(select(Document))}
        keys = session.exec(select(Section.doc_id, Section.key))
        counts: dict[str, int] = {}
        for doc_id, key in keys:
            if _NUMBERED.match(key):
                counts[doc_id] = counts.get(doc_id, 0) + 1
    return {d.id: (str(d.kind), d.title, counts.get(d.id, 0)) for d in docs.values()}


def file_split(path: Path) -> tuple[str, str, int]:
    text = clean_display(parse_file(path).text)
    kind = infer_kind(text, path)
    title = infer_title(text, kind, hint=None, fallback=path.stem)
    sections = split_sections(text, kind, title)
    return str(kind), title, sum(1 for s in sections if s.number)


def compare(clean: Split, office: Split, acts: list[str]) -> tuple[list[str], bool]:
    """Markdown rows (Act, kind, title, sections, difference) and whether all pass."""
    rows, ok = [], True
    for act in acts:
        _, title0, n0 = clean[act]
        kind, title, n = office.get(act, ("missing", "", 0))
        diff = (n - n0) / n0 if n0 else 0.0
        good = kind == "act" and title == title0 and abs(diff) <= 0.02
        ok &= good
        shown = "same" if title == title0 else f"**{title[:40]}**"
        rows.append(
            f"| {act} | {kind} | {shown} | {n} / {n0} | {diff:+.1%} | {'✓' if good else '✗'} |"
        )
    return rows, ok


def run(args: Any, evaluate: Callable[[Path, Path], dict[str, Any]]) -> int:
    """Evaluate the .txt corpus, then each office format; print metrics and splits."""
    results = {"txt": evaluate(args.corpus, args.data_dir)}
    clean = stored_split(Settings(data_dir=args.data_dir))
    acts = sorted(p.stem for p in (args.corpus / "acts").glob("*.txt"))
    verdict = True
    with tempfile.TemporaryDirectory(prefix="kmportal-office-") as tmp:
        out = Path(tmp)
        tables = {}
        for fmt in FORMATS:
            corpus = render_corpus(args.corpus, out, fmt)
            data_dir = args.data_dir.with_name(f"{args.data_dir.name}-office-{fmt}")
            results[fmt] = evaluate(corpus, data_dir)
            tables[fmt], ok = compare(clean, stored_split(Settings(data_dir=data_dir)), acts)
            verdict &= ok
        for name, layout in SPLIT_ONLY.items():
            split: Split = {}
            for act in acts:
                text = (args.corpus / "acts" / f"{act}.txt").read_text(encoding="utf-8")
                path = render_pdf(office_paragraphs(text), out / f"{act}.pdf", layout)
                split[act] = file_split(path)
            tables[name], _ = compare(clean, split, acts)
    print("\n## Retrieval: legal dev queries (MRR@10 / hit@1 / citation hit@1)")
    base = results["txt"]["all"]["mrr10"]
    for fmt, res in results.items():
        cite = res.get("citation", {}).get("hit1", float("nan"))
        every = res["all"]
        delta = every["mrr10"] - base
        print(
            f"{fmt:5} MRR@10 {every['mrr10']:.3f} ({delta:+.3f})  hit@1 {every['hit1']:.3f}"
            f"  hit@5 {every['hit5']:.3f}  recall@10 {every['recall10']:.3f}"
            f"  citation hit@1 {cite:.3f}"
        )
        if fmt != "txt":
            verdict &= delta >= -0.03 and cite == 1.0
    for name, rows in tables.items():
        print(f"\n## Split of the Acts as {name} against the .txt ingest")
        print("| Act | kind | title | sections | difference | bar |")
        print("| --- | --- | --- | --- | --- | --- |")
        print("\n".join(rows))
    print(f"\nbar of issue 17 (pdf and docx): {'met' if verdict else 'NOT met'}")
    return 0 if verdict else 1
