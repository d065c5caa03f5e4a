#!/usr/bin/env bash
# Records real Jekyll 4.3.1's output for test/cli/fixtures/compare-site/src into .../compare-site/expected
# (the `doctor --compare` tests compare Utterson's build of the same source with it).
#   bash test/cli/record-compare.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SITE="$HERE/fixtures/compare-site"
rm -rf "$SITE/expected"
JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC JEKYLL_ENV=production \
  jekyll build --disable-disk-cache -s "$SITE/src" -d "$SITE/expected"
