#!/usr/bin/env bash
# Records what real Jekyll 4.3.1 builds from the starter blog of `utterson new` (welcome post dated
# 2024-01-01 through SOURCE_DATE_EPOCH, Jekyll's clock pinned to the same instant with libfaketime)
# into test/cli/fixtures/starter-expected. Re-run it whenever src/scaffold changes.
#   bash test/cli/record-starter.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$REPO" && SOURCE_DATE_EPOCH=1704067200 TZ=UTC node --import tsx src/cli/main.ts new "$WORK/blog" -q)
faketime_lib="$(ls /usr/lib/*/faketime/libfaketime.so.1 | head -n 1)"
rm -rf "$HERE/fixtures/starter-expected"
JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC JEKYLL_ENV=production \
  LD_PRELOAD="$faketime_lib" FAKETIME="2024-01-01 00:00:00" FAKETIME_DONT_FAKE_MONOTONIC=1 NO_FAKE_STAT=1 \
  jekyll build --disable-disk-cache -s "$WORK/blog" -d "$HERE/fixtures/starter-expected"
