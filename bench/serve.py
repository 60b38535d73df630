"""Speed of `bilateral serve` (issue 5): the overview, thread and search endpoints under concurrent load.

    python bench/serve.py [--facts 100000] [--clients 20] [--requests 2000] [--db PATH] [--seed 1]

A store is filled with generated reports (bench/serve_data.py: facts built directly, threads linked by
the core), `bilateral serve` is started on it in a subprocess on 127.0.0.1, and this process sends a
bounded number of requests per endpoint from ``--clients`` concurrent connections (after a short
warm-up), timing each. It prints requests per second and p50/p99 latency per endpoint, and whether
p99 is under the 200 ms goal. ``--db`` keeps the filled store for the next run (filled only when absent).

Exit status: 0 done (goal met or not: this is a measurement), 1 the server did not start or a request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from serve_data import Generator

from bilateral.storage import Store
from bilateral.tracking.refresh import refresh_threads

GOAL_P99_MS = 200
WARMUP = 40
WORDS = ("railway", "Herat", "Kabul", "power line", "grain terminal", "Termez", "cement plant", "hospital",
         "Tashkent railway", "solar park", "logistics hub", "Almaty", "trade house", "pledged", "Kandahar")


def fill(db: Path, facts: int, seed: int) -> None:
    started = time.perf_counter()
    with Store(db) as store:
        docs = 0
        for document, found in Generator(seed).documents(facts):
            store.add(document, found)
            docs += 1
        stored = time.perf_counter()
        threads = refresh_threads(store)
    print(f"filled {db}: {facts:,} facts in {docs:,} reports in {stored - started:.0f} s, "
          f"{threads:,} threads linked in {time.perf_counter() - stored:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "BILATERAL_TOKEN": ""}
    server = subprocess.Popen([sys.executable, "-m", "bilateral", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/pairs", timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("the server did not answer within 120 s")


async def get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a kept-alive connection; the status. A minimal HTTP/1.1 client, so that the load
    generator, which shares the machine's two cores with the server, costs as little as it can."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    await reader.readexactly(length)
    return status


async def load(port: int, paths: Callable[[int], str], clients: int, requests: int) -> tuple[float, list[float]]:
    """``requests`` GETs (the i-th to ``paths(i)``) from ``clients`` connections; wall time and latencies."""
    latencies: list[float] = []
    counter = iter(range(requests))

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 24)
        for i in counter:
            started = time.perf_counter()
            status = await get(reader, writer, paths(i))
            latencies.append(time.perf_counter() - started)
            if status != 200:
                raise SystemExit(f"{paths(i)}: HTTP {status}")
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return time.perf_counter() - started, latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000, help="timed requests per endpoint")
    parser.add_argument("--db", type=Path, help="keep the filled store here (reused when it exists)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="", help="measure only the endpoints whose name holds this word")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="bench-serve-")
    db = args.db or Path(folder.name) / "bench.db"
    if not db.exists():
        fill(db, args.facts, args.seed)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = start_server(db, port)
    print(f"server ready in {time.perf_counter() - started:.1f} s (store opened, search index built)")
    try:
        rng = random.Random(args.seed)
        pairs = [p["pair"] for p in httpx.get(f"{base}/api/pairs").json()["items"]]
        total = httpx.get(f"{base}/api/threads", params={"limit": 1}).json()["total"]
        threads = [t["id"] for offset in rng.sample(range(0, total, 100), min(20, total // 100 + 1))
                   for t in httpx.get(f"{base}/api/threads", params={"limit": 100, "offset": offset}).json()["items"]]
        rng.shuffle(threads)
        words = [quote(rng.choice(WORDS)) for _ in range(args.requests + WARMUP)]
        endpoints: dict[str, Callable[[int], str]] = {
            "overview page  /pairs/{pair}": lambda i: f"/pairs/{pairs[i % len(pairs)]}",
            "overview API   /api/pairs/{pair}": lambda i: f"/api/pairs/{pairs[i % len(pairs)]}",
            "thread page    /threads/{id}": lambda i: f"/threads/{threads[i % len(threads)]}",
            "thread API     /api/threads/{id}": lambda i: f"/api/threads/{threads[(i + 7) % len(threads)]}",
            "search page    /search?q=": lambda i: f"/search?q={words[i]}",
            "search API     /api/facts?q=&pair=": lambda i: f"/api/facts?q={words[i]}&pair={pairs[i % 4]}",
        }
        print(f"{len(pairs)} pairs, {len(threads)} sampled threads of {total:,}, {len(set(WORDS))} search terms; "
              f"{args.clients} clients, {args.requests} timed requests per endpoint after {WARMUP} warm-up")
        print(f"{'endpoint':40} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}  goal p99 < {GOAL_P99_MS} ms")
        for name, paths in ((n, p) for n, p in endpoints.items() if args.only in n):
            asyncio.run(load(port, lambda i, paths=paths: paths(args.requests + i), args.clients, WARMUP))
            seconds, latencies = asyncio.run(load(port, paths, args.clients, args.requests))
            p50, p99 = (percentile(latencies, s) * 1000 for s in (0.50, 0.99))
            print(f"{name:40} {len(latencies) / seconds:8.0f} {p50:8.1f} {p99:8.1f} {max(latencies) * 1000:8.1f}  "
                  f"{'met' if p99 < GOAL_P99_MS else 'MISSED'}")
    finally:
        server.terminate()
        server.wait(timeout=30)
        folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
