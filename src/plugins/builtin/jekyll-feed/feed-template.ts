/**
 * The Atom feed, as a Liquid template rendered like any page (`page.collection`, `page.category`,
 * `page.tags` and `page.xsl` say which feed). Written without whitespace between elements: jekyll-feed
 * prints its feed minified.
 */
const HEAD = [
  '<?xml version="1.0" encoding="utf-8"?>',
  `{% if page.xsl %}<?xml-stylesheet type="text/xml" href="{{ '/feed.xslt.xml' | absolute_url }}"?>{% endif %}`,
  '<feed xmlns="http://www.w3.org/2005/Atom" {% if site.lang %}xml:lang="{{ site.lang }}"{% endif %}>',
  '<generator uri="https://jekyllrb.com/" version="{{ jekyll.version }}">Jekyll</generator>',
  '<link href="{{ page.url | absolute_url }}" rel="self" type="application/atom+xml" />',
  `<link href="{{ '/' | absolute_url }}" rel="alternate" type="text/html" {% if site.lang %}hreflang="{{ site.lang }}" {% endif %}/>`,
  '<updated>{{ site.time | date_to_xmlschema }}</updated>',
  '<id>{{ page.url | absolute_url | xml_escape }}</id>',
]

/** "Site title | Collection | Category", smartified. */
const TITLE = [
  '{% assign feed_title = site.title | default: site.name %}',
  '{% if page.collection != "posts" %}{% assign feed_part = page.collection | capitalize %}',
  '{% assign feed_title = feed_title | append: " | " | append: feed_part %}{% endif %}',
  '{% if page.category %}{% assign feed_part = page.category | capitalize %}',
  '{% assign feed_title = feed_title | append: " | " | append: feed_part %}{% endif %}',
  '{% if feed_title %}<title type="html">{{ feed_title | smartify | xml_escape }}</title>{% endif %}',
  '{% if site.description %}<subtitle>{{ site.description | xml_escape }}</subtitle>{% endif %}',
  '{% if site.author %}<author><name>{{ site.author.name | default: site.author | xml_escape }}</name>',
  '{% if site.author.email %}<email>{{ site.author.email | xml_escape }}</email>{% endif %}',
  '{% if site.author.uri %}<uri>{{ site.author.uri | xml_escape }}</uri>{% endif %}</author>{% endif %}',
]

/** The posts of this feed: by tag, or the collection (optionally one category); no drafts unless shown. */
const SELECTION = [
  '{% if page.tags %}{% assign feed_posts = site.tags[page.tags] %}{% else %}{% assign feed_posts = site[page.collection] %}{% endif %}',
  '{% if page.category %}{% assign feed_posts = feed_posts | where: "categories", page.category %}{% endif %}',
  '{% unless site.show_drafts %}{% assign feed_posts = feed_posts | where_exp: "post", "post.draft != true" %}{% endunless %}',
  '{% assign feed_posts = feed_posts | sort: "date" | reverse %}',
  '{% assign feed_limit = site.feed.posts_limit | default: 10 %}',
]

const ENTRY = [
  '<entry{% if post.lang %} xml:lang="{{ post.lang }}"{% endif %}>',
  '{% assign entry_title = post.title | smartify | strip_html | normalize_whitespace | xml_escape %}',
  '<title type="html">{{ entry_title }}</title>',
  '<link href="{{ post.url | absolute_url }}" rel="alternate" type="text/html" title="{{ entry_title }}" />',
  '<published>{{ post.date | date_to_xmlschema }}</published>',
  '<updated>{{ post.last_modified_at | default: post.date | date_to_xmlschema }}</updated>',
  '<id>{{ post.id | absolute_url | xml_escape }}</id>',
  '{% assign entry_excerpt_only = post.feed.excerpt_only | default: site.feed.excerpt_only %}',
  '{% unless entry_excerpt_only %}<content type="html" xml:base="{{ post.url | absolute_url | xml_escape }}">',
  '<![CDATA[{{ post.content | strip }}]]></content>{% endunless %}',
  // The author: the post's, its first of `authors`, or the site's; a name is looked up in site.data.authors.
  '{% assign entry_author = post.author | default: post.authors[0] | default: site.author %}',
  '{% assign entry_author = site.data.authors[entry_author] | default: entry_author %}',
  '{% assign entry_author_email = entry_author.email | default: nil %}',
  '{% assign entry_author_uri = entry_author.uri | default: nil %}',
  '{% assign entry_author_name = entry_author.name | default: entry_author %}',
  '<author><name>{{ entry_author_name | default: "" | xml_escape }}</name>',
  '{% if entry_author_email %}<email>{{ entry_author_email | xml_escape }}</email>{% endif %}',
  '{% if entry_author_uri %}<uri>{{ entry_author_uri | xml_escape }}</uri>{% endif %}</author>',
  '{% if post.category %}<category term="{{ post.category | xml_escape }}" />',
  '{% elsif post.categories %}{% for entry_category in post.categories %}<category term="{{ entry_category | xml_escape }}" />{% endfor %}{% endif %}',
  '{% for entry_tag in post.tags %}<category term="{{ entry_tag | xml_escape }}" />{% endfor %}',
  '{% assign entry_summary = post.description | default: post.excerpt %}',
  '{% if entry_summary and entry_summary != empty %}<summary type="html"><![CDATA[{{ entry_summary | strip_html | normalize_whitespace }}]]></summary>{% endif %}',
  '{% assign entry_image = post.image.path | default: post.image %}',
  '{% if entry_image %}{% unless entry_image contains "://" %}{% assign entry_image = entry_image | absolute_url %}{% endunless %}',
  '<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{{ entry_image | xml_escape }}" />',
  '<media:content medium="image" url="{{ entry_image | xml_escape }}" xmlns:media="http://search.yahoo.com/mrss/" />{% endif %}',
  '</entry>',
]

export const FEED_TEMPLATE = [
  ...HEAD,
  ...TITLE,
  ...SELECTION,
  '{% for post in feed_posts limit: feed_limit %}',
  ...ENTRY,
  '{% endfor %}</feed>',
].join('')
