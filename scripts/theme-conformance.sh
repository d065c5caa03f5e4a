#!/usr/bin/env bash
# theme-conformance.sh — builds a site that uses the minima theme (as `jekyll new` sets one up) with real
# Jekyll and with Utterson, and prints how many files are equivalent (CSS by effect, HTML normalized).
#
#   bash scripts/theme-conformance.sh            # uses the installed minima gem (Debian: jekyll-theme-minima)
#   KEEP=1 bash scripts/theme-conformance.sh     # keep the temporary folder with both outputs
#
# Needs Jekyll 4.3 and the minima gem (with jekyll-feed and jekyll-seo-tag); without them it says so and
# exits 0, since the minima gem is not part of the repository (the test suite uses test/sites/theme-local).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v jekyll >/dev/null 2>&1; then
  echo "theme-conformance: jekyll is not installed; nothing to compare"
  exit 0
fi
if ! JEKYLL_NO_BUNDLER_REQUIRE=true ruby -e 'Gem::Specification.find_by_name("minima")' >/dev/null 2>&1; then
  echo "theme-conformance: the minima gem is not installed (Debian: apt-get install jekyll-theme-minima); nothing to compare"
  exit 0
fi

work="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
src="$work/src"
mkdir -p "$src/_posts"

cat >"$src/_config.yml" <<'YAML'
title: Field Notes
email: notes@example.com
description: >-
  Short notes about walking, maps and the weather, written with the minima theme.
baseurl: ""
url: "https://notes.example.com"
twitter_username: fieldnotes
github_username: fieldnotes
timezone: UTC
theme: minima
plugins:
  - jekyll-feed
YAML

cat >"$src/index.md" <<'MD'
---
layout: home
---
MD

cat >"$src/about.md" <<'MD'
---
layout: page
title: About
permalink: /about/
---
These notes are kept by one walker. The theme is [minima](https://github.com/jekyll/minima).

* Maps
* Weather
* Boots
MD

cat >"$src/404.html" <<'HTML'
---
permalink: /404.html
layout: default
---
<div class="container">
  <h1>404</h1>
  <p><strong>Page not found</strong></p>
</div>
HTML

cat >"$src/_posts/2023-04-02-first-walk.md" <<'MD'
---
layout: post
title: "The first walk"
date: 2023-04-02 09:30:00 +0000
categories: walks
---
The first walk went along the river. Some **bold** words, some _emphasis_ and a [link](https://example.com).

```ruby
def distance(steps)
  steps * 0.75
end
```
MD

cat >"$src/_posts/2023-05-14-maps.md" <<'MD'
---
layout: post
title: "Reading maps"
categories: [maps, tips]
---
A list of things to check:

1. The scale
2. The contour lines
3. The date it was printed

> A map is not the territory.
MD

cat >"$src/_posts/2023-06-30-rain.md" <<'MD'
---
layout: post
title: "Rain, again"
---
It rained. {% highlight shell %}
ls -la ~/boots
{% endhighlight %}
MD

faketime_lib="$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1 || true)"
fake=()
[ -n "$faketime_lib" ] && fake=(LD_PRELOAD="$faketime_lib" FAKETIME="2024-01-01 00:00:00" FAKETIME_DONT_FAKE_MONOTONIC=1 NO_FAKE_STAT=1)

env "${fake[@]}" JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC JEKYLL_ENV=production \
  jekyll build --disable-disk-cache -s "$src" -d "$work/jekyll" >"$work/jekyll.log" 2>&1 \
  || { cat "$work/jekyll.log"; echo "theme-conformance: jekyll failed" >&2; exit 1; }

cd "$REPO_ROOT"
ours_rc=0
SOURCE_DATE_EPOCH=1704067200 TZ=UTC JEKYLL_ENV=production \
  node --import tsx src/cli/main.ts build -s "$src" -d "$work/utterson" >"$work/utterson.log" 2>&1 || ours_rc=$?
if [ "$ours_rc" -ne 0 ]; then
  cat "$work/utterson.log"
  echo "theme-conformance: utterson failed (exit $ours_rc)"
fi
mkdir -p "$work/utterson"

node --import tsx --input-type=module -e '
  import { diffSites } from "./src/compare/site-diff.ts"
  const [expected, actual] = process.argv.slice(1)
  const diffs = diffSites(expected, actual)
  const ok = diffs.filter((d) => d.status === "equivalent").length
  const total = diffs.filter((d) => d.status !== "extra").length
  for (const d of diffs) if (d.status !== "equivalent") console.log(`  ${d.status.padEnd(10)} ${d.file}${d.detail ? "\n    " + d.detail.replace(/\n/g, "\n    ") : ""}`)
  console.log(`minima: ${ok}/${total} files of the Jekyll build equivalent` + (total > ok || diffs.length > total ? ` (${diffs.length - total} extra)` : ""))
' "$work/jekyll" "$work/utterson"
[ -z "${KEEP:-}" ] || echo "outputs kept in $work"
