"""Stored threads read back as ThreadStates, the form views and exports take."""

from __future__ import annotations

from bilateral.storage import Store
from bilateral.storage.store import ThreadSummary
from bilateral.tracking.state import SILENCE_MONTHS, ThreadState, derive
from bilateral.tracking.threads import Thread


def thread_state(store: Store, thread_id: str, silence_months: int = SILENCE_MONTHS) -> ThreadState | None:
    """One stored thread with its members, its state derived as of the newest report stored."""
    found = store.thread(thread_id)
    if found is None:
        return None
    summary, members = found
    return derive(Thread(summary.id, summary.kind, members), store.latest_date(), silence_months)


def thread_states(store: Store, summaries: list[ThreadSummary],
                  silence_months: int = SILENCE_MONTHS) -> list[ThreadState]:
    as_of = store.latest_date()
    states = []
    for s in summaries:
        found = store.thread(s.id)
        if found is not None:
            states.append(derive(Thread(s.id, s.kind, found[1]), as_of, silence_months))
    return states
