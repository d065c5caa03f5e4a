#!/usr/bin/env bash
# Records the "Site Render Stats" table of real Jekyll 4.3.1's `jekyll build --profile` for the basics fixture
# (clock pinned to 2024-01-01 like the goldens); the profile test compares file names and counts with ours.
#   bash test/cli/record-profile.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$HERE/../sites/basics/src"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
faketime_lib="$(ls /usr/lib/*/faketime/libfaketime.so.1 | head -n 1)"
JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC JEKYLL_ENV=production \
  LD_PRELOAD="$faketime_lib" FAKETIME="2024-01-01 00:00:00" FAKETIME_DONT_FAKE_MONOTONIC=1 NO_FAKE_STAT=1 \
  jekyll build --disable-disk-cache --profile -s "$SRC" -d "$OUT/site" 2>&1 |
  sed -e 's/\x1b\[[0-9;]*m//g' -e "s#$OUT#<OUT>#g" -e "s#$(cd "$SRC" && pwd)#<SOURCE>#g" >"$HERE/fixtures/basics-profile.jekyll.log"
