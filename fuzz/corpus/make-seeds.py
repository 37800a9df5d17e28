#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the reference corpus (run from anywhere;
rewrites fuzz/corpus/<target>/). Deterministic: the same files every time."""

import json
import pathlib
import random
import shutil
import struct

here = pathlib.Path(__file__).resolve().parent
data = here.parent.parent / "tests" / "data" / "opening-hours"

rows = [json.loads(line) for line in (data / "corpus.jsonl").open(encoding="utf-8")]
bad = [json.loads(line) for line in (data / "bad-rules.jsonl").open(encoding="utf-8")]
rules = list(dict.fromkeys(row["rule"] for row in rows))
helpline = [r for r in rules if any("helpline" in row["source"] for row in rows if row["rule"] == r)]
others = [r for r in rules if r not in helpline]
random.seed(20261123)
chosen = helpline + random.sample(others, 200) + [row["rule"] for row in bad]


def rewrite(target):
    folder = here / target
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    return folder


# fuzz_openinghours: a rule, or a rule, NUL and parameter bytes (zone, region, school zone,
# location, 32-bit offset in seconds, base instant, step): see fuzz_openinghours.cpp.
folder = rewrite("fuzz_openinghours")
for i, rule in enumerate(chosen):
    (folder / f"rule-{i:03}").write_bytes(rule.encode("utf-8"))
for i, rule in enumerate(helpline[:40]):
    parameters = bytes([i % 16, i % 12, i % 5, i % 8]) + struct.pack("<i", i * 86400 + 3600 * (i % 24))
    parameters += bytes([i % 10, i * 7 % 256, i % 60])
    (folder / f"context-{i:03}").write_bytes(rule.encode("utf-8") + b"\0" + parameters)

# fuzz_hoursbatch: input lines as the CLI reads them.
folder = rewrite("fuzz_hoursbatch")
instants = sorted({row["at"] for row in rows})
for i, rule in enumerate(chosen[::2]):
    line = {"rule": rule, "tz": "Europe/Paris", "country": "FR", "at": instants[i % len(instants)]}
    (folder / f"line-{i:03}").write_bytes(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
zones = ["Indian/Reunion", "America/Cayenne", "UTC", "Pacific/Chatham", "Nowhere/City"]
regions = ["FR-57", "FR-971", "FR-974", "fr", "DE-BY", None, 7]
for i, (zone, region) in enumerate(zip(zones * 2, regions + regions[:3])):
    line = {"rule": helpline[i], "tz": zone, "country": "FR", "at": "2026-12-20T10:00:00+04:00"}
    if region is not None:
        line["region"] = region
    (folder / f"context-{i:03}").write_bytes(json.dumps(line, ensure_ascii=False).encode("utf-8"))
malformed = [
    b"", b"   ", b"not json", b"[1,2]", b"{}", b'{"rule":7}', b'{"rule":"24/7"',
    b'{"rule":"24/7","tz":"Europe/Paris","country":"DE","at":"2026-01-12T10:00Z"}',
    b'{"rule":"24/7","tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00"}',
    b'{"rule":"24/7","tz":"Europe/Paris","country":"FR","at":"2026-02-30T10:00:00+01:00"}',
    b'{"rule":"24/7","tz":"Europe/Paris","country":"FR","at":"9999-12-31T23:59:59.999-23:59"}',
    b'{"rule":"24/7","tz":"Europe/Paris","country":"FR","at":"0001-01-01T00:00:00+23:59"}',
    b'\xef\xbb\xbf{"rule":"Mo-Fr 09:00-18:00","tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00Z"}\r',
    b'{"rule":"Mo-Fr 09:00-18:00","tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00Z"}\n'
    b'{"rule":"Mo-Fr 09:00-18:00","tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00Z"}\n\n',
    b'{"rule":"\\ud800 \\u0000","tz":"Europe/Paris","country":"FR","at":"2026-01-12T10:00Z"}',
]
for i, line in enumerate(malformed):
    (folder / f"malformed-{i:03}").write_bytes(line)
