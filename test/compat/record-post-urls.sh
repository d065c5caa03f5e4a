#!/usr/bin/env bash
# Records the URL, id and output file of posts built by the real Jekyll on this
# machine, for several site `permalink` settings.
#
# Usage: bash test/compat/record-post-urls.sh > test/compat/post-urls.json
#
# Output: { recorded_with, posts: [{ file, front_matter }], builds: [{ permalink,
# results: [{ path, url, id }], files: [output files under _site] }] }.
# `front_matter` is the literal YAML written between the `---` lines.
set -euo pipefail

export JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
src="$work/src"
mkdir -p "$src/_posts/tech" "$src/blog/_posts"

# Each post: file name (relative to the site source) and front matter.
# Kept in a file so the JSON can list exactly what was built.
cat > "$work/posts.tsv" <<'TSV'
_posts/2024-03-05-hello-world.md	title: Hello World
_posts/2024-01-02-Hello-World!.md	title: Bang
_posts/2024-02-29-café-ünicode.md	categories: [Tech, misc]
_posts/2024-05-06-with-slug.md	slug: custom-slug
_posts/2024-06-07-permalinked.md	permalink: /custom/:title/
_posts/2024-07-08-categories-string.md	categories: a b c
_posts/2024-04-04-upper-cats.md	categories: [UPPER, Mixed Case]
_posts/2024-04-05-singular.md	category: single
_posts/2024-10-11-with.dots.in.name.md	title: Dots
_posts/2024-11-12-spaces in name.md	title: Spaces
_posts/2024-12-13-html-post.html	title: HTML post
_posts/2024-12-14-date-override.md	date: 2025-01-31 23:59:59 +0000
_posts/2024-01-03-noext.md	permalink: /noext
_posts/2024-02-01-c++-&-more.md	title: Symbols
_posts/2024-02-02-日本語.md	title: Japanese
_posts/2024-02-03-underscored_name.md	permalink: /:year/:month_:day/:title_:slug/
_posts/2024-02-04-hash#tag.md	title: Hash
_posts/2024-02-05-x.md	categories: ["c#", "a/b", ""]
_posts/tech/2024-09-10-subdir-in-posts.md	title: Subdir
blog/_posts/2024-08-09-nested.md	categories: extra
TSV

while IFS=$'\t' read -r file fm; do
  mkdir -p "$(dirname "$src/$file")"
  printf -- '---\n%s\n---\nBody of %s.\n' "$fm" "$file" > "$src/$file"
done < "$work/posts.tsv"

cat > "$src/urls.txt" <<'LIQUID'
---
layout: null
---
{% for p in site.posts %}{{ p.path }}|{{ p.url }}|{{ p.id }}
{% endfor %}
LIQUID

styles=(date pretty ordinal weekdate none "/:categories/:title/" "/blog/:year/:i_month/:title:output_ext" "/:slugified_categories/:title")
for i in "${!styles[@]}"; do
  printf 'permalink: "%s"\n' "${styles[$i]}" > "$src/_config.yml"
  out="$work/out$i"
  jekyll build --disable-disk-cache --quiet -s "$src" -d "$out" >&2
  printf '%s\n' "${styles[$i]}" > "$work/style$i"
  cp "$out/urls.txt" "$work/urls$i"
  (cd "$out" && find . -type f ! -name urls.txt | sed 's|^\.||' | LC_ALL=C sort) > "$work/files$i"
done

ruby -rjson -rjekyll - "$work" "${#styles[@]}" <<'RUBY'
work, count = ARGV[0], ARGV[1].to_i
posts = File.readlines(File.join(work, "posts.tsv"), chomp: true).map do |line|
  file, fm = line.split("\t", 2)
  { "file" => file, "front_matter" => fm }
end
builds = (0...count).map do |i|
  results = File.readlines(File.join(work, "urls#{i}"), chomp: true).reject(&:empty?).map do |line|
    path, url, id = line.split("|", 3)
    { "path" => path, "url" => url, "id" => id }
  end
  { "permalink" => File.read(File.join(work, "style#{i}")).chomp, "results" => results,
    "files" => File.readlines(File.join(work, "files#{i}"), chomp: true), }
end
puts JSON.pretty_generate(
  "recorded_with" => "Jekyll #{Jekyll::VERSION}, Ruby #{RUBY_VERSION}, TZ=UTC",
  "posts" => posts,
  "builds" => builds
)
RUBY
