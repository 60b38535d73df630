"""Everything a request needs, made once per application: the store, the fast reads, the search index
and the cache, plus the reads the API and the pages share. Business rules stay in the core: thread
states come from ``tracking.state.derive``, briefs from ``views``."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from bilateral.documents import Document, fetch_url
from bilateral.facts.record import FactRecord
from bilateral.storage import Store
from bilateral.tracking.state import ThreadState, derive
from bilateral.tracking.threads import Thread
from bilateral.views import Brief, pair_brief
from bilateral.web.overview import Overview, overview
from bilateral.web.reads import PairCount, Reads
from bilateral.web.search import FactQuery, SearchIndex
from bilateral.web.snapshot import Snapshot

WARM_MEMBERS = 500  # threads derived when the store changes
KEEP_MEMBERS = 50  # threads kept once derived
Fetch = Callable[[str], Document]
"""A URL to a Document; the default refuses private, loopback and link-local addresses."""


@dataclass
class Services:
    store: Store
    token: str | None
    fetch: Fetch = field(default_factory=lambda: partial(fetch_url, allow_private=False))
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.reads = Reads(self.store.url)
        self.index = SearchIndex(self.reads.engine)
        self.snapshot = Snapshot(self.reads.version, self._changed)
        self._warming: threading.Thread | None = None

    def _changed(self) -> None:
        """The store changed: index its new reports now, and derive its largest threads (a trade series
        gathers thousands of facts; deriving one takes a few hundred milliseconds) so that their pages
        answer from memory: before serving when the server starts, in the background later."""
        self.index.sync()
        large = self.reads.large_threads(WARM_MEMBERS)
        self._warming = threading.Thread(target=lambda: [self.thread_state(i) for i in large], name="warm-threads",
                                         daemon=True)
        self._warming.start()

    def start(self) -> None:
        """Before serving: the store indexed and its largest threads derived."""
        self.snapshot.check()
        if self._warming is not None:
            self._warming.join()
        # What start-up built (the index's rows, derived threads) lives as long as the server: frozen, it is
        # left out of the collector's full passes, which would otherwise pause every request for it.
        gc.collect()
        gc.freeze()

    def close(self) -> None:
        self.reads.close()
        self.store.close()

    def latest_date(self) -> str | None:
        return self.snapshot.get("latest", self.reads.latest_date)

    def pairs(self) -> list[PairCount]:
        return self.snapshot.get("pairs", self.reads.pairs)

    def pair_count(self, pair: tuple[str, str]) -> PairCount | None:
        return next((p for p in self.pairs() if p.pair == pair), None)

    def overview(self, pair: tuple[str, str]) -> Overview:
        return self.snapshot.get(("overview", pair), lambda: overview(self.store, self.reads, pair))

    def brief(self, pair: tuple[str, str]) -> Brief:
        """The pair's brief, each of its stored threads one line (as ``bilateral brief --pair``)."""
        def make() -> Brief:
            _, summaries = self.reads.threads(pair=pair, limit=1_000_000)
            states = [s for s in (self.thread_state(t.id) for t in summaries) if s is not None]
            return pair_brief(self.store.facts(pair=pair), pair, states)
        return self.snapshot.get(("brief", pair), make)

    def thread_state(self, thread_id: str) -> ThreadState | None:
        """tracking.load.thread_state, on the fast reads. Large threads (a series or a much-reported
        undertaking gathers thousands of facts) are kept per version of the store; small ones take a few
        milliseconds and would only crowd the memory the collector walks."""
        def make() -> ThreadState | None:
            found = self.reads.thread(thread_id)
            if found is None:
                return None
            summary, members = found
            return derive(Thread(summary.id, summary.kind, members), self.latest_date())
        return self.snapshot.get(("thread", thread_id), make,
                                 keep=lambda s: s is not None and len(s.thread.members) >= KEEP_MEMBERS)

    def facts(self, query: FactQuery, limit: int, offset: int) -> tuple[int, list[FactRecord]]:
        """One page of matching facts; which ids match is kept per version of the store."""
        total, ids = self.snapshot.get(("facts", query, limit, offset), lambda: self.index.facts(query, limit, offset))
        return total, self.reads.records(ids)

    def documents(self, q: str | None, limit: int, offset: int) -> tuple[int, list[Document]]:
        """Newest first; with ``q``, those whose title or text holds its words."""
        self.snapshot.check()
        if not q:
            return self.store.count_documents(), self.store.documents(limit=limit, offset=offset)
        total, ids = self.snapshot.get(("documents", q, limit, offset), lambda: self.index.documents(q, limit, offset))
        return total, self.reads.documents(ids)

    def written(self) -> None:
        """After a write: the next read looks at the store again."""
        self.snapshot.expire()
