"""Keep the stored threads in step with the stored facts.

When reports arrive, only the part of the store they touch is relinked: the facts of the country
pairs they speak of, plus every fact of a stored thread that holds one of those. Each stored fact
stays a member of exactly one thread.
"""

from __future__ import annotations

from collections.abc import Collection

from bilateral.facts.record import FactRecord
from bilateral.storage import Store
from bilateral.storage.store import ThreadSummary
from bilateral.tracking.state import SILENCE_MONTHS, ThreadState, derive
from bilateral.tracking.threads import link


def refresh_threads(store: Store, doc_ids: Collection[str] | None = None,
                    silence_months: int = SILENCE_MONTHS) -> int:
    """Relink the threads that documents ``doc_ids`` touch (every thread when None); the number of
    threads written."""
    records = store.facts() if doc_ids is None else _scope(store, doc_ids)
    if not records:
        return 0
    as_of = store.latest_date()
    summaries = [summary(derive(t, as_of, silence_months)) for t in link(records)]
    store.replace_threads(summaries, scope={r.id for r in records})
    return len(summaries)


def _scope(store: Store, doc_ids: Collection[str]) -> list[FactRecord]:
    new = [r for doc_id in doc_ids for r in store.facts(doc_id=doc_id)]
    by_id = {r.id: r for r in new}
    for codes in {tuple(r.fact.countries()) for r in new}:
        if len(codes) >= 2:
            by_id.update((r.id, r) for r in store.facts(pair=(codes[0], codes[1])))
        elif codes:
            by_id.update((r.id, r) for r in store.facts(country=codes[0]))
    linked = set(store.thread_member_ids(list(by_id))) - set(by_id)
    by_id.update((r.id, r) for r in store.facts_by_id(linked))
    return list(by_id.values())


def summary(state: ThreadState) -> ThreadSummary:
    """What the store keeps of a thread's state."""
    t = state.thread
    dates = [r.date for r in t.members if r.date]
    return ThreadSummary(
        id=t.id, kind=t.kind, label=state.label, countries=tuple(t.countries), stage=state.stage,
        amount_value=state.amount.value if state.amount else None,
        amount_unit=state.amount.code if state.amount else None,
        first_date=min(dates) if dates else None, last_date=state.last_date, silent=state.silent,
        member_ids=tuple(r.id for r in t.members))
