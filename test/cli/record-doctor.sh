#!/usr/bin/env bash
# Records what real Jekyll 4.3.1's `jekyll doctor` prints for test/cli/fixtures/doctor-site and for the
# example blog at the repository root, colours stripped and the site's path written as <SOURCE>.
#   bash test/cli/record-doctor.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
record() {
  local src="$1" out="$2" rc=0
  (cd "$src" && JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC jekyll doctor >"$out.tmp" 2>&1) || rc=$?
  { echo "# exit status: $rc"; sed -e 's/\x1b\[[0-9;]*m//g' -e "s#$src#<SOURCE>#g" "$out.tmp"; } >"$out"
  rm -f "$out.tmp"
}
record "$HERE/fixtures/doctor-site" "$HERE/fixtures/doctor-site.jekyll.log"
rm -rf "$HERE/fixtures/doctor-site/.jekyll-cache"
record "$REPO" "$HERE/fixtures/example-blog-doctor.jekyll.log"
