#!/usr/bin/env bash
# Times `sscard workdays add 4` (release build) and the Python package chinesecalendar on the same dates, side by
# side, and checks that they give the same answers (issue 10; Documentation/Benchmarks.md).
#
# Usage: Benchmarks/compare-chinesecalendar.sh [LINES]     (default 1,000,000 dates)
#
# Both compute "the 4th working day strictly after D" (CM-WORKDAY-ADD) for every date D, one a line, dates spread
# over 2004-2026 (the years both have official data for). chinesecalendar has no such function of its own
# (find_workday counts from the next working day on or after D), so the Python side is the straightforward loop
# over is_workday() that a user would write. Python is used only here, never by the package.
# Needs python3; installs chinesecalendar with pip when it is missing (set NO_INSTALL=1 to refuse).
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! python3 -c "import chinese_calendar" 2>/dev/null; then
    if [[ "${NO_INSTALL:-0}" == 1 ]]; then
        echo "chinesecalendar is not installed: python3 -m pip install chinesecalendar" >&2
        exit 1
    fi
    echo "installing chinesecalendar with pip ..." >&2
    python3 -m pip install --quiet chinesecalendar >&2
fi

echo "building sscard (release) ..." >&2
swift build -c release --product sscard >&2
sscard="$(swift build -c release --show-bin-path)/sscard"

python3 - "$lines" "$work/dates.txt" <<'PY'
import datetime, sys
count, path = int(sys.argv[1]), sys.argv[2]
start, span = datetime.date(2004, 1, 1), (datetime.date(2026, 12, 20) - datetime.date(2004, 1, 1)).days
with open(path, "w") as out:
    for index in range(count):
        out.write((start + datetime.timedelta(days=(index * 7919) % span)).isoformat() + "\n")
PY

# CPU seconds (user + system) and wall seconds of one command, standard input and output redirected.
measure() {
    local input="$1" output="$2"
    shift 2
    python3 - "$input" "$output" "$@" <<'PY'
import resource, subprocess, sys, time
input_path, output_path, command = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(input_path, "rb") as stdin, open(output_path, "wb") as stdout:
    start = time.perf_counter()
    subprocess.run(command, stdin=stdin, stdout=stdout, check=True)
    wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{usage.ru_utime + usage.ru_stime:.3f} {wall:.3f}")
PY
}

read -r sscard_cpu sscard_wall < <(measure "$work/dates.txt" "$work/sscard.txt" "$sscard" workdays add 4)
cat >"$work/chinesecalendar.py" <<'PY'
import datetime, sys
from chinese_calendar import is_workday
one = datetime.timedelta(days=1)
out = []
for line in sys.stdin:
    date, counted = datetime.date.fromisoformat(line.strip()), 0
    while counted < 4:
        date += one
        if is_workday(date):
            counted += 1
    out.append(date.isoformat())
sys.stdout.write("\n".join(out) + "\n")
PY
read -r python_cpu python_wall < <(measure "$work/dates.txt" "$work/python.txt" python3 "$work/chinesecalendar.py")

version="$(python3 -c 'import importlib.metadata as m; print(m.version("chinesecalendar"))')"
if cmp -s "$work/sscard.txt" "$work/python.txt"; then agree="yes, every line"; else
    agree="NO: $(diff "$work/sscard.txt" "$work/python.txt" | grep -c "^<" || true) lines differ"
    diff "$work/sscard.txt" "$work/python.txt" | head -6 >&2 || true
fi
printf '%s dates, "the 4th working day after D", whole process, %s cores\n' "$lines" "$(nproc)"
printf '%-34s %10s %10s\n' "" "CPU s" "wall s"
printf '%-34s %10s %10s\n' "sscard workdays add 4 (release)" "$sscard_cpu" "$sscard_wall"
printf '%-34s %10s %10s\n' "chinesecalendar $version (Python)" "$python_cpu" "$python_wall"
python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'sscard is {b / a:.0f} times faster (CPU)' if a > 0 else '')" "$sscard_cpu" "$python_cpu"
printf 'same answers: %s\n' "$agree"
