#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: CHROME_PATH if set, else Debian's /usr/bin/chromium,
# installed with apt-get when missing (the machines here are Debian and tests run as root).
# Nothing is downloaded from anywhere but Debian's package archive.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: install Chromium or set CHROME_PATH to a Chrome/Chromium binary" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium for the browser tests..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
