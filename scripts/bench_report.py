"""The benchmark's report: the table, the targets with ✓ or ✗, and the JSON."""

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

QUERY_BUDGET = 12
ONE_YEAR = 365 * 24 * 3600
FLOOR = "floor"
# Cold growth allowed from 10,000 to 100,000 lessons.
GROWTH = {"lessons": 2.0, "lessons_filtered": 2.0, "lesson": 2.0, "search_phrase": 3.0,
          "lessons_search": 3.0}  # fmt: skip


@dataclass
class Page:
    key: str
    label: str
    path: str
    kind: str  # "public", "admin" or "floor"
    warm_factor: float | None = 4.0  # allowed warm median as a multiple of the floor
    cold_factor: float | None = None  # allowed cold median as a multiple of the floor
    max_ms: float | None = None  # allowed warm and cold median, in milliseconds
    queries_cold: int = 0
    queries_warm: int = 0
    full_counts: list[str] = field(default_factory=list)
    html_bytes: int = 0
    html_gzip_bytes: int = 0
    warm_ms: float = 0.0
    warm_p95_ms: float = 0.0
    cold_ms: float = 0.0
    cold_p95_ms: float = 0.0
    warm_ratio: float = 0.0
    cold_ratio: float = 0.0


def table(page_list: list[Page]) -> str:
    lines = [
        f"{'pagina':30} {'warm':>6} {'p95':>6} {'koud':>6} {'p95':>6} {'warm':>6} {'koud':>6} "
        f"{'queries':>9} {'HTML':>6} {'gzip':>5}",
        f"{'':30} {'ms':>6} {'ms':>6} {'ms':>6} {'ms':>6} {'xvloer':>6} {'xvloer':>6} "
        f"{'koud/warm':>9} {'kB':>6} {'kB':>5}",
    ]
    for page in page_list:
        queries = f"{page.queries_cold}/{page.queries_warm}" if page.html_bytes else "-"
        lines.append(
            f"{page.label[:30]:30} {page.warm_ms:6.1f} {page.warm_p95_ms:6.1f} "
            f"{page.cold_ms:6.1f} {page.cold_p95_ms:6.1f} {page.warm_ratio:6.2f} "
            f"{page.cold_ratio:6.2f} {queries:>9} {page.html_bytes / 1000:6.1f} "
            f"{page.html_gzip_bytes / 1000:5.1f}"
        )
    return "\n".join(lines)


def targets(page_list: list[Page], extra: dict, *, timed: bool) -> list[tuple[str, bool, str]]:
    checks = []

    def check(name: str, ok: bool, detail: str) -> None:
        checks.append((name, ok, detail))

    for page in page_list:
        if page.kind == "floor":
            continue
        queries = f"{page.queries_cold} koud, {page.queries_warm} warm"
        check(f"{page.key}: ≤ {QUERY_BUDGET} queries", page.queries_cold <= QUERY_BUDGET, queries)
        if timed:
            warm, cold = page.warm_ratio, page.cold_ratio
            if page.warm_factor:
                check(f"{page.key}: warm ≤ {page.warm_factor:g}x vloer",
                      warm <= page.warm_factor, f"{warm:.2f}x")  # fmt: skip
            if page.cold_factor:
                check(f"{page.key}: koud ≤ {page.cold_factor:g}x vloer",
                      cold <= page.cold_factor, f"{cold:.2f}x")  # fmt: skip
            if page.max_ms:
                for name, ms, ratio in (("warm", page.warm_ms, warm), ("koud", page.cold_ms, cold)):
                    check(f"{page.key}: {name} mediaan ≤ {page.max_ms:g} ms", ms <= page.max_ms,
                          f"{ms:.0f} ms, {ratio:.1f}x vloer")  # fmt: skip
        if page.kind == "admin":
            check(f"{page.key}: geen COUNT(*) over de hele tabel", not page.full_counts,
                  "; ".join(page.full_counts) or "geen")  # fmt: skip
    for key in ("lessons", "cases"):
        page = next((p for p in page_list if p.key == key), None)
        if page is None:
            continue
        checks.append((f"{key}: HTML < 60 kB", page.html_bytes < 60_000,
                       f"{page.html_bytes / 1000:.1f} kB"))  # fmt: skip
    if "static" in extra:
        static = extra["static"]
        detail = f"{static['total_bytes'] / 1000:.1f} kB in {len(static['assets'])} bestanden"
        checks.append(
            ("CSS en JS samen < 60 kB gecomprimeerd", static["total_bytes"] < 60_000, detail)
        )
        ok = all(
            a["encoding"] in ("gzip", "br") and a["max_age"] >= ONE_YEAR for a in static["assets"]
        )
        checks.append(("statische bestanden gecomprimeerd, cache ≥ 1 jaar", ok,
                       ", ".join(f"{a['encoding'] or 'ongecomprimeerd'}/{a['max_age']}s"
                                 for a in static["assets"][:1]) + " …"))  # fmt: skip
    if "throughput" in extra:
        rates = extra["throughput"]
        warm = rates["lessen_warm"] / rates["floor"]
        cold = rates["lessen_cold"] / rates["floor"]
        checks.append(("/lessen/ warm doorvoer ≥ 35% van de vloer", warm >= 0.35, f"{warm:.0%}"))
        fresh, asked = rates["lessen_cold_misses"], rates["lessen_cold_requests"]
        detail = f"{cold:.0%}, {fresh} van {asked} vers gerenderd"
        check("/lessen/ koud (elk verzoek andere filters) ≥ 30% van de vloer",
              cold >= 0.30 and fresh == asked, detail)  # fmt: skip
    if "churn" in extra:
        result = extra["churn"]
        checks.append(("churn: geen extra missers door concepten, inzendingen en stemmen",
                       result["misses"] == 0 and result["writes"] > 0,
                       f"{result['hits']}/{result['requests']} uit de cache, "
                       f"{result['writes']} schrijfrondes"))  # fmt: skip
        checks.append(("churn: wijziging in de admin meteen zichtbaar op elke pagina",
                       not result["stale_after_edit"],
                       ", ".join(result["stale_after_edit"]) or "overal"))  # fmt: skip
    for key, growth in extra.get("growth", {}).items():
        checks.append((f"{key}: koud 100k ≤ {GROWTH[key]:g}x koud 10k", growth <= GROWTH[key],
                       f"{growth:.2f}x"))  # fmt: skip
    return checks


def report(page_list: list[Page], extra: dict, *, timed: bool, json_path: str | None) -> int:
    print()
    print(table(page_list))
    for name, value in extra.get("throughput", {}).items():
        if not name.endswith(("misses", "requests")):
            print(f"doorvoer {name:30} {value:8.1f} verzoeken/s")
    if "churn" in extra:
        c = extra["churn"]
        print(f"churn {c['seconds']:g} s: {c['hits']}/{c['requests']} uit de cache "
              f"({c['hit_rate']:.1%}), mediaan {c['median_ms']:.1f} ms")  # fmt: skip
    if extra.get("growth_table"):
        print("\ngroei koud 10k → 100k lessen")
        for key, (small, large) in extra["growth_table"].items():
            print(f"  {key:22} {small:7.1f} ms → {large:7.1f} ms  {large / small:5.2f}x")
    checks = targets(page_list, extra, timed=timed)
    print()
    for name, ok, detail in checks:
        print(f"{'✓' if ok else '✗'} {name:62} {detail}")
    failed = [name for name, ok, _ in checks if not ok]
    print(f"\n{len(checks) - len(failed)} van {len(checks)} doelen gehaald.")
    if json_path:
        data = {"pages": [asdict(page) for page in page_list], **extra,
                "targets": [{"name": n, "ok": ok, "detail": d} for n, ok, d in checks]}  # fmt: skip
        Path(json_path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"JSON: {json_path}")
    return 1 if failed else 0


def apply_ratios(page_list: list[Page], floor_ms: float | None = None) -> None:
    """Every median as a multiple of the floor's: ``floor_ms`` (the median of all its
    samples, warm and cold alike, as it uses no cache), or its warm median."""
    floor = next(page for page in page_list if page.key == FLOOR)
    base = floor_ms or floor.warm_ms
    for page in page_list:
        page.warm_ratio = page.warm_ms / base
        page.cold_ratio = page.cold_ms / base if page.cold_ms else 0.0
