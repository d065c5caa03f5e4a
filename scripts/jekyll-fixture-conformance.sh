#!/usr/bin/env bash
# jekyll-fixture-conformance.sh — builds Jekyll's own fixture site (test/source of jekyll/jekyll v4.3.1)
# with real Jekyll 4.3.1 and with Utterson, compares the two outputs page by page and prints N/M equivalent.
#
#   bash scripts/jekyll-fixture-conformance.sh PATH [--keep] [--min PERCENT]
#
# PATH is any of: a checkout of jekyll/jekyll (containing test/source), the test/source folder itself, or
# a git directory of the jekyll repository (test/source is then taken from tag v4.3.1 with `git archive`).
# Nothing is fetched and nothing from Jekyll is kept in this repository: the site is copied to a
# temporary folder, built twice, compared, and removed (--keep leaves it and prints where).
#
# The build is the one Jekyll's test suite uses for its collection tests: a _config.yml written here turns
# on the fixture's collections (methods slides tutorials thanksgiving roles with.dots dates encodings, each
# with `output: true`) and sets `timezone: UTC`. Both builds run with TZ=UTC and the clock at
# 2024-01-01 00:00:00 UTC (libfaketime for Jekyll when installed, SOURCE_DATE_EPOCH for Utterson).
#
# The fixture's `_plugins/*.rb` are Ruby: dummy.rb is a generator that does nothing and custom_block.rb
# registers two Liquid tags, `do_nothing` (a plain Liquid::Block: renders its body) and `do_nothing_other`
# (a plain Liquid::Tag: renders nothing). Utterson's copy of the site gets the same two tags as a
# JavaScript plugin written below; the .rb files stay (Utterson reports and skips them).
#
# Files left out of the count: `*.css.map` (source maps name the Sass implementation's internals).
# Exit status: 0 when at least --min percent (default 95) of the counted files are equivalent.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FAKE_NOW="2024-01-01 00:00:00"
EPOCH=1704067200
TAG=v4.3.1

die() { echo "jekyll-fixture-conformance: $*" >&2; exit 2; }

input=""
keep=0
min=95
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1 ;;
    --min) shift; min="${1:?--min needs a number}" ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) [ -z "$input" ] || die "one PATH only"; input="$1" ;;
  esac
  shift
done
[ -n "$input" ] || die "usage: $0 PATH_TO_JEKYLL_CHECKOUT [--keep] [--min PERCENT]"
command -v jekyll >/dev/null 2>&1 || die "jekyll not found on PATH (need Jekyll 4.3.1; Debian: apt-get install -y jekyll)"
version="$(JEKYLL_NO_BUNDLER_REQUIRE=true jekyll --version 2>/dev/null | awk '{print $2}')"
[ "$version" = "4.3.1" ] || die "found jekyll '$version', need 4.3.1"

work="$(mktemp -d)"
if [ "$keep" -eq 0 ]; then trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work/jekyll-src"

# 1. A copy of test/source (symbolic links and modification times kept).
if [ -d "$input/test/source/_posts" ]; then
  cp -a "$input/test/source/." "$work/jekyll-src/"
elif [ -d "$input/_posts" ] && [ -d "$input/_methods" ]; then
  cp -a "$input/." "$work/jekyll-src/"
elif git --git-dir="$input" rev-parse --verify -q "$TAG^{commit}" >/dev/null 2>&1; then
  mkdir -p "$work/archive"
  git --git-dir="$input" archive "$TAG" test/source | tar -x -C "$work/archive" -f -
  rmdir "$work/jekyll-src"
  mv "$work/archive/test/source" "$work/jekyll-src"
else
  die "$input is neither a jekyll checkout, its test/source folder, nor a git directory with tag $TAG"
fi
[ -d "$work/jekyll-src/_posts" ] || die "no test/source found in $input"

cat > "$work/jekyll-src/_config.yml" <<'YAML'
collections:
  methods: { output: true }
  slides: { output: true }
  tutorials: { output: true }
  thanksgiving: { output: true }
  roles: { output: true }
  with.dots: { output: true }
  dates: { output: true }
  encodings: { output: true }
timezone: UTC
YAML

# 2. Utterson's copy: the same files plus the two Liquid tags of custom_block.rb, in JavaScript.
cp -a "$work/jekyll-src" "$work/utterson-src"
cat > "$work/utterson-src/_plugins/custom_block.mjs" <<'JS'
// Stand-in for custom_block.rb: `do_nothing` renders its body, `do_nothing_other` renders nothing.
export default {
  name: 'custom_block',
  setup(api) {
    api.addLiquidTag('do_nothing', {
      parse(token, remain) {
        this.body = []
        const stream = this.liquid.parser.parseStream(remain)
        stream
          .on('tag:enddo_nothing', () => stream.stop())
          .on('template', (template) => this.body.push(template))
          .on('end', () => { throw new Error(`tag ${token.getText()} not closed`) })
        stream.start()
      },
      * render(ctx, emitter) {
        yield this.liquid.renderer.renderTemplates(this.body, ctx, emitter)
      },
    })
    api.addTag('do_nothing_other', { render: () => '' })
  },
}
JS

# 3. Real Jekyll.
faketime_lib="$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1 || true)"
faketime_env=()
if [ -n "$faketime_lib" ]; then
  faketime_env=(LD_PRELOAD="$faketime_lib" FAKETIME="$FAKE_NOW" FAKETIME_DONT_FAKE_MONOTONIC=1 NO_FAKE_STAT=1)
else
  echo "jekyll-fixture-conformance: libfaketime not found; Jekyll's clock is not pinned (pages showing site.time may differ)" >&2
fi
if ! env JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC JEKYLL_ENV=development "${faketime_env[@]}" \
    jekyll build --disable-disk-cache -s "$work/jekyll-src" -d "$work/jekyll-out" >"$work/jekyll.log" 2>&1; then
  cat "$work/jekyll.log" >&2
  die "jekyll build failed"
fi

# 4. Utterson (from this checkout's sources).
status=0
(cd "$REPO_ROOT" && env TZ=UTC JEKYLL_ENV=development SOURCE_DATE_EPOCH="$EPOCH" \
  node --import tsx src/cli/main.ts build -s "$work/utterson-src" -d "$work/utterson-out") >"$work/utterson.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  cat "$work/utterson.log" >&2
  echo "jekyll-fixture-conformance: utterson build failed (exit $status); every file counts as missing" >&2
  mkdir -p "$work/utterson-out"
fi

# 5. Compare.
(cd "$REPO_ROOT" && node --import tsx scripts/jekyll-fixture-compare.ts "$work/jekyll-out" "$work/utterson-out" --min "$min") || status=$?
[ "$keep" -eq 1 ] && echo "kept: $work (jekyll-src, utterson-src, jekyll-out, utterson-out, *.log)"
exit "$status"
