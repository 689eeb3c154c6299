#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# The link-line rule of docs/architecture.md, read back from the built programs with ldd: finack
# (the window and the CLI) loads neither libmnl nor libnftables; finack-lab, which alone changes
# the private network's firewall, loads both. Checking finack-lab too shows that the check sees
# the libraries when they are there.
#
#   scripts/check-link-lines.sh FINACK FINACK_LAB       exit 1 when a rule is broken
set -u
(($# == 2)) || { echo "check-link-lines: usage: $0 FINACK FINACK_LAB" >&2; exit 2; }
finack=$1 lab=$2
lab_libraries='lib(mnl|nftables)\.so'

finack_loads=$(ldd "$finack") || { echo "check-link-lines: ldd $finack failed" >&2; exit 2; }
lab_loads=$(ldd "$lab") || { echo "check-link-lines: ldd $lab failed" >&2; exit 2; }

status=0
wrong=$(awk '{print $1}' <<<"$finack_loads" | grep -E "$lab_libraries" | sort -u)
if [[ -n $wrong ]]; then
    echo "check-link-lines: $finack loads $(tr '\n' ' ' <<<"$wrong")- only finack-lab may (link finack_lab only into finack-lab)" >&2
    status=1
fi
for library in libmnl libnftables; do
    if ! grep -q "$library\.so" <<<"$lab_loads"; then
        echo "check-link-lines: $lab does not load $library; the check cannot tell a rule kept from a library missing" >&2
        status=1
    fi
done
((status == 0)) && echo "check-link-lines: finack loads neither libmnl nor libnftables; finack-lab loads both"
exit $status
