/** The GitHub Pages plugins built into Utterson, by the name used in `plugins:`. */
import type { UttersonPlugin } from '../types.js'
import jekyllArchives from './jekyll-archives/index.js'
import jekyllAvatar from './jekyll-avatar/index.js'
import jekyllDefaultLayout from './jekyll-default-layout/index.js'
import jekyllFeed from './jekyll-feed/index.js'
import jekyllGist from './jekyll-gist/index.js'
import jekyllIncludeCache from './jekyll-include-cache/index.js'
import jekyllMentions from './jekyll-mentions/index.js'
import jekyllOptionalFrontMatter from './jekyll-optional-front-matter/index.js'
import jekyllPaginate from './jekyll-paginate/index.js'
import jekyllRedirectFrom from './jekyll-redirect-from/index.js'
import jekyllRelativeLinks from './jekyll-relative-links/index.js'
import jekyllSeoTag from './jekyll-seo-tag/index.js'
import jekyllSitemap from './jekyll-sitemap/index.js'
import jekyllTitlesFromHeadings from './jekyll-titles-from-headings/index.js'
import jemoji from './jemoji/index.js'

export const BUILTIN_PLUGINS: Readonly<Record<string, UttersonPlugin>> = {
  'jekyll-archives': jekyllArchives,
  'jekyll-avatar': jekyllAvatar,
  'jekyll-default-layout': jekyllDefaultLayout,
  'jekyll-feed': jekyllFeed,
  'jekyll-gist': jekyllGist,
  'jekyll-include-cache': jekyllIncludeCache,
  'jekyll-mentions': jekyllMentions,
  'jekyll-optional-front-matter': jekyllOptionalFrontMatter,
  'jekyll-paginate': jekyllPaginate,
  'jekyll-redirect-from': jekyllRedirectFrom,
  'jekyll-relative-links': jekyllRelativeLinks,
  'jekyll-seo-tag': jekyllSeoTag,
  'jekyll-sitemap': jekyllSitemap,
  'jekyll-titles-from-headings': jekyllTitlesFromHeadings,
  jemoji,
}

/** Gem names whose features are part of Utterson itself: listing them loads nothing and warns about nothing. */
export const CORE_FEATURES: ReadonlySet<string> = new Set(['jekyll', 'jekyll-sass-converter', 'jekyll-watch', 'kramdown', 'kramdown-parser-gfm'])
