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

# fuzz_directory: directory files as published (the bundled one, the test files, the examples
# for IT), each service of the bundled directory in a file of its own and alone (a user's own
# entry), policies, and files broken in the ways docs/reliability.md lists.
root = here.parent.parent
folder = rewrite("fuzz_directory")
sources = [root / "resources" / "directory" / "fr.json"]
sources += sorted((root / "tests" / "data" / "directory").glob("*.json"))
sources += sorted((root / "packaging" / "examples").glob("*.json"))
for source in sources:
    (folder / f"file-{source.parent.name}-{source.name}").write_bytes(source.read_bytes())
bundled = json.loads((root / "resources" / "directory" / "fr.json").read_text(encoding="utf-8"))
for i, service in enumerate(bundled["services"]):
    alone = {"format": 1, "publisher": bundled["publisher"], "services": [service]}
    (folder / f"service-{i:03}").write_bytes(json.dumps(alone, ensure_ascii=False, indent=1).encode("utf-8"))
    (folder / f"entry-{i:03}").write_bytes(json.dumps(service, ensure_ascii=False).encode("utf-8"))
emergency = {"format": 1, "publisher": bundled["publisher"], "emergency": bundled["emergency"], "services": []}
(folder / "emergency").write_bytes(json.dumps(emergency, ensure_ascii=False).encode("utf-8"))
small = json.dumps({"format": 1, "publisher": bundled["publisher"], "services": [bundled["services"][0]]},
                   ensure_ascii=False).encode("utf-8")
broken = [
    b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf" + small, small[: len(small) // 2], small.replace(b"\"format\": 1", b"\"format\": \"1\""),
    b"[" * 100 + b"]" * 100, b"{\"format\": 1e999}", b"{\"format\": 01}", small.replace(b"\xc3\xa9", b"\xc3\x28"),
    small.replace(b"\"services\": [", b"\"services\": [" + json.dumps(bundled["services"][0]).encode() + b", "),
    small.replace(b"0 800 130 000", b"tel:3114?body=x"), small.replace(b"0 800 130 000", b"javascript:alert(1)"),
    small.replace(b"\"format\"", b"\"fo\x00rmat\""), b"\xff\xfe{\x00}\x00", b"{\"a\": 1, \"a\": 2}",
]
for i, data in enumerate(broken):
    (folder / f"broken-{i:03}").write_bytes(data)

# fuzz_phonenumber: numbers as directories write them, then the same followed by NUL and the
# region and contact kind bytes (fuzz_phonenumber.cpp).
folder = rewrite("fuzz_phonenumber")
numbers = sorted({c["value"] for s in bundled["services"] for c in s["contacts"] if c["kind"] in ("phone", "sms")})
numbers += [e["number"] for e in bundled["emergency"]]
numbers += [
    "0262 16 12 34", "+262 262 16 12 34", "0590 12 34 56", "0594 12 34 56", "0696 12 34 56",
    "0269 61 12 34", "41 23 45", "+33 1 45 39 40 00", "0033 1 45 39 40 00", "+44 20 7946 0000",
    "+1 202 555 0143", "01.45.39.40.00", "01-45-39-40-00", "(01) 45 39 40 00", "0\u00a0800\u202f130 000",
    "116 111", "116 006", "118 218", "3115", "0 899 23 45 67", "0 800 13O 000", "0 800 130",
    "0 800 130 000 00", "800 130 000", "tel:3114", "tel:3114?body=x", "3114#x", "+33 1;ext=2",
    "javascript:alert(1)", "", "  ", "+", "++33 1", "3114 é", "3114 \U0001F600", "0" * 40,
    # Found by fuzzing: a non-geographic number (region 001).
    "+881 16 12 34 34",
]
for i, number in enumerate(numbers):
    (folder / f"number-{i:03}").write_bytes(number.encode("utf-8"))
    (folder / f"context-{i:03}").write_bytes(number.encode("utf-8") + b"\0" + bytes([(i * 37) % 256, i % 48]))
