#!/usr/bin/env bash
# theme-gem.sh SRC GEM_DIR — installs a fixture's vendored theme as a throwaway Ruby gem for real Jekyll.
#
# Jekyll finds `theme: NAME` only as an installed gem (Gem::Specification.find_by_name). Utterson also reads
# themes from a local folder, so theme fixtures keep theirs in SRC/_themes/NAME (ignored by Jekyll's reader:
# the name starts with `_`), with a NAME.gemspec. This script copies that folder to GEM_DIR/gems/NAME-VERSION
# and the gemspec to GEM_DIR/specifications/NAME-VERSION.gemspec: with GEM_PATH=GEM_DIR:<the usual gem path>
# Jekyll then resolves the theme exactly as if it had been installed with `gem install`.
#
# Exits 0 when it installed a theme, 1 when SRC has no vendored theme (nothing to do).
set -euo pipefail

src="$1"
gem_dir="$2"

name="$(sed -n 's/^theme:[[:space:]]*["'\'']\{0,1\}\([^"'\''[:space:]#]*\).*$/\1/p' "$src/_config.yml" | head -n 1)"
[ -n "$name" ] || exit 1
theme="$src/_themes/$name"
[ -d "$theme" ] || exit 1
spec="$theme/$name.gemspec"
[ -f "$spec" ] || { echo "theme-gem: $spec is missing" >&2; exit 2; }
version="$(sed -n 's/^[[:space:]]*[a-z]*\.version[[:space:]]*=[[:space:]]*["'\'']\([^"'\'']*\)["'\''].*$/\1/p' "$spec" | head -n 1)"
[ -n "$version" ] || { echo "theme-gem: no version in $spec" >&2; exit 2; }

mkdir -p "$gem_dir/gems" "$gem_dir/specifications"
rm -rf "$gem_dir/gems/$name-$version"
cp -R "$theme" "$gem_dir/gems/$name-$version"
cp "$spec" "$gem_dir/specifications/$name-$version.gemspec"
