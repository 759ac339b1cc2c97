"""SearchService: hybrid, citation-aware search over the ingested corpus.

The service owns what lives as long as the process (settings, the database
engine, the embedding model and its query cache) and delegates everything that
depends on the corpus to a :class:`Snapshot`, swapped whole by ``reload``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session

from kmportal.db import prepare_database
from kmportal.docstore import generation, library
from kmportal.docstore.models import Document
from kmportal.errors import BadInput, IndexUnavailable
from kmportal.index import generations
from kmportal.index.embed import CachedEmbedder, Embedder, embedder_name, make_embedder
from kmportal.index.lock import writer_active
from kmportal.index.vcache import VectorCache
from kmportal.search.citation import Reference
from kmportal.search.fusion import FULL, Mode
from kmportal.search.powers import PowerCheck, check_many, check_org
from kmportal.search.project_title import TitlePlan, analyse_title
from kmportal.search.snapshot import Snapshot
from kmportal.search.types import SearchHit, SearchResponse
from kmportal.settings import Settings

QUERY_CACHE_SIZE = 512
# The law's words' vectors, kept in the index folder (a cache: never backed up):
# the authority check compares a title's words with every field word of the
# register (about 500, 2 s to embed on two cores), the same words at every
# start and every reload.
WORD_VECTORS = "word-vectors.sqlite"
WORD_VECTORS_TIMEOUT = 2.0  # seconds a locked file may hold up a check
# How often a search looks whether a writer published a new index generation.
WATCH_SECONDS = 2.0

log = logging.getLogger(__name__)


class SearchService:
    def __init__(
        self, settings: Settings, engine: Engine, *, embedder: Embedder | None = None
    ) -> None:
        self.settings = settings
        self.engine = engine
        self._embedder = embedder
        self._lock = threading.Lock()
        self._reload_lock = threading.Lock()  # one snapshot load at a time
        self._qcache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._wcache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._words: CachedEmbedder | None = None
        self.generation = 0  # the index generation the snapshot was loaded at
        self._folder: str | None = None  # the index folder the snapshot loaded
        self._reloading: threading.Thread | None = None
        self.reload()
        self._checked = time.monotonic()

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        engine: Engine | None = None,
        embedder: Embedder | None = None,
    ) -> SearchService:
        """The service on ``engine`` (the portal passes the one it prepared at
        start-up); without one, the data directory is prepared here."""
        return cls(settings, engine or prepare_database(settings), embedder=embedder)

    def _snapshot(self) -> Snapshot:
        # Read before loading: a change committed during the load shows as a
        # newer generation at the next refresh, never as a lost one.
        seen = generation.current(self.engine)
        name = self._embedder.name if self._embedder else embedder_name(self.settings)
        snap = Snapshot(
            self.settings,
            self.engine,
            embedder_name=name,
            embed_query=self._embed_query,
            # A generation that only added vectors reuses what the text gave it.
            previous=getattr(self, "_snap", None),
        )
        self.generation = seen
        return snap

    def reload(self) -> None:
        """Load the corpus and index as now committed; searches already running
        finish on the state they started with."""
        with self._reload_lock:
            pointer = self._pointer()
            snap = self._snapshot()
            self._snap = snap
            self._folder = snap.index.folder.name if snap.index is not None else pointer

    def refresh(self) -> bool:
        """Reload when the database's index generation has moved past the
        snapshot's (another server, or ``kmportal ingest``, changed the corpus);
        whether it did. Searches answer from the old snapshot meanwhile."""
        if generation.current(self.engine) == self.generation:
            return False
        self.reload()
        return True

    def _pointer(self) -> str | None:
        folder = generations.current_folder(self.settings.index_dir)
        return folder.name if folder else None

    def watch(self) -> None:
        """Pick up an index generation published by another process (a long
        ingest publishes one every few seconds): at most every WATCH_SECONDS a
        search reads the pointer, and a changed one is loaded in the background
        while searches go on answering from the current snapshot."""
        now = time.monotonic()
        if now - self._checked < WATCH_SECONDS:
            return
        self._checked = now
        if self._pointer() == self._folder:
            return
        with self._lock:
            if self._reloading is not None and self._reloading.is_alive():
                return
            self._reloading = threading.Thread(
                target=self._reload_quietly, name="kmportal-reload", daemon=True
            )
            self._reloading.start()

    def _reload_quietly(self) -> None:
        try:
            self.reload()
        except Exception:
            # A generation pruned while loading, say: the next search retries.
            log.exception("loading the new index generation failed")

    def wait_for_reload(self, timeout: float = 60.0) -> None:
        thread = self._reloading
        if thread is not None:
            thread.join(timeout)

    @property
    def is_empty(self) -> bool:
        return self._snap.is_empty

    @property
    def snapshot(self) -> Snapshot:
        """The corpus and index searches use now (replaced whole by a reload)."""
        return self._snap

    @property
    def docs(self) -> dict[str, Document]:
        """The documents of the current snapshot, by id."""
        return self._snap.docs

    @property
    def notes(self) -> list[str]:
        """What loading the current snapshot had to say (e.g. an index rebuilt at start)."""
        return self._snap.notes

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = make_embedder(self.settings)
        return self._embedder

    def _embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            vec = self._qcache.get(text)
            if vec is None:
                vec = self.embedder.embed_queries([text])[0]
                self._qcache[text] = vec
                if len(self._qcache) > QUERY_CACHE_SIZE:
                    self._qcache.popitem(last=False)
            else:
                self._qcache.move_to_end(text)
            return vec

    def _embed_many(self, texts: list[str]) -> np.ndarray:
        """Query vectors for several texts, one model call for those not cached."""
        return self._cached(texts, self._qcache, self.embedder.embed_queries)

    def _embed_words(self, words: list[str]) -> np.ndarray:
        """Passage vectors of single words (the authority check's kin, compared
        with the law's words as passages), cached apart from queries, and kept
        in the index folder for the next start (:data:`WORD_VECTORS`)."""
        return self._cached(words, self._wcache, self._word_embedder().embed_passages)

    def _word_embedder(self) -> CachedEmbedder:
        with self._lock:
            if self._words is None:
                store = VectorCache(
                    self.settings.index_dir / WORD_VECTORS,
                    best_effort=True,
                    timeout=WORD_VECTORS_TIMEOUT,
                )
                self._words = CachedEmbedder(self.embedder, store)
            return self._words

    def close(self) -> None:
        """Let go of the word store's file (the embedder is the caller's)."""
        with self._lock:
            if self._words is not None:
                self._words.cache.close()
                self._words = None  # a check after this opens the store again

    def _cached(
        self,
        texts: list[str],
        cache: OrderedDict[str, np.ndarray],
        encode: Callable[[list[str]], np.ndarray],
    ) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._lock:
            # Held here, not looked up again: adding the fresh ones may evict them.
            found = {t: cache[t] for t in dict.fromkeys(texts) if t in cache}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            fresh = dict(zip(missing, encode(missing), strict=True))
            found.update(fresh)
            with self._lock:
                cache.update(fresh)
                while len(cache) > QUERY_CACHE_SIZE:
                    cache.popitem(last=False)
        return np.stack([found[t] for t in texts])

    def _analyse(self, title: str, org: str) -> TitlePlan:
        check_org(org)
        return analyse_title(title, kind=org, max_chars=self.settings.max_query_chars)

    def _check(self, plans: list[TitlePlan], orgs: list[str], k: int) -> list[PowerCheck]:
        snap = self._snap
        if snap.unavailable:
            raise IndexUnavailable(snap.unavailable)
        return check_many(
            snap.register, plans, self._embed_many, orgs=orgs, k=k, embed_words=self._embed_words
        )

    def check_powers(self, project: str, *, org: str, k: int = 10) -> PowerCheck:
        """Which provisions let an อปท. of kind ``org`` do ``project``; a title
        that cannot be checked is refused with its own message."""
        return self._check([self._analyse(project, org)], [org], k)[0]

    def check_powers_many(
        self, cases: Sequence[tuple[str, str]], *, k: int = 10
    ) -> list[PowerCheck]:
        """The check for many (title, kind) pairs, embedded in one call; a bad
        title gives that case an error and the others go on."""
        results: list[PowerCheck | None] = []
        plans: list[TitlePlan] = []
        orgs: list[str] = []
        for title, org in cases:
            check_org(org)  # a wrong kind is the caller's mistake: refuse the whole batch
            try:
                plan = self._analyse(title, org)
            except BadInput as exc:
                results.append(PowerCheck(project=title or "", org_kind=org, error=exc.message))
                continue
            results.append(None)
            plans.append(plan)
            orgs.append(org)
        checked = iter(self._check(plans, orgs, k))
        return [r if r is not None else next(checked) for r in results]

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        kind: str | None = None,
        doc: str | None = None,
        group: str | None = None,
        mode: Mode = FULL,
    ) -> SearchResponse:
        self.watch()
        return self._snap.search(query, k=k, kind=kind, doc=doc, group=group, mode=mode)

    def library_status(self) -> dict[str, object]:
        """What /healthz tells of the library: stored, fully indexed, and what
        the index this portal answers from covers."""
        self.watch()  # a health check also notices a newly published index
        with Session(self.engine) as session:
            stored = library.library_status(session)
        out: dict[str, object] = dict(stored.as_dict())
        out["fully_indexed_fraction"] = stored.fully_indexed_fraction
        index = self._snap.index
        out["searchable_chunks"] = index.manifest.chunk_count if index else 0
        out["chunks_with_vectors"] = index.manifest.embedded_count if index else 0
        out["index_generation"] = index.folder.name if index else None
        out["ingest_running"] = writer_active(self.settings.index_dir)
        return out

    def related(self, *, doc_id: str, section_key: str, k: int = 5) -> list[SearchHit]:
        return self._snap.related(doc_id=doc_id, section_key=section_key, k=k)

    def references(self, text: str) -> list[Reference]:
        return self._snap.references(text)
