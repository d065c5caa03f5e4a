#!/usr/bin/env bash
# regenerate-goldens.sh — rebuild the expected output of every fixture site with REAL Jekyll.
#
#   bash test/sites/regenerate-goldens.sh            # all fixtures + the example blog
#   bash test/sites/regenerate-goldens.sh basics     # only the named fixture(s)
#
# For each test/sites/<name>/src it runs Jekyll 4.3.1 into test/sites/<name>/expected/
# (the old expected/ is removed first). The example blog at the repository root is copied
# (git-tracked and untracked-but-not-ignored files only, so no _site/ or node_modules/ leaks
# in) into a temporary directory and built into test/sites/example-blog/expected/.
#
# The build is made deterministic:
#   TZ=UTC JEKYLL_ENV=production, --disable-disk-cache, and libfaketime pinning the clock
#   (so site.time and "future post" decisions use 2024-01-01 00:00:00 UTC). Our tool is run
#   by the test harness with SOURCE_DATE_EPOCH=1704067200, the same instant.
# Jekyll's log of each build is saved as test/sites/<name>/jekyll.log (warnings included).
set -euo pipefail

SITES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SITES_DIR/../.." && pwd)"
JEKYLL_VERSION_WANTED="4.3.1"
FAKE_NOW="2024-01-01 00:00:00"

die() { echo "regenerate-goldens: $*" >&2; exit 1; }

command -v jekyll >/dev/null 2>&1 || die "jekyll not found on PATH (need Jekyll $JEKYLL_VERSION_WANTED; Debian: apt-get install -y jekyll)"
jekyll_version="$(JEKYLL_NO_BUNDLER_REQUIRE=true jekyll --version 2>/dev/null | awk '{print $2}')"
[ "$jekyll_version" = "$JEKYLL_VERSION_WANTED" ] || die "found jekyll '$jekyll_version', need $JEKYLL_VERSION_WANTED"

faketime_lib="$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1 || true)"
[ -n "$faketime_lib" ] || die "libfaketime not found (apt-get install -y faketime)"

# Runs real Jekyll on SRC into DEST with a pinned clock; the log goes to LOG.
run_jekyll() {
  local src="$1" dest="$2" log="$3"
  rm -rf "$dest"
  # A fixture with a vendored theme (src/_themes/NAME) gets it installed as a throwaway gem (theme-gem.sh),
  # next to src/ so that the paths in Sass source maps do not depend on a temporary folder's name.
  local gem_dir gem_env=() rc=0
  gem_dir="$(dirname "$src")/.theme-gems"
  rm -rf "$gem_dir"
  bash "$SITES_DIR/theme-gem.sh" "$src" "$gem_dir" || rc=$?
  [ "$rc" -le 1 ] || die "could not install the theme of $src as a gem"
  if [ "$rc" -eq 0 ]; then gem_env=(GEM_PATH="$gem_dir:$(gem env gempath)"); fi
  if ! env "${gem_env[@]}" JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC JEKYLL_ENV=production \
      LD_PRELOAD="$faketime_lib" FAKETIME="$FAKE_NOW" FAKETIME_DONT_FAKE_MONOTONIC=1 NO_FAKE_STAT=1 \
      jekyll build --disable-disk-cache --trace -s "$src" -d "$dest" >"$log.tmp" 2>&1; then
    cat "$log.tmp" >&2
    rm -f "$log.tmp"
    die "jekyll build failed for $src"
  fi
  # Keep only the lines that do not depend on the machine (paths, timings); strip colours.
  sed -e 's/\x1b\[[0-9;]*m//g' -e "s#$src#<src>#g; s#$dest#<dest>#g; s#$gem_dir#<gems>#g" \
      -e '/done in [0-9.]* seconds/d' "$log.tmp" >"$log"
  rm -f "$log.tmp"
  rm -rf "$gem_dir"
}

# Prints "<name>: N files, W warnings" and the warning lines.
summarize() {
  local name="$1" dest="$2" log="$3"
  local files warnings
  files="$(find "$dest" -type f | wc -l | tr -d ' ')"
  warnings="$(grep -ciE 'warn|skipping|conflict|deprecat|error' "$log" || true)"
  printf '%-20s %4s files  %2s warning lines\n' "$name" "$files" "$warnings"
  grep -iE 'warn|skipping|conflict|deprecat|error' "$log" | sed 's/^/    /' || true
}

wanted=("$@")
is_wanted() {
  [ "${#wanted[@]}" -eq 0 ] && return 0
  local w; for w in "${wanted[@]}"; do [ "$w" = "$1" ] && return 0; done
  return 1
}

summary=()
built=0

# 1. Fixture sites.
for src in "$SITES_DIR"/*/src; do
  [ -d "$src" ] || continue
  name="$(basename "$(dirname "$src")")"
  [ "$name" = "example-blog" ] && continue
  is_wanted "$name" || continue
  [ -f "$src/_config.yml" ] || die "$src has no _config.yml"
  run_jekyll "$src" "$SITES_DIR/$name/expected" "$SITES_DIR/$name/jekyll.log"
  summary+=("$(summarize "$name" "$SITES_DIR/$name/expected" "$SITES_DIR/$name/jekyll.log")")
  built=$((built + 1))
done

# 2. The example blog at the repository root, from a clean copy.
if is_wanted example-blog; then
  command -v git >/dev/null 2>&1 || die "git not found (needed to list the example blog's files)"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/src"
  (cd "$REPO_ROOT" && git ls-files -z --cached --others --exclude-standard \
      | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
      | tar --null -T - -cf -) | tar -xf - -C "$tmp/src"
  mkdir -p "$SITES_DIR/example-blog"
  run_jekyll "$tmp/src" "$tmp/out" "$SITES_DIR/example-blog/jekyll.log"
  rm -rf "$SITES_DIR/example-blog/expected"
  cp -R "$tmp/out" "$SITES_DIR/example-blog/expected"
  summary+=("$(summarize example-blog "$SITES_DIR/example-blog/expected" "$SITES_DIR/example-blog/jekyll.log")")
  built=$((built + 1))
fi

[ "$built" -gt 0 ] || die "nothing built (unknown fixture name: ${wanted[*]})"

echo "Jekyll $jekyll_version, clock pinned at $FAKE_NOW UTC — $built site(s) rebuilt:"
printf '%s\n' "${summary[@]}"
