/**
 * The Jekyll plugins Utterson builds in (GitHub Pages' set, issue 6). `doctor` reports any other name in
 * `plugins:` or in the Gemfile's `jekyll_plugins` group as a plugin Utterson does not implement.
 * Keep in step with the plugin registry in src/plugins.
 */
export const BUILT_IN_PLUGINS: ReadonlySet<string> = new Set([
  'jekyll-feed',
  'jekyll-seo-tag',
  'jekyll-sitemap',
  'jekyll-paginate',
  'jekyll-redirect-from',
  'jekyll-archives',
  'jekyll-relative-links',
  'jekyll-optional-front-matter',
  'jekyll-default-layout',
  'jekyll-titles-from-headings',
  'jekyll-include-cache',
  'jekyll-gist',
  'jekyll-avatar',
  'jekyll-mentions',
  'jemoji',
])
