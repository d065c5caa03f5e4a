/** Configuration, pages and the welcome post of the starter blog (`utterson new`). */

export const STARTER_CONFIG = `# Site settings. Edit them, then run \`npx utterson build\` (output in _site/)
# or \`npx utterson serve\` to preview while you write.
# This is Jekyll's _config.yml: Jekyll reads the same file.

title: My Blog
author: Your Name
description: >-
  Notes and stories, written in Markdown and built with Utterson,
  a Jekyll-compatible static site generator for Node.js.
url: "https://example.com" # the address of the published site, without a trailing slash
baseurl: "" # the sub-path it lives under, e.g. /blog for https://example.com/blog
lang: en

# Posts write {{ site.img_path }}/file.png so images can move without editing every post.
img_path: /assets/img
date_format: "%b %-d, %Y"
permalink: date
markdown: kramdown

exclude:
  - package.json
  - package-lock.json
  - README.md
`

export const STARTER_INDEX = `---
layout: home
list_title: Latest posts
---
Welcome! This home page lists every post in \`_posts/\`, newest first.
Edit \`index.md\` to change this text.
`

export const STARTER_ABOUT = `---
layout: page
title: About
permalink: /about/
---
This blog is built with [Utterson](https://www.npmjs.com/package/utterson), which reads a
[Jekyll](https://jekyllrb.com/) site and writes the same static HTML, without Ruby.

Write about yourself here. The page's address comes from \`permalink\` in its front matter.
`

export const STARTER_404 = `---
permalink: /404.html
layout: default
---
<div class="not-found">
  <h1>404</h1>
  <p><strong>Page not found.</strong></p>
  <p>The page you asked for is not here. <a href="{{ "/" | relative_url }}">Back to the home page</a>.</p>
</div>
`

export const STARTER_GITIGNORE = `_site/
.jekyll-cache/
.jekyll-metadata
.sass-cache/
node_modules/
`

/** The welcome post; `date` is the Ruby-style time printed in its front matter. */
export function welcomePost(date: string): string {
  return `---
layout: post
title: "Welcome to your Utterson blog"
date: ${date}
categories: [notes]
tags: [getting-started, markdown]
---
This is your first post. It lives in \`_posts/\`, and its file name starts with its date:
\`YYYY-MM-DD-title.md\`. Change this text, save, and build again to see the result.

## How a page is made

Utterson reads your posts, pages and layouts, renders them, and writes plain HTML into \`_site/\`,
ready for any static host:

![Posts and layouts go into Utterson, a finished site comes out]({{ site.img_path }}/welcome/pipeline.png)

Each post is placed inside its layout (\`post.html\` here), which is itself placed inside
\`default.html\`:

![The post inside the post layout inside the default layout]({{ site.img_path }}/welcome/layers.png)

Images live under \`assets/img\` and posts refer to them through \`site.img_path\`, set in
\`_config.yml\`, so the folder can move without editing every post.

## Writing

Posts are [kramdown](https://kramdown.gettalong.org/)-flavoured Markdown, as in Jekyll:

| You write        | You get               |
| ---------------- | --------------------- |
| \`*emphasis*\`     | *emphasis*            |
| \`**strong**\`     | **strong**            |
| \`[a link](/)\`    | [a link]({{ "/" | relative_url }}) |

Code blocks are highlighted with Rouge's classes, so Jekyll themes style them:

\`\`\`js
// Count the words of a post
const words = (text) => text.split(' ').filter(Boolean).length
console.log(words('Hello from Utterson'))
\`\`\`

Liquid works too: this site is called **{{ site.title }}** and this post has
{{ page.content | number_of_words }} words.

## Next steps

- \`npx utterson serve\` previews the site at http://localhost:4000 while you write.
- \`npx utterson build\` writes the site into \`_site/\`; publish that folder.
- \`npx utterson doctor\` checks the site for common problems.
`
}
