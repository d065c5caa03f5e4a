/** The `utterson new --blank` skeleton: configuration, one layout, one page, one stylesheet, empty folders. */

export const BLANK_CONFIG = `url: "" # the address of the published site, e.g. https://example.com
baseurl: "" # the sub-path it lives under, e.g. /blog
title: "" # the name of the site
`

export const BLANK_LAYOUT = `<!DOCTYPE html>
<html lang="{{ site.lang | default: "en" }}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{ page.title | default: site.title | escape }}</title>
    <link rel="stylesheet" href="{{ "/assets/css/main.css" | relative_url }}">
  </head>
  <body>
    {{ content }}
  </body>
</html>
`

export const BLANK_INDEX = `---
layout: default
title: "It works"
---

## Your site is ready

Add pages next to this one, posts in \`_posts/\`, layouts in \`_layouts/\`.
`

export const BLANK_STYLESHEET = `body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 17px/1.6 system-ui, sans-serif; }
`

/** Folders the blank site starts with (empty). */
export const BLANK_FOLDERS = ['_data', '_drafts', '_includes', '_posts']
