"""``assess`` natively: µs per call and batch throughput on one core (figure 6 of issue 6).

The cases are the fact files in ``tests/examples/`` plus deterministic variations of them
(a seeded ``random.Random``): dates shifted together, the check date moved, answers changed
to other allowed values or to "I don't know", events added or dropped. The choices come from
the facts format's own declaration (``calculator.facts.FIELDS``), so almost every case is
valid; the count of invalid ones is reported.

Run on its own (``python bench/native.py [--cases N] [--repeat R]``) it pins itself to one
CPU and prints JSON; ``bench/run.py`` runs it that way.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from calculator import check  # noqa: E402
from calculator.facts import EVENT_TYPES, FIELDS, HOUSEHOLD, OFFSET, SPAN_EVENTS  # noqa: E402

EXAMPLES = ROOT / "tests" / "examples"
SEED = 20261127


def examples() -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(EXAMPLES.glob("*.json"))]


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _value(field, rng: random.Random, base):
    """Another allowed value for ``field`` (or None: "I don't know")."""
    if rng.random() < 0.15:
        return None
    if field.kind == "bool":
        return rng.random() < 0.5
    if field.kind == "enum":
        return rng.choice(field.choices)
    if field.kind == "enum_list":
        return rng.sample(list(field.choices), rng.randint(1, len(field.choices)))
    if field.kind == "money":
        return rng.choice([0, 500, 2300, 9000, 24000, 60000, 150000])
    if field.kind == "int":
        if field.name == "size":
            return rng.randint(1, 6)
        return base
    return base


def vary(base: dict, rng: random.Random) -> dict:
    """One deterministic variation of a fact set."""
    facts = json.loads(json.dumps(base))
    shift = rng.randint(-900, 900)
    for key in ("return_filed", "apart_since"):
        if facts.get(key):
            facts[key] = _shift(facts[key], shift)
    if facts.get("tax_year"):
        facts["tax_year"] = max(1999, min(2030, facts["tax_year"] + shift // 365))
    events = [dict(e, date=_shift(e["date"], shift)) for e in facts.get("events", [])]
    if events and rng.random() < 0.3:
        events.pop(rng.randrange(len(events)))
    if rng.random() < 0.5:
        kind = rng.choice([k for k in EVENT_TYPES if k not in SPAN_EVENTS])
        events.append({"type": kind, "date": _shift(base.get("as_of", "2026-11-27"), rng.randint(-1500, -1) + shift)})
    if rng.random() < 0.2:
        kind = rng.choice(sorted(SPAN_EVENTS))
        start = _shift(base.get("as_of", "2026-11-27"), rng.randint(-2000, -400) + shift)
        events.append({"type": kind, "date": start, "end": _shift(start, rng.randint(30, 300))})
    if events:
        facts["events"] = events
    # The check date stays after every event, as it is for a real reader.
    latest = max([facts.get("return_filed") or "1999-01-01"] + [e.get("end") or e["date"] for e in events])
    facts["as_of"] = max(_shift(base.get("as_of", "2026-11-27"), shift), _shift(latest, rng.randint(1, 400)))
    simple = [f for f in FIELDS if f.kind in ("bool", "enum", "enum_list") and f.name != "version"]
    for field in rng.sample(simple, rng.randint(1, 5)):
        facts[field.name] = _value(field, rng, facts.get(field.name))
    for group, spec in (("household", HOUSEHOLD), ("offset", OFFSET)):
        if group in facts and rng.random() < 0.5:
            for field in rng.sample(spec, 2):
                facts[group][field.name] = _value(field, rng, facts[group].get(field.name))
    return {k: v for k, v in facts.items() if v is not None}


def cases(count: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    bases = examples()
    out = list(bases)
    while len(out) < count:
        out.append(vary(rng.choice(bases), rng))
    return out[:count]


def per_call(facts: list[dict], repeat: int) -> dict:
    """Mean µs per ``check`` call over all the cases, once per repeat (after one warm-up pass)."""
    for raw in facts:
        check(raw)
    means, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for raw in facts:
            check(raw)
        means.append((time.perf_counter() - start) / len(facts) * 1e6)
        cpu.append((time.process_time() - start_cpu) / len(facts) * 1e6)
    return {"unit": "µs per call", "samples": means, "cpu_samples": cpu}


def json_out(facts: list[dict]) -> dict:
    """What writing the results costs: mean bytes of one result as JSON, and µs to encode it."""
    results = [check(raw) for raw in facts]
    start = time.process_time()
    sizes = [len(json.dumps(r, ensure_ascii=False)) for r in results]
    return {"bytes_per_case": sum(sizes) / len(sizes), "cpu_us_per_case": (time.process_time() - start) / len(results) * 1e6}


def batch(facts: list[dict], repeat: int) -> dict:
    """``python -m calculator batch`` on a JSONL file of the cases, wall time per run, one CPU."""
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp, "cases.jsonl"), Path(tmp, "out.jsonl")
        source.write_text("".join(json.dumps(f) + "\n" for f in facts))
        pin = ["taskset", "-c", str(min(os.sched_getaffinity(0)))] if _has("taskset") else []
        command = [*pin, sys.executable, "-m", "calculator", "batch", str(source), str(target)]
        rates, summary = [], ""
        for _ in range(repeat):
            start = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
            rates.append(len(facts) / (time.perf_counter() - start))
            summary = done.stderr.strip()
        return {"unit": "cases/s", "samples": rates, "summary": summary, "includes": "process start and JSON in/out"}


def import_time() -> dict:
    """``python -X importtime -c 'import calculator; calculator.check(...)'``: the slowest imports."""
    code = "import json, calculator; calculator.check(json.loads(open('tests/examples/abuse-underpayment-levy.json').read()))"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].startswith("import time:") and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    top = sorted(rows, reverse=True)[:8]
    own_calc = sum(own for own, name in rows if name.strip().startswith("calculator"))
    return {
        "modules": len(rows),
        "total_self_us": sum(own for own, _ in rows),
        "calculator_self_us": own_calc,
        "slowest_self_us": [{"module": name.strip(), "us": own} for own, name in top],
    }


def five_year_cases(facts: list[dict], count: int) -> list[tuple[dict, list[dict]]]:
    """``count`` cases of five tax years (facts format version 2) and, for each, its five one-year
    documents: a valid variation and the same facts one to four years earlier (every date but the
    check's and the person's moved back by 365 days a year)."""
    from calculator.case import PERSON, lift

    out = []
    for base in (f for f in facts if f.get("tax_year") and check(f)["ok"]):
        years = []
        for back in range(5):
            year = json.loads(json.dumps(base))
            year["tax_year"] -= back
            if year.get("return_filed"):
                year["return_filed"] = _shift(year["return_filed"], -365 * back)
            for event in year.get("events", []):
                event.update({k: _shift(event[k], -365 * back) for k in ("date", "end") if event.get(k)})
            years.append(year)
        case = {**lift(base), "years": [{k: v for k, v in y.items() if k not in PERSON} for y in years]}
        if check(case)["ok"]:
            out.append((case, years))
        if len(out) == count:
            break
    return out


def five_years(facts: list[dict], repeat: int, count: int = 200) -> dict:
    """Issue 12: ``assess`` on a five-year case against five one-year checks of the same years, µs per case."""
    pairs = five_year_cases(facts, count)
    case_us, apart_us = [], []
    for _ in range(repeat):
        start = time.process_time()
        for case, _years in pairs:
            check(case)
        case_us.append((time.process_time() - start) / len(pairs) * 1e6)
        start = time.process_time()
        for _case, years in pairs:
            for year in years:
                check(year)
        apart_us.append((time.process_time() - start) / len(pairs) * 1e6)
    return {"unit": "µs CPU per five years", "cases": len(pairs), "case_samples": case_us, "five_checks_samples": apart_us,
            "ratio": statistics.median(case_us) / statistics.median(apart_us)}  # fmt: skip


def _has(tool: str) -> bool:
    return any(Path(d, tool).exists() for d in os.environ.get("PATH", "").split(os.pathsep))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    facts = cases(args.cases)
    results = [check(f) for f in facts]
    invalid = [r for r in results if not r["ok"]]
    internal = [r for r in invalid if "internal" in r]
    call = per_call(facts, args.repeat)
    report = {
        "cases": len(facts),
        "invalid_cases": len(invalid),
        "internal_errors": len(internal),
        "per_call": call,
        "in_process": {"unit": "cases/s", "samples": [1e6 / us for us in call["samples"]]},
        "in_process_cpu": {"unit": "cases/s (CPU time)", "samples": [1e6 / us for us in call["cpu_samples"]]},
        "json_out_us": json_out(facts),
        "batch": batch(facts, args.repeat),
        "import_time": import_time(),
        "five_years": five_years(facts, args.repeat),
        "median_us": statistics.median(call["samples"]),
    }
    if internal:
        report["internal_example"] = internal[0]["internal"]
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
