"""The scaling plot: requests/s and client CPU per request against requests in flight.

Written by ``make bench`` to ``bench/scaling.png`` (``--quick``: ``bench/.profile/``) with
matplotlib (a benchmark-only dependency, in ``requirements.txt``).
"""

from __future__ import annotations

from pathlib import Path

from clients import FLOOR, OPENAI, POE, POE_HTTPCORE
from report import SCALING, Results

_STYLE = {
    POE: {"color": "tab:blue", "marker": "o", "label": "poe-sdk (default: aiohttp's pool)"},
    OPENAI: {"color": "tab:orange", "marker": "s", "label": "openai"},
    FLOOR: {"color": "tab:green", "marker": "^", "label": "bare httpx.AsyncClient"},
    POE_HTTPCORE: {
        "color": "tab:blue",
        "marker": "x",
        "linestyle": "--",
        "label": "poe-sdk over httpx's pool (before)",
    },
}


def write_scaling_plot(results: Results, path: Path, title: str) -> bool:
    """Draw the plot into ``path``; ``False`` when there is nothing to draw."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series: dict[str, list[tuple[int, float, float]]] = {}
    for key, in_flight in SCALING:
        for client, result in results.get(key, {}).items():
            if client in _STYLE and result.samples:
                series.setdefault(client, []).append(
                    (in_flight, result.median, result.cpu_per_op * 1e6)
                )
    if not series:
        return False
    figure, (rate_axes, cpu_axes) = plt.subplots(1, 2, figsize=(11, 4.2))
    for client, points in series.items():
        xs = [p[0] for p in points]
        rate_axes.plot(xs, [p[1] for p in points], **_STYLE[client])  # type: ignore[arg-type]
        cpu_axes.plot(xs, [p[2] for p in points], **_STYLE[client])  # type: ignore[arg-type]
    for axes, label in ((rate_axes, "requests/s"), (cpu_axes, "client CPU µs per request")):
        axes.set_xscale("log", base=2)
        axes.set_xticks([x for _, x in SCALING], [str(x) for _, x in SCALING])
        axes.set_xlabel("requests in flight")
        axes.set_ylabel(label)
        axes.set_ylim(bottom=0)
        axes.grid(True, alpha=0.3)
    rate_axes.set_title("Throughput (higher is better)")
    cpu_axes.set_title("CPU per request (lower is better)")
    rate_axes.legend(fontsize=8)
    figure.suptitle(title, fontsize=10)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return True
