"""poe-sdk benchmark: ``make bench`` (``python bench/run.py``). No network needed.

Starts the bench server (:mod:`server`) in its own process on 127.0.0.1, runs every
throughput scenario (:mod:`scenarios`) for poe-sdk, the openai SDK and bare httpx in
interleaved rounds (:mod:`measure`), measures cold import time and peak RSS in fresh
processes (:mod:`footprint`), then prints the tables and writes ``bench/results.md``
(:mod:`report`).

Options: ``--quick`` for a fast smoke run (written to ``bench/.profile/results-quick.md``),
``--profile`` for where poe-sdk spends its time (:mod:`profiling`), ``--only KEY ...`` to
run some scenarios, ``--no-footprint`` to skip imports and RSS, ``--wait-quiet SECONDS`` to
wait for other work on the machine to stop first, ``--no-install`` to fail instead of
installing ``bench/requirements.txt`` when a benchmark dependency is missing.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REQUIREMENTS = BENCH_DIR / "requirements.txt"


def _pinned() -> dict[str, str]:
    pins = {}
    for raw in REQUIREMENTS.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[name.strip()] = version.strip()
    return pins


def ensure_requirements(install: bool) -> None:
    """Install ``bench/requirements.txt`` into this interpreter when a pin is not met."""
    wrong = []
    for name, version in _pinned().items():
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            found = None
        if found != version:
            wrong.append(f"{name}=={version} (found {found or 'nothing'})")
    if not wrong:
        return
    if not install:
        sys.exit("missing benchmark dependencies: " + ", ".join(wrong))
    print("installing benchmark dependencies: " + ", ".join(wrong), flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "-r", str(REQUIREMENTS)], check=True
    )


class MachineLoad:
    """CPU time that processes other than this run used while it ran (Linux ``/proc/stat``).

    Busy time of the whole machine minus this process's and its waited-for children's (the
    server, the footprint children): a measure of the noise other work added.
    """

    def __init__(self) -> None:
        self._machine = self._busy_seconds()
        self._ours = self._our_seconds()
        self._wall = time.perf_counter()

    @staticmethod
    def _busy_seconds() -> float | None:
        try:
            fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        except (OSError, ValueError):
            return None
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
        return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _our_seconds() -> float:
        import resource

        total = 0.0
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
            usage = resource.getrusage(who)
            total += usage.ru_utime + usage.ru_stime
        return total

    def cores(self) -> float | None:
        """Cores that other processes kept busy on average since this object was made."""
        machine = self._busy_seconds()
        if machine is None or self._machine is None:
            return None
        others = max(0.0, (machine - self._machine) - (self._our_seconds() - self._ours))
        return others / (time.perf_counter() - self._wall)

    def describe(self) -> str:
        """``"0.12 cores busy on average"``, or ``"unknown"``."""
        cores = self.cores()
        return "unknown" if cores is None else f"{cores:.2f} cores busy on average"


def wait_until_quiet(max_seconds: float, log: Callable[[str], None]) -> None:
    """Wait (up to ``max_seconds``) for other processes to use under 0.2 cores for 3 s."""
    deadline = time.monotonic() + max_seconds
    while True:
        probe = MachineLoad()
        time.sleep(3)
        others = probe.cores()
        if others is None or others < 0.2:
            return
        if time.monotonic() >= deadline:
            log(f"the machine is still busy ({others:.2f} cores used by others); running anyway")
            return
        log(f"waiting for a quiet machine ({others:.2f} cores used by others) ...")


def _log(message: str) -> None:
    print(message, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="poe-sdk benchmark (no network needed)")
    parser.add_argument("--quick", action="store_true", help="a fast smoke run, small sizes")
    parser.add_argument("--profile", action="store_true", help="profile poe-sdk instead")
    parser.add_argument("--only", nargs="+", metavar="KEY", help="run only these scenarios")
    parser.add_argument("--no-footprint", action="store_true", help="skip imports and RSS")
    parser.add_argument("--no-install", action="store_true", help="never pip install")
    parser.add_argument("--output", type=Path, help="where to write the Markdown results")
    parser.add_argument("--rounds", type=int, help="rounds per scenario (default 5, quick 2)")
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="first wait up to SECONDS for other processes to leave the CPUs idle",
    )
    args = parser.parse_args(argv)

    ensure_requirements(install=not args.no_install)
    # Imported after the install: these modules import the benchmark's dependencies lazily,
    # but keep the order obvious.
    import footprint
    import measure
    import report
    from scenarios import FULL, QUICK, SCENARIOS, describe

    sizes = QUICK if args.quick else FULL
    if args.rounds:
        sizes = dataclasses.replace(sizes, rounds=args.rounds)
    if args.wait_quiet > 0:
        wait_until_quiet(args.wait_quiet, _log)
    started = time.perf_counter()
    load = MachineLoad()
    with measure.bench_server() as server:
        if args.profile:
            import profiling

            print(profiling.run_profile(server, args.quick, _log))
            _log(f"(written to {profiling.OUT_DIR / 'profile.md'}; .prof files beside it)")
            return 0

        chosen = [s for s in SCENARIOS if not args.only or s.key in args.only]
        if args.only and len(chosen) != len(args.only):
            known = ", ".join(s.key for s in SCENARIOS)
            parser.error(f"unknown scenario in --only (known: {known})")
        results: report.Results = {}
        for scenario in chosen:
            _log(f"{scenario.key}: {describe(scenario, sizes)}")
            results[scenario.key] = measure.run_scenario(
                scenario, scenario.clients, sizes, server, _log
            )
        imports: dict[str, footprint.Timing] = {}
        rss: dict[str, footprint.Timing] = {}
        if not args.no_footprint:
            _log("cold import time (fresh processes):")
            imports = footprint.import_times(sizes.import_repeats, _log)
            _log(f"peak RSS at {sizes.rss_requests:,} concurrent requests (fresh processes):")
            rss = footprint.peak_rss(server.base_url, sizes.rss_requests, sizes.rss_repeats, _log)

    document = report.render(results, imports, rss, sizes, args.quick, load.describe())
    output = args.output or (
        BENCH_DIR / ".profile" / "results-quick.md" if args.quick else BENCH_DIR / "results.md"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(document)
    import plot

    image = output.parent / ("scaling-quick.png" if args.quick else "scaling.png")
    if plot.write_scaling_plot(results, image, "poe-sdk scaling on the local bench server"):
        _log(f"scaling plot written to {os.path.relpath(image)}")
    print()
    print(document)
    _log(f"written to {os.path.relpath(output)} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
