#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Refreshes translations/*.ts from the sources after strings changed (docs/translating.md):
# regenerates core/text/scenariostrings.cpp from the built-in scenarios, runs lupdate through CMake,
# fills the English file, and lists what the Chinese file still lacks. Needs a configured build/
# (./run.sh or ./test.sh once) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target tst_scenariotext >/dev/null
FINACK_WRITE_SCENARIO_STRINGS=1 "$build/tests/core/tst_scenariotext" listingMatchesTheScenarios >/dev/null || true
cmake --build "$build" --target update_translations
python3 scripts/fill-english.py translations/finack_en.ts
unfinished=$(grep -c 'type="unfinished"' translations/finack_zh_CN.ts || true)
echo "translations/finack_zh_CN.ts: $unfinished unfinished entries (Qt Linguist: linguist translations/finack_zh_CN.ts)"
