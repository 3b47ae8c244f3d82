"""The results as Markdown: a header describing the machine, the tables, the targets."""

from __future__ import annotations

import datetime
import os
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from clients import FLOOR, OPENAI, POE, POE_HTTPCORE
from footprint import Timing
from measure import Result
from scenarios import SCENARIOS, Sizes, describe

PACKAGES = (
    "poe-sdk",
    "openai",
    "httpx",
    "httpcore",
    "httpx2",
    "httpcore2",
    "pydantic",
    "pydantic-core",
    "anyio",
    "uvloop",
    "aiohttp",
    "matplotlib",
)

Results = dict[str, dict[str, Result]]
"""Scenario key -> client name -> result."""


SCALING = (("seq", 1), ("conc16", 16), ("conc64", 64), ("conc256", 256))
"""The scenarios of the scaling table and plot, with their requests in flight."""


@dataclass(frozen=True)
class Target:
    """One goal of the brief, as a ratio of medians measured in this run."""

    label: str
    ratio: float | None
    at_least: bool
    threshold: float
    cpu_ratio: float | None = None
    """The same comparison by client CPU per operation (throughput targets only)."""

    @property
    def met(self) -> bool | None:
        """Whether the ratio meets the goal (``None`` when it was not measured)."""
        if self.ratio is None:
            return None
        return self.ratio >= self.threshold if self.at_least else self.ratio <= self.threshold

    @property
    def goal(self) -> str:
        """``>= 0.85x`` or ``<= 0.3x``."""
        return f"{'≥' if self.at_least else '≤'} {self.threshold:g}x"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _load() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def header(sizes: Sizes, quick: bool, others: str) -> str:
    """Date, machine and versions."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = ", ".join(f"{name} {_version(name)}" for name in PACKAGES)
    kind = "QUICK smoke run (`--quick`): sizes shrunk, not for comparison" if quick else "full run"
    return "\n".join(
        [
            "# poe-sdk benchmark results",
            "",
            f"- Date: {now} ({kind}; {sizes.rounds} rounds per scenario, median reported)",
            f"- Machine: {os.cpu_count()} CPUs (`nproc`), {_cpu_model()}, "
            f"{platform.system()} {platform.release()}",
            f"- Python: {platform.python_implementation()} {platform.python_version()}",
            f"- Other processes during the run: {others}; load average at the end {_load()} "
            "(other work on the machine adds noise: compare the min - max spread and CPU/op)",
            f"- Versions: {versions}",
            "- Server: `bench/server.py` (raw asyncio Protocol on uvloop, precomputed replies) in "
            "its own process on 127.0.0.1; the client process has the other core.",
            "- Command: `make bench` (`bench/run.py`); profile: `bench/run.py --profile`.",
        ]
    )


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if numerator and denominator else None


def _fmt_ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}x"


def throughput_table(results: Results, sizes: Sizes) -> str:
    """One row per (scenario, client): median, spread, ratio to the floor, server load."""
    lines = [
        "| Scenario | Client | Median | Unit | Min - max | x httpx floor | CPU µs/op "
        "| Server CPU |",
        "|---|---|---:|---|---:|---:|---:|---:|",
    ]
    for scenario in SCENARIOS:
        by_client = results.get(scenario.key)
        if not by_client:
            continue
        floor = by_client.get(scenario.floor)
        floor_median = floor.median if floor else 0.0
        for name, result in by_client.items():
            if result.error is not None and not result.samples:
                lines.append(
                    f"| {describe(scenario, sizes)} | {name} | failed | | {result.error} | | | |"
                )
                continue
            load = result.server_load
            lines.append(
                f"| {describe(scenario, sizes)} | {name} | {result.median:,.0f} | "
                f"{scenario.unit} | {min(result.rates):,.0f} - {max(result.rates):,.0f} | "
                f"{_fmt_ratio(_ratio(result.median, floor_median))} | "
                f"{result.cpu_per_op * 1e6:,.1f} | "
                f"{'—' if load is None else f'{load:.0%}'} |"
            )
    return "\n".join(lines)


def _median(results: Results, key: str, client: str) -> float:
    result = results.get(key, {}).get(client)
    return result.median if result else 0.0


def targets(results: Results, imports: dict[str, Timing], rss: dict[str, Timing]) -> list[Target]:
    """The brief's targets, each as a ratio of this run's medians."""

    def vs(label: str, key: str, other: str, threshold: float) -> Target:
        ours = results.get(key, {}).get(POE)
        theirs = results.get(key, {}).get(other)
        cpu = None
        if ours and theirs and ours.samples and theirs.samples:
            cpu = _ratio(theirs.cpu_per_op, ours.cpu_per_op)
        rate = _ratio(_median(results, key, POE), _median(results, key, other))
        return Target(label, rate, True, threshold, cpu)

    def timing(table: dict[str, Timing], key: str) -> float:
        return table[key].median if key in table else 0.0

    def cpu_growth() -> Target:
        seq = results.get("seq", {}).get(POE)
        wide = results.get("conc256", {}).get(POE)
        ratio = None
        if seq and wide and seq.samples and wide.samples:
            ratio = _ratio(wide.cpu_per_op, seq.cpu_per_op)
        return Target("CPU per request, 256 in flight vs sequential", ratio, False, 1.3)

    return [
        vs("async sequential vs bare httpx", "seq", FLOOR, 1.1),
        vs("16 concurrent vs openai", "conc16", OPENAI, 1.0),
        vs("64 concurrent (asyncio) vs openai", "conc64", OPENAI, 2.5),
        vs("256 concurrent vs openai", "conc256", OPENAI, 2.5),
        cpu_growth(),
        vs("64 concurrent (asyncio) vs bare httpx", "conc64", FLOOR, 0.95),
        vs("64 concurrent (uvloop) vs bare httpx", "conc64_uvloop", FLOOR, 0.95),
        vs("1 stream chunks/s vs bare httpx lines", "stream1", FLOOR, 0.7),
        vs("1 stream chunks/s vs openai", "stream1", OPENAI, 5.0),
        vs("32 streams chunks/s vs bare httpx lines", "stream32", FLOOR, 0.7),
        vs("32 streams chunks/s vs openai", "stream32", OPENAI, 5.0),
        vs("256 streams x 50 chunks/s vs openai", "stream256", OPENAI, 2.5),
        vs("sync sequential vs bare sync httpx", "sync_seq", FLOOR, 0.8),
        vs("sync 8 threads vs openai sync", "sync_threads", OPENAI, 2.5),
        vs("sync stream vs bare sync httpx lines", "sync_stream", FLOOR, 0.7),
        Target(
            "`import poe_sdk` time vs `import openai`",
            _ratio(timing(imports, "import poe_sdk"), timing(imports, "import openai")),
            False,
            0.3,
        ),
        Target(
            "peak RSS at 1,000 concurrent vs openai",
            _ratio(timing(rss, POE), timing(rss, OPENAI)),
            False,
            0.8,
        ),
    ]


def targets_table(items: list[Target]) -> str:
    """Met / missed per target."""
    lines = [
        "| Target | Measured | Goal | Status | Same by CPU/op |",
        "|---|---:|---:|---|---:|",
    ]
    for item in items:
        status = {True: "met", False: "**MISSED**", None: "not measured"}[item.met]
        lines.append(
            f"| {item.label} | {_fmt_ratio(item.ratio)} | {item.goal} | {status} | "
            f"{_fmt_ratio(item.cpu_ratio)} |"
        )
    return "\n".join(lines)


def scaling_table(results: Results) -> str:
    """Requests/s and client CPU per request against requests in flight, per client."""
    clients = [POE, OPENAI, FLOOR, POE_HTTPCORE]
    present = [c for c in clients if any(c in results.get(key, {}) for key, _ in SCALING)]
    if not present:
        return ""
    lines = [
        "| In flight | " + " | ".join(f"{c} req/s | {c} CPU µs/req" for c in present) + " |",
        "|---:|" + "---:|---:|" * len(present),
    ]
    for key, in_flight in SCALING:
        by_client = results.get(key)
        if not by_client:
            continue
        cells = []
        for client in present:
            result = by_client.get(client)
            if result is None or not result.samples:
                cells += ["—", "—"]
            else:
                cells += [f"{result.median:,.0f}", f"{result.cpu_per_op * 1e6:,.0f}"]
        lines.append(f"| {in_flight} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def footprint_tables(imports: dict[str, Timing], rss: dict[str, Timing]) -> str:
    """Import times and peak RSS, with ratios to openai."""
    parts = []
    if imports:
        openai_import = imports.get("import openai")
        lines = [
            "| Statement (fresh process) | Median | Min - max | x `import openai` |",
            "|---|---:|---:|---:|",
        ]
        for label, timing in imports.items():
            ratio = _ratio(timing.median, openai_import.median) if openai_import else None
            lines.append(
                f"| `{label}` | {timing.median * 1000:.1f} ms | "
                f"{min(timing.values) * 1000:.1f} - {max(timing.values) * 1000:.1f} ms | "
                f"{_fmt_ratio(ratio)} |"
            )
        parts.append("\n".join(lines))
    if rss:
        openai_peak = rss.get(OPENAI)
        lines = [
            "| Client (fresh process, 1,000 concurrent requests) | Peak RSS | RSS when ready "
            "| x openai peak |",
            "|---|---:|---:|---:|",
        ]
        for name in (n for n in rss if not n.endswith("(ready)")):
            ready = rss.get(f"{name} (ready)")
            ratio = _ratio(rss[name].median, openai_peak.median) if openai_peak else None
            lines.append(
                f"| {name} | {rss[name].median / 1024:.1f} MB | "
                f"{(ready.median / 1024) if ready else 0:.1f} MB | {_fmt_ratio(ratio)} |"
            )
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def render(
    results: Results,
    imports: dict[str, Timing],
    rss: dict[str, Timing],
    sizes: Sizes,
    quick: bool,
    others: str = "unknown",
) -> str:
    """The whole ``results.md``."""
    sections = [
        header(sizes, quick, others),
        "## Targets",
        "Each ratio divides poe-sdk's median by the other client's, measured in this run. "
        "*Same by CPU/op* is the ratio of client CPU time per operation (the other's ÷ "
        "poe-sdk's), which load from other processes on the machine disturbs less.",
        targets_table(targets(results, imports, rss)),
        "## Throughput (higher is better)",
        "Ratios are to bare httpx on the same event loop (async rows) or bare `httpx.Client` "
        "(sync rows). *Server CPU* is the bench server's share of one core during the timed "
        "part: well under 100% means the client, not the server, set the pace.",
        throughput_table(results, sizes),
    ]
    scaling = scaling_table(results)
    if scaling:
        sections += [
            "## Scaling with requests in flight",
            "poe-sdk carries requests over aiohttp's pool on asyncio; *poe-sdk+httpcore* is "
            "the same client over a passed `httpx.AsyncClient` (httpx's own pool, the default "
            "before). Plot: `bench/scaling.png`.",
            scaling,
        ]
    footprint = footprint_tables(imports, rss)
    if footprint:
        sections += ["## Import time and memory (lower is better)", footprint]
    return "\n\n".join(sections) + "\n"
