"""One loaded state of the corpus and its indexes, and the searches over it.

A snapshot never changes after it is built; ``SearchService.reload`` swaps in a
new one with a single assignment, so a search in flight keeps reading the
state it started with while an upload commits a new index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.models import Chunk, DocKind, Document, Section
from kmportal.errors import IndexUnavailable, NotFound
from kmportal.index import store
from kmportal.search import coverage, fusion, orgkind, priors
from kmportal.search.citation import Law, LawCatalog, Reference, find_references, resolve_law
from kmportal.search.filters import SectionFilters
from kmportal.search.query import QueryPlan, analyse
from kmportal.search.reach import LexicalReach
from kmportal.search.register import Register
from kmportal.search.snippet import make_snippet
from kmportal.search.types import SearchHit, SearchResponse
from kmportal.settings import Settings
from kmportal.thai.tokenize import subword_weights

# Rows the dense arm reads of each grain (chunks; prose's fine windows, several per section).
DENSE_DEPTH = 1000
LEXICAL_DEPTH = 300
SUBWORD_WEIGHT = 0.3
EXPANSION_WEIGHT = 0.5
# Sections of the amending Acts appended to a consolidated Act (ingest/lawtext.py).
_AMENDING_KEY = re.compile(r"a\d+-s")
_LAW_KINDS = {DocKind.act, DocKind.regulation, DocKind.ministerial_rule}
# What a snapshot derives from the documents' text (Snapshot._read_text) ...
_TEXT_PARTS = ("docs", "catalog", "sections", "_section_ids", "section_index", "_filters", "prior")
# ... and from where the index's rows sit in it (Snapshot._derive_rows): the same
# chunks in the same rows with the same words leave only ``dense_rows`` to differ.
_ROW_PARTS = (
    "section_of",
    "row_live",
    "chunk_span",
    "rows_of_section",
    "reach",
    "companions",
    "fine",
    "windowed",
)


@dataclass(frozen=True)
class SectionInfo:
    doc_id: str
    key: str
    label: str
    heading: str
    start: int
    end: int


def _best(scores: np.ndarray, depth: int) -> np.ndarray:
    """The rows of the ``depth`` highest ``scores``, best first (ties by row).
    A partition, then a sort of those alone: sorting every row's score cost
    2 ms a query over the library's 55,000 rows, 0.3 ms this way."""
    if len(scores) > depth:
        top = np.argpartition(-scores, depth - 1)[:depth]
    else:
        top = np.arange(len(scores))
    return top[np.lexsort((top, -scores[top]))]


class Snapshot:
    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        embedder_name: str,
        embed_query: Callable[[str], np.ndarray],
        previous: Snapshot | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.notes: list[str] = []
        self._embed_query = embed_query
        self._load(embedder_name, previous)

    # -- loading -----------------------------------------------------------
    def _load(self, name: str, previous: Snapshot | None) -> None:
        """Read the corpus and open the current index generation. What comes
        from the documents' text is taken from ``previous`` when no document
        or chunk changed since it was read (a long ingest publishes a
        generation every few minutes while only vectors arrive): reading and
        deriving it again cost 7 of a reload's 8 CPU-seconds on the library."""
        with Session(self.engine) as session:
            # Read before the documents: one committed meanwhile makes the next
            # reload read them again, never keeps a stale copy.
            self.words_fingerprint = store.db_fingerprint(session).lexical
            same = previous is not None and previous.words_fingerprint == self.words_fingerprint
            if same and previous is not None:
                self._share(previous, _TEXT_PARTS)
            else:
                self._read_text(session)
                previous = None
            # powers (issue 8): the register of powers, for badges and the authority
            # check; its provisions' vectors arrive with the chunks', so read each time.
            self.register = Register.load(session, self.docs)
            has_chunks = session.exec(select(Chunk.id).limit(1)).first() is not None
        # powers (issue 8): the kinds of อปท. each section concerns
        self.kinds = orgkind.section_kinds(self.register, list(self.section_index))
        self.index: store.LoadedIndex | None = None
        self.unavailable: str | None = None
        if not has_chunks:
            return
        with Session(self.engine) as session:
            others = store.embedded_otherwise(session, name)
        if others:
            # Vectors from another model cannot be searched with this one's
            # queries; say so instead of answering with wrong neighbours.
            self.unavailable = (
                f"ดัชนีสร้างด้วยโมเดลอื่น: {len(others)} เอกสาร (e.g. {others[0]}) were embedded "
                f"with another model than {name}; run `kmportal reindex --reembed`"
            )
            return
        old = previous.index if previous is not None else None
        self.index = store.open_for_search(
            self.engine, self.settings.index_dir, embedder=name, notes=self.notes, previous=old
        )
        if self.index is None:
            return
        if previous is not None and old is not None and store.same_words(old, self.index):
            self._share(previous, _ROW_PARTS)
        else:
            self._derive_rows()
        self.dense_rows = self.index.has_vector & self.row_live

    def _read_text(self, session: Session) -> None:
        docs = list(session.exec(select(Document)))
        sections = list(session.exec(select(Section).order_by(col(Section.id))))
        self.docs = {d.id: d for d in docs}
        # An ingest may commit between these reads: keep only what belongs to a
        # document read above (each document commits whole, with its sections).
        sections = [s for s in sections if s.doc_id in self.docs]
        self.catalog = LawCatalog([Law(d.id, d.title) for d in docs if d.kind in _LAW_KINDS])
        self.sections = [
            SectionInfo(s.doc_id, s.key, s.label, s.heading, s.start, s.end) for s in sections
        ]
        self._section_ids = {s.id: i for i, s in enumerate(sections)}
        self.section_index = {(s.doc_id, s.key): i for i, s in enumerate(self.sections)}
        self._filters = SectionFilters(self.docs, self.sections)
        # Background, repealed sections and repealed laws count less (search/priors.py).
        self.prior = priors.background_prior(self.docs, self.sections)

    def _derive_rows(self) -> None:
        """Where each row of the index sits in the corpus, and what follows from it."""
        assert self.index is not None
        with Session(self.engine) as session:
            chunk_rows = session.execute(
                sa_select(
                    col(Chunk.id),
                    col(Chunk.section_id),
                    col(Chunk.doc_id),
                    col(Chunk.start),
                    col(Chunk.end),
                )
            ).all()
        sec_pos = self._section_ids
        by_id = {r[0]: r for r in chunk_rows if r[1] in sec_pos}
        rows = [by_id.get(int(c)) for c in self.index.chunk_ids]
        # A generation older than the database may name chunks replaced since:
        # such rows match nothing (section -1) until the next generation.
        self.section_of = np.asarray([sec_pos[r[1]] if r else -1 for r in rows], dtype=np.int64)
        self.row_live = self.section_of >= 0
        # Where each indexed chunk sits in its document: snippets slice it from
        # the text in memory instead of asking the database per hit.
        self.chunk_span = [(r[2], r[3], r[4]) if r else ("", 0, 0) for r in rows]
        self.rows_of_section: dict[int, list[int]] = {}
        for row, sec in enumerate(self.section_of):
            if sec >= 0:
                self.rows_of_section.setdefault(int(sec), []).append(row)
        self.reach = LexicalReach(self.index.words, self.index.subwords)
        self.companions = coverage.companion_map(self._transitional_links())
        # Rows without words are prose's fine windows, embedded for the dense arm only.
        self.fine = np.diff(self.index.words.matrix.tocsr().indptr) == 0
        self.windowed = np.zeros(len(self.sections), dtype=bool)
        self.windowed[self.section_of[self.fine & self.row_live]] = True

    def _share(self, previous: Snapshot, parts: tuple[str, ...]) -> None:
        # Shared, never copied: a snapshot changes nothing it holds after loading.
        for name in parts:
            setattr(self, name, getattr(previous, name))

    def _transitional_links(self) -> Iterator[tuple[int, int]]:
        """(provision, section of an amending Act that names it) in each Act."""
        for i, s in enumerate(self.sections):
            if not _AMENDING_KEY.match(s.key) or i not in self.rows_of_section:
                continue
            doc = self.docs[s.doc_id]
            own = LawCatalog([Law(doc.id, doc.title)])
            for ref in find_references(doc.text[s.start : s.end], own):
                # The match at the start is the section's own label.
                target = self.section_index.get((doc.id, ref.section_key or ""))
                if ref.start > 0 and target is not None:
                    yield target, i

    @property
    def is_empty(self) -> bool:
        return self.index is None and self.unavailable is None

    # -- searching ---------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        k: int = 10,
        kind: str | None = None,
        doc: str | None = None,
        group: str | None = None,
        mode: fusion.Mode = fusion.FULL,
    ) -> SearchResponse:
        plan = analyse(query, max_chars=self.settings.max_query_chars, gloss=mode.gloss)
        if mode.gloss:
            plan = orgkind.others_in_law_words(plan)
        resp = SearchResponse(query=plan.raw, truncated=plan.truncated)
        if plan.truncated:
            resp.notes.append(
                f"คำค้นยาวเกินไป ใช้เพียง {self.settings.max_query_chars} ตัวอักษรแรก (query truncated)"
            )
        if self.unavailable:
            raise IndexUnavailable(self.unavailable)
        if self.index is None or plan.lang == "none" or k <= 0:
            return resp
        allowed = self._filters.mask(kind=kind, doc=doc, group=group)
        # One arm alone (mode.arms) ranks as it would inside the fusion, without
        # the prior, the organisation's preference and the citation lookup: what
        # that arm is worth by itself.
        alone = mode.arms != "hybrid"
        if mode.arms != "lexical":
            dense = self._dense(plan, allowed)
        else:
            dense = fusion.DenseScores.empty(len(self.sections))
        lexical, lex_best = self._lexical(plan, allowed) if mode.arms != "dense" else ({}, {})
        fused = fusion.combine(
            dense,
            lexical,
            fusion.weights_for(1.0 if alone else self.reach(plan), has_lexical=bool(lexical)),
            windowed=self.windowed,
            depth=min(fusion.Z_DEPTH, len(self.rows_of_section)),
            prior=None if alone else self.prior,
        )
        if not alone:
            # powers (issue 8): prefer the kind of อปท. the query names, else the portal's
            org = self.settings.org_kind
            fused = fusion.by_rank_factors(
                fused,
                lambda scores: orgkind.prefer(
                    scores, plan, self.register, self.kinds, self.section_index, default=org
                ),
            )
        order = sorted(fused, key=lambda s: -fused[s])
        if not alone:
            order, picked_at = coverage.diversify(
                order, fused, lambda s: self.sections[s].doc_id, k=k
            )
            fused |= picked_at
            order = coverage.with_companions(order, fused, self.companions)
        first = [] if alone else self._citation_sections(plan, allowed, fused, resp)
        order = first + [s for s in order if s not in first]
        terms = list(plan.tokens)
        if plan.citation:
            terms.append(plan.citation.number)
        # Cited sections come first, so they score above everything after them.
        lead = max(fused.values(), default=0.0)
        for sec in order[:k]:
            row = lex_best.get(sec, dense.rows.get(sec))
            score = lead + len(first) - first.index(sec) if sec in first else fused[sec]
            resp.results.append(
                self._hit(
                    sec,
                    row,
                    terms,
                    score,
                    cited=sec in first,
                    item=plan.citation.item if plan.citation and sec in first else None,
                )
            )
        return resp

    def _dense(self, plan: QueryPlan, allowed: np.ndarray | None) -> fusion.DenseScores:
        assert self.index is not None
        if not self.dense_rows.any():
            # Nothing embedded yet: words alone until vectors arrive.
            return fusion.DenseScores.empty(len(self.sections))
        qv = self._embed_query(plan.dense_text)
        # Only rows with a vector (an Act's background never has one, and while
        # the library is embedded most rows wait for theirs) and, with a filter,
        # only rows of the sections it allows: what is wanted may lie beyond the
        # usual depth of the whole index.
        only = self.dense_rows
        if allowed is not None:
            only = only & allowed[np.maximum(self.section_of, 0)]
        # Each grain (chunks, prose's fine windows) is read to its own depth:
        # its scores are standardised among themselves (fusion.dense_standardised),
        # and when the other grain took most of one shared depth (a library of
        # Acts beside a handbook), the few windows left made every window look
        # far above its usual score.
        found = [
            self.index.vectors.search(qv, DENSE_DEPTH, rows=grain if not grain.all() else None)
            for grain in (only & ~self.fine, only & self.fine)
            if grain.any()
        ]
        if not found:  # the filter allows no row with a vector
            return fusion.DenseScores.empty(len(self.sections))
        scores = np.concatenate([f[0] for f in found])
        rows = np.concatenate([f[1] for f in found])
        return fusion.dense_per_section(
            rows,
            scores,
            section_of=self.section_of,
            fine=self.fine,
            n_sections=len(self.sections),
            allowed=allowed,
        )

    def _lexical(
        self, plan: QueryPlan, allowed: np.ndarray | None
    ) -> tuple[dict[int, float], dict[int, int]]:
        assert self.index is not None
        if not plan.tokens:
            return {}, {}
        s = self.index.words.scores(plan.tokens)
        if plan.expansion:
            s = s + EXPANSION_WEIGHT * self.index.words.scores(plan.expansion)
        subwords = self._subword_query(plan.tokens)
        if subwords:
            s = s + self.index.subwords.scores(subwords)
        if allowed is not None:
            s = np.where(allowed[self.section_of] & self.row_live, s, 0.0)
        elif not self.row_live.all():
            s = np.where(self.row_live, s, 0.0)
        top = _best(s, LEXICAL_DEPTH)
        top = top[s[top] > 0]
        return self._per_section(top, s[top], allowed)

    def _subword_query(self, tokens: list[str]) -> dict[str, float]:
        return {g: SUBWORD_WEIGHT * w for g, w in subword_weights(tokens).items()}

    def _per_section(
        self, rows: np.ndarray, scores: np.ndarray, allowed: np.ndarray | None
    ) -> tuple[dict[int, float], dict[int, int]]:
        best: dict[int, float] = {}
        best_row: dict[int, int] = {}
        for row, score in zip(rows.tolist(), scores.tolist(), strict=True):
            if row < 0:
                continue
            sec = int(self.section_of[row])
            if sec < 0 or (allowed is not None and not allowed[sec]):
                continue
            if score > best.get(sec, -np.inf):
                best[sec], best_row[sec] = score, row
        return best, best_row

    def _citation_sections(
        self,
        plan: QueryPlan,
        allowed: np.ndarray | None,
        fused: dict[int, float],
        resp: SearchResponse,
    ) -> list[int]:
        cite = plan.citation
        if cite is None:
            return []
        law = resolve_law(self.catalog, cite)
        key = f"s{cite.anchor}"
        docs = [law.doc_id] if law else [d for d in self.docs]
        found = [
            self.section_index[(d, key)]
            for d in docs
            if (d, key) in self.section_index
            and self.sections[self.section_index[(d, key)]].label.startswith(cite.unit)
        ]
        if allowed is not None:
            found = [s for s in found if allowed[s]]
        found.sort(key=lambda s: -fused.get(s, 0.0))
        if found:
            where = self.docs[law.doc_id].title if law else "ทุกฉบับ"
            resp.citation = (
                f"{cite.unit} {cite.number}"
                + (f" ({cite.item})" if cite.item else "")
                + f" · {where}"
            )
        return found[:5]

    def _hit(
        self,
        sec: int,
        row: int | None,
        terms: list[str],
        score: float,
        *,
        cited: bool = False,
        item: str | None = None,
    ) -> SearchHit:
        info = self.sections[sec]
        doc = self.docs[info.doc_id]
        text = doc.text[info.start : info.end]
        # A cited section is shown from its start (or its cited item); any other
        # hit from the chunk that matched best, when the section has several.
        focus = text
        if not cited and row is not None and len(self.rows_of_section.get(sec, [])) > 1:
            focus = self._chunk_text(row)
        snippet, marks = make_snippet(focus, terms, focus=f"({item})" if item else None)
        return SearchHit(
            doc=doc.id,
            title=doc.title,
            kind=str(doc.kind.value if hasattr(doc.kind, "value") else doc.kind),
            section=info.label,
            section_key=info.key,
            heading=info.heading,
            text=text,
            snippet=snippet,
            highlights=marks,
            score=float(score),
            start=info.start,
            end=info.end,
            applies_to=self.kinds[sec],
        )

    def _chunk_text(self, row: int) -> str:
        doc_id, start, end = self.chunk_span[row]
        return self.docs[doc_id].text[start:end]

    # -- neighbours and references -----------------------------------------
    def related(self, *, doc_id: str, section_key: str, k: int = 5) -> list[SearchHit]:
        sec = self.section_index.get((doc_id, section_key))
        if sec is None:
            raise NotFound(f"ไม่พบส่วน '{section_key}' ในเอกสาร '{doc_id}' (section not found)")
        if self.index is None or sec not in self.rows_of_section:
            return []
        own = [r for r in self.rows_of_section[sec] if self.dense_rows[r]]
        if not own:
            return []  # not embedded yet
        vecs = np.stack([self.index.vectors.vector(r) for r in own])
        centre = vecs.mean(axis=0)
        centre /= max(float(np.linalg.norm(centre)), 1e-12)
        scores, rows = self.index.vectors.search(centre, 60)
        real = (rows >= 0) & self.dense_rows[rows]
        best, best_row = self._per_section(rows[real], scores[real], None)
        best.pop(sec, None)
        # Other laws first: the same Act's neighbours are a click away in its TOC.
        order = sorted(best, key=lambda s: (self.sections[s].doc_id == doc_id, -best[s]))
        return [self._hit(s, best_row[s], [], best[s]) for s in order[:k]]

    def references(self, text: str) -> list[Reference]:
        """Law references in ``text``, linked to sections that exist here."""
        out = []
        for ref in find_references(text, self.catalog):
            if ref.doc_id and (ref.doc_id, ref.section_key) not in self.section_index:
                ref = Reference(ref.start, ref.end, ref.label, None, None)
            out.append(ref)
        return out
