#!/usr/bin/env bash
# The test command (README): sets up what the tests need on a fresh machine, then runs them.
set -euo pipefail
cd "$(dirname "$0")/.."

# The store tests run against a real PostgreSQL: start the local one if it is installed and
# stopped. (OGOH_TEST_DATABASE_URL points them elsewhere.)
if [ -z "${OGOH_TEST_DATABASE_URL:-}" ] && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
fi

# Debian packages the tests use, installed if missing: Chromium and chromedriver for the browser
# test; Tesseract with the seven languages for reading photos; ImageMagick and the DejaVu fonts
# for the tests to draw their photos.
PACKAGES=(chromium chromium-driver tesseract-ocr tesseract-ocr-rus tesseract-ocr-uzb
  tesseract-ocr-uzb-cyrl tesseract-ocr-tgk tesseract-ocr-kir tesseract-ocr-kaz tesseract-ocr-eng
  imagemagick fonts-dejavu-core)
MISSING=()
for p in "${PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || MISSING+=("$p")
done
if [ "${#MISSING[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null
fi

cargo test --locked "$@"
