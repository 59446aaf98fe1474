"""The peer for `cargo bench -p cruce-app --bench screening`: rapidfuzz's process.extract (its
default scorer, WRatio, limit 10) over the same list names and the same 2,000 queries, on the same
machine. Reads target/bench-data/screening-{choices,queries}.txt written by the Rust bench."""
import pathlib
import statistics
import time

from rapidfuzz import process, utils

data = pathlib.Path(__file__).resolve().parents[3] / "target" / "bench-data"
choices = (data / "screening-choices.txt").read_text().split("\n")
queries = (data / "screening-queries.txt").read_text().split("\n")
times = []
for q in queries:
    t = time.perf_counter()
    process.extract(q, choices, processor=utils.default_process, limit=10)
    times.append((time.perf_counter() - t) * 1e3)
times.sort()
p99 = times[min(len(times) - 1, int(len(times) * 0.99 + 0.999999) - 1)]
print(f"rapidfuzz process.extract (WRatio, default_process, limit 10) over {len(choices)} names: "
      f"median {statistics.median(times):.3f} ms, p99 {p99:.3f} ms ({len(queries)} queries)")
