#!/usr/bin/env bash
# kmportal as an operator installs it, outside any checkout: build the sdist, the
# wheel from that sdist, install the wheel (not editable) into a fresh venv,
# ingest a two-section Thai Act, start `kmportal serve` and fetch /, /docs and a
# search page — each must answer 200 with the Thai UI. .ci/run runs this after
# the test suite. Prints what it checked; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/kmportal-wheel.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
say() { echo "check_wheel: $*"; }

# 1. sdist, then the wheel built from the unpacked sdist: what the sdist lacks,
#    the wheel lacks too.
"$root/.venv/bin/python" - "$work/sdist" <<'PY'
import sys
from setuptools import build_meta
print(build_meta.build_sdist(sys.argv[1]))
PY
mkdir "$work/src"
tar -xzf "$work"/sdist/kmportal-*.tar.gz -C "$work/src"
"$root/.venv/bin/python" -m pip wheel --quiet --disable-pip-version-check --no-deps \
    --no-build-isolation --wheel-dir "$work/dist" "$work"/src/kmportal-*/
wheel="$(ls "$work"/dist/kmportal-*.whl)"
say "built $(basename "$wheel")"

# 2. A fresh venv: the CPU torch wheel first (as scripts/install.sh does), then
#    the wheel with the sentence-transformers extra, exactly as the README installs.
"${PYTHON:-python3}" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check)
links=()
[ -d /opt/wheels ] && links=(--find-links /opt/wheels)
"${pip[@]}" "${links[@]}" "torch==2.13.0"
"${pip[@]}" "${links[@]}" "${wheel}[st]"

# 3. Everything from now on runs in the work folder with no KMPORTAL_* setting
#    of the caller's, so nothing can come from the checkout.
cd "$work"
while IFS='=' read -r name _; do
    case "$name" in KMPORTAL_*) unset "$name" ;; esac
done < <(env)
where="$("$work/venv/bin/python" -c 'import kmportal, sys; print(kmportal.__file__)')"
case "$where" in
    "$work/venv/"*) say "kmportal imported from $where" ;;
    *) say "kmportal imported from $where, not from the fresh venv" >&2; exit 1 ;;
esac

mkdir corpus
cat > corpus/pao-act.txt <<'TXT'
พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐

มาตรา ๔๕ องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดำเนินกิจการภายในเขตองค์การบริหารส่วนจังหวัดดังต่อไปนี้
(๑) ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย
(๘) จัดให้มีและบำรุงรักษาทางบกและทางน้ำ และการประปา

มาตรา ๔๖ ให้องค์การบริหารส่วนจังหวัดจัดทำแผนพัฒนาจังหวัด
TXT
"$work/venv/bin/kmportal" --data-dir data ingest corpus

port="$("$work/venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$work/venv/bin/kmportal" --data-dir data serve --port "$port" > serve.log 2>&1 &
server_pid=$!

# 4. Wait for the index, then fetch the three pages.
"$work/venv/bin/python" - "http://127.0.0.1:$port" "$server_pid" <<'PY' || { cat serve.log >&2; exit 1; }
import json
import os
import sys
import time
import urllib.parse
import urllib.request

base, pid = sys.argv[1], int(sys.argv[2])


def get(path: str) -> tuple[int, str]:
    with urllib.request.urlopen(base + path, timeout=30) as answer:
        return answer.status, answer.read().decode("utf-8")


deadline = time.monotonic() + 180
while True:
    os.kill(pid, 0)  # the server is still running
    try:
        status, body = get("/healthz")
        if json.loads(body).get("index_loaded"):
            break
    except OSError:
        pass
    if time.monotonic() > deadline:
        sys.exit("check_wheel: the index did not load within 180 s")
    time.sleep(0.5)

query = urllib.parse.quote("อบจ. ทำประปาได้ไหม")
checks = {
    "/": ['<html lang="th"', "ค้นหา"],
    "/docs": ['<html lang="th"', "พระราชบัญญัติองค์การบริหารส่วนจังหวัด"],
    f"/search?q={query}": ['<html lang="th"', "มาตรา ๔๕"],
}
for path, needles in checks.items():
    status, body = get(path)
    missing = [n for n in needles if n not in body]
    if status != 200 or missing:
        sys.exit(f"check_wheel: GET {path} answered {status}, missing {missing}")
    print(f"check_wheel: GET {urllib.parse.unquote(path)} -> {status}, Thai UI")
PY
say "the installed wheel serves the portal"
