#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
"""Mutates real files and hands each to the real program, the way an attacker would.

    tests/fuzz/mutate.py FINACK_BIN COUNT [SEED]

Seeds: the built-in scenarios, the test traces and the test captures. Each mutant (a flipped
byte, an inserted, deleted, repeated or truncated span, a number made huge, a key repeated) goes
to `finack export MUTANT -o out.mmd` under a 2 GB address-space cap (`ulimit -v`), with a time
limit of 120 s; a mutant scenario that still loads is run in the lab's private namespace first,
as export does. Each must end with exit 0 (and the output written) or exit 2 and exactly one
line on stderr. Anything else — a crash, an abort, a hang, two lines — is printed and counted;
the script exits 1 if there was any. libFuzzer (tests/fuzz/run.sh) goes deeper into one loader;
this goes through the whole program.
"""
import glob
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def seeds():
    files = sorted(glob.glob(os.path.join(ROOT, "resources/scenarios/*.json")))
    files += sorted(glob.glob(os.path.join(ROOT, "tests/data/traces/**/*.json"), recursive=True))
    files += sorted(glob.glob(os.path.join(ROOT, "tests/data/pcap/**/*.pcap*"), recursive=True))
    return [f for f in files if os.path.getsize(f) > 0]


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not data:
            data = bytearray(b"{")
        op = rng.randrange(7)
        at = rng.randrange(len(data))
        span = rng.randint(1, min(64, len(data)))
        if op == 0:
            data[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            del data[at:at + span]
        elif op == 3:
            data[at:at] = data[at:at + span] * rng.randint(2, 50)
        elif op == 4:
            del data[at:]
        elif op == 5:  # a number made huge, negative or fractional
            numbers = [m.span() for m in re.finditer(rb"\d+", bytes(data))]
            if numbers:
                a, b = rng.choice(numbers)
                data[a:b] = rng.choice([b"4294967296", b"-1", b"1e300", b"0.5", b"99999999999999999999", b"0"])
        else:  # a key/value pair repeated
            pairs = [m.span() for m in re.finditer(rb'"[a-z_]+"\s*:\s*("[^"]*"|\d+)', bytes(data))]
            if pairs:
                a, b = rng.choice(pairs)
                data[b:b] = b", " + data[a:b]
    return bytes(data)


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    finack, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    files = seeds()
    bad = 0
    outcomes = {0: 0, 2: 0}
    with tempfile.TemporaryDirectory() as work:
        for i in range(count):
            seed = rng.choice(files)
            suffix = os.path.splitext(seed)[1]
            mutant = os.path.join(work, "m%d%s" % (i, suffix))
            with open(seed, "rb") as f:
                data = mutate(f.read(), rng)
            with open(mutant, "wb") as f:
                f.write(data)
            out = os.path.join(work, "out.mmd")
            if os.path.exists(out):
                os.unlink(out)
            cmd = 'ulimit -v 2097152; exec "$0" export "$1" -o "$2" --network private'
            try:
                p = subprocess.run(["bash", "-c", cmd, finack, mutant, out], capture_output=True, timeout=120)
                code, err = p.returncode, p.stderr.decode("utf-8", "replace")
            except subprocess.TimeoutExpired:
                code, err = "timeout", ""
            lines = err.splitlines()
            ok = (code == 0 and os.path.exists(out)) or (code == 2 and len(lines) == 1 and lines[0].startswith("finack: "))
            if code in outcomes:
                outcomes[code] += 1
            if not ok:
                bad += 1
                kept = os.path.join(tempfile.gettempdir(), "finack-mutant-%d%s" % (i, suffix))
                with open(kept, "wb") as f:
                    f.write(data)
                print("FAIL %s (from %s): exit %s, stderr %r" % (kept, os.path.basename(seed), code, err[:300]))
    print("%d mutants of %d files: %d accepted, %d refused in one line, %d failures"
          % (count, len(files), outcomes[0], outcomes[2], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
