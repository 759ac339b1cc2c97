#!/usr/bin/env bash
# Installs kmportal into .venv from scratch. `--dev` adds the test tools and a
# headless Chromium (Debian package) for the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

[ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
pip=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)

# The CPU build of torch first: sentence-transformers would otherwise pull a
# multi-GB CUDA build. The wheel is served from the machine's find-links.
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    links=()
    [ -d /opt/wheels ] && links=(--find-links /opt/wheels)
    "${pip[@]}" "${links[@]}" "torch==2.13.0"
fi

if [ "$dev" = 1 ]; then
    "${pip[@]}" -e ".[st,dev]"
    # Chromium for the e2e tests; Thai fonts for its screenshots and for the
    # tests that render Gazette-style PDFs; PostgreSQL's binaries for the
    # tests that run the storage suite on a throwaway cluster (tests/helpers/pg.py;
    # no server is left running).
    if ! command -v chromium >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/tlwg ] \
        || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg postgresql >/dev/null
        else
            echo "install.sh: install Debian's chromium, fonts-thai-tlwg and postgresql packages for the tests" >&2
        fi
    fi
else
    "${pip[@]}" -e ".[st]"
fi
echo "kmportal installed in .venv"
