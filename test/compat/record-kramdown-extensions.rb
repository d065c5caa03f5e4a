# frozen_string_literal: true
#
# Records Jekyll 4.3.1's kramdown HTML for the kramdown-extension test inputs
# (header ids, IALs/ALDs, TOC, typography, footnotes, definition lists,
# abbreviations, math, task lists, markdown="1" HTML, {::extensions}).
#
# Conversion goes through Jekyll's own converter
# (Jekyll::Converters::Markdown::KramdownParser), so the option set is
# exactly Jekyll's: Configuration::DEFAULTS["kramdown"] deep-merged with the
# case's "kramdown" overrides (as a site's _config.yml would be).
#
# Output: test/compat/kramdown-extensions.json
#         [{"name", "plugin", "markdown", "kramdown" (overrides), "site" (other _config.yml keys), "html"}]
# Run:    JEKYLL_NO_BUNDLER_REQUIRE=true ruby test/compat/record-kramdown-extensions.rb
require 'json'
require 'jekyll'

# [plugin, name, markdown, kramdown overrides (optional)]
CASES = [
  # --- header ids -----------------------------------------------------------
  ['header-ids', 'gfm basic and duplicates', "# Hello World\n\n## Hello World\n\n### Hello World\n"],
  ['header-ids', 'gfm unicode', "### 中文标题\n\n#### Ünïcödé & Punctuation: \"quotes\"?!\n"],
  ['header-ids', 'gfm digits and dashes', "##### 123 Numbers first\n\n###### C++ / C# -- dash_under\n"],
  ['header-ids', 'gfm code, emphasis, link', "# `code` in *heading* [link](x)\n"],
  ['header-ids', 'gfm emoji shortcode', "# :smile: emoji\n"],
  ['header-ids', 'explicit id wins', "## Heading with &amp; entity {#custom-id}\n"],
  ['header-ids', 'explicit id with closing hashes', "## Foo ## {#bar}\n\n## Baz {#q} ##\n"],
  ['header-ids', 'setext headers', "Setext One\n==========\n\nSetext Two {#two}\n----------\n"],
  ['header-ids', 'empty header is a paragraph', "#\n"],
  ['header-ids', 'apostrophe and quotes', "## Don't \"stop\" -- it's 'fine'...\n"],
  ['header-ids', 'image and html in header', "## Logo ![alt text](a.png) <span>inner</span> end\n"],
  ['header-ids', 'tabs and spaces', "# a  b\tc\n"],
  ['header-ids', 'punctuation only', "# !!!\n\n# ???\n"],
  ['header-ids', 'auto_ids false', "# One\n\n## Two {#two}\n", { 'auto_ids' => false }],
  ['header-ids', 'auto_id_prefix', "# One\n\n# One\n", { 'auto_id_prefix' => 'id-' }],
  ['header-ids', 'kramdown input basic ids',
   "# 中文标题\n\n# Ünïcödé & Punctuation: \"quotes\"?!\n\n# 123 Numbers first\n\n# C++ / C# -- dash_under\n\n# 2024\n\n# 2025\n",
   { 'input' => 'kramdown' }],
  ['header-ids', 'kramdown input code and dupes', "# `code` in *heading*\n\n# Hello\n\n# Hello\n", { 'input' => 'kramdown' }],
  ['header-ids', 'header id does not count toward duplicates', "# Intro {#intro}\n\n# Intro\n\n# Intro\n"],
  # --- attributes (IAL / ALD) ----------------------------------------------
  ['attributes', 'ial after paragraph', "Text\n{: .note}\n"],
  ['attributes', 'ial before paragraph', "{: .pre}\nPara\n"],
  ['attributes', 'ial before paragraph across blank line', "{: .blank}\n\nAfter blank\n"],
  ['attributes', 'ial between blank lines goes to next block', "* a\n* b\n\n{: .x}\n\n```sh\nls\n```\n\npara\n\n{: .y}\n\npara2\n"],
  ['attributes', 'ial after list', "* item\n{: .li}\n"],
  ['attributes', 'ial after heading', "# A\n{: #y .c}\n"],
  ['attributes', 'ial id and key values', "Para\n{: #pid data-x=\"1\" title='t'}\n"],
  ['attributes', 'ial after blockquote', "> quote\n{: .bq}\n"],
  ['attributes', 'ial after fenced code', "```sh\nls\n```\n{: .note #x}\n"],
  ['attributes', 'ial before and after fenced code', "{: .before}\n```ruby\nx = 1\n```\n{: .after}\n"],
  ['attributes', 'ial merges classes', "Para\n{: .a}\n{: .b}\n"],
  ['attributes', 'ald referenced', "{:ref: .r1 data-x=\"1\"}\n\nP\n{: ref .c2}\n"],
  ['attributes', 'ald defined after use', "P\n{: later}\n\n{:later: .late}\n"],
  ['attributes', 'span ial on emphasis and link', "*x*{: .span} and [l](u){: title=\"t\"}\n"],
  ['attributes', 'span ial on code span', "Use `x`{: .language-ruby} here\n"],
  ['attributes', 'span ial on image', "![a](b.png){: width=\"50\" .img}\n"],
  ['attributes', 'span ial after text is literal', "plain {: .x} text\n"],
  ['attributes', 'ial on table', "| a | b |\n|---|---|\n| 1 | 2 |\n{: .tbl}\n"],
  ['attributes', 'ial on horizontal rule', "***\n{: .rule}\n"],
  ['attributes', 'ial on list item paragraph', "* item\n\n  para\n  {: .inner}\n"],
  ['attributes', 'ial on header overrides auto id', "## Title\n{: #other}\n"],
  ['attributes', 'ial class on header keeps auto id', "## Title\n{: .cls}\n"],
  # --- toc ------------------------------------------------------------------
  ['toc', 'toc unordered', "* TOC\n{:toc}\n\n# One\n\n## Two\n\n## Three\n\n# Four\n"],
  ['toc', 'toc ordered with no_toc', "# Title\n{: .no_toc}\n\n1. TOC\n{:toc}\n\n## A *em* [link](x)[^1]\n\n### B `code`\n\n# C\n\n#### D\n\n[^1]: note\n"],
  ['toc', 'toc levels', "* TOC\n{:toc}\n\n# One\n## Two\n## Three\n", { 'toc_levels' => '2..3' }],
  ['toc', 'toc with no headers', "* x\n{:toc}\n\nno headers\n"],
  ['toc', 'only first toc list is replaced', "* a\n{:toc}\n\n# H\n\n* b\n{:toc}\n"],
  ['toc', 'toc with own id and class', "* TOC\n{:toc #mytoc .side}\n\n# H\n"],
  ['toc', 'toc without auto ids lists explicit ids only', "* TOC\n{:toc}\n\n# One {#one}\n\n# Two\n", { 'auto_ids' => false }],
  ['toc', 'toc level jumps', "* TOC\n{:toc}\n\n### Deep\n\n# Top\n\n### Deep again\n"],
  # --- typography -----------------------------------------------------------
  ['typography', 'dashes and ellipsis', "a -- b --- c... d\n"],
  ['typography', 'guillemets', "a << b >> c <<d>>\n"],
  ['typography', 'no (c) replacements', "Wait.. (c) (r) (tm) +- a >> b\n"],
  ['typography', 'double and single quotes', "He said \"hello\" and 'bye'.\n"],
  ['typography', 'apostrophes', "Don't stop, it's the '90s and rock 'n' roll.\n"],
  ['typography', 'quotes around emphasis', "\"*emph*\" and '**strong**'\n"],
  ['typography', 'quotes and punctuation', "\"Hello,\" she said. \"Why?\"\n"],
  ['typography', 'quotes in code untouched', "`\"raw\"` and \"smart\"\n"],
  ['typography', 'escaped quotes', "\\\"not smart\\\" but \"smart\"\n"],
  ['typography', 'nested quotes', "\"She said 'hi' to me\"\n"],
  ['typography', 'quote at line start', "first\n\"second\" line\n"],
  ['typography', 'smart_quotes option', "\"q\" 'a'\n", { 'smart_quotes' => 'apos,apos,quot,quot' }],
  ['typography', 'entities', "&copy; &amp; &lt; &gt; &quot; &#x41; &#65; &nbsp;x\n"],
  ['typography', 'dashes in links and emphasis', "*a--b* [c---d](e)\n"],
  ['typography', 'quote after link', "[link](x)'s \"[quoted](y)\"\n"],
  # --- footnotes ------------------------------------------------------------
  ['footnotes', 'basic footnote', "Text[^1]\n\n[^1]: Note\n"],
  ['footnotes', 'named and repeated', "A[^n] b[^1] c[^n] d[^n] e[^missing]\n\n[^1]: one\n[^n]: named\n\n    second para\n\n[^unused]: x\n"],
  ['footnotes', 'footnote_nr and backlink text', "A[^1]\n\n[^1]: x\n", { 'footnote_nr' => 5, 'footnote_backlink' => 'back' }],
  ['footnotes', 'empty backlink', "A[^1]\n\n[^1]: x\n", { 'footnote_backlink' => '' }],
  ['footnotes', 'footnote ending in code block', "A[^1]\n\n[^1]:\n    ```\n    code\n    ```\n"],
  ['footnotes', 'footnote with inline markup', "A[^a] and B[^b].\n\n[^a]: *emph* and `code`\n[^b]: [link](http://x.y)\n"],
  ['footnotes', 'footnote reference in list', "* item[^1]\n* other\n\n[^1]: in list\n"],
  ['footnotes', 'definition before reference', "[^first]: defined first\n\nThen used[^first].\n"],
  # --- definition lists -----------------------------------------------------
  ['definition-lists', 'tight definitions', "Term\n: Def one\n: Def two\n"],
  ['definition-lists', 'multiple terms and loose def', "Term A\nTerm B\n\n: Loose def\n"],
  ['definition-lists', 'inline markup in term', "*Term*\n: `code` def\n"],
  ['definition-lists', 'two groups', "Apple\n: A fruit\n\nOrange\n: Another fruit\n"],
  # --- abbreviations --------------------------------------------------------
  ['abbreviations', 'basic abbreviations', "*[HTML]: Hyper Text Markup Language\n*[W3C]:  World Wide Web Consortium\n\nThe HTML spec by W3C. HTMLX no.\n"],
  ['abbreviations', 'abbreviation defined after use', "Use CSS here.\n\n*[CSS]: Cascading Style Sheets\n"],
  ['abbreviations', 'abbreviation in emphasis and list', "* *HTML* rocks\n\n*[HTML]: Hyper Text\n"],
  ['abbreviations', 'empty abbreviation title', "See ABC.\n\n*[ABC]:\n"],
  # --- math -----------------------------------------------------------------
  ['math', 'block math one line', "$$x^2$$\n"],
  ['math', 'block math multi line', "$$\na+b\n$$\n"],
  ['math', 'inline math', "Inline $$y_1$$ math and \\$ dollars $5.\n"],
  ['math', 'math with html chars', "$$a<b & c>d$$\n\nand $$x<y$$ inline\n"],
  # --- task lists -----------------------------------------------------------
  ['task-lists', 'unordered task list', "- [ ] todo\n- [x] done\n- plain\n"],
  ['task-lists', 'ordered upper X', "1. [X] ordered\n"],
  ['task-lists', 'plain item before task item', "- plain\n- [ ] task\n"],
  ['task-lists', 'not a task', "- [ ]\n- [y] no\n"],
  # --- extensions -----------------------------------------------------------
  ['extensions', 'block comment', "{::comment}\nhidden\n{:/comment}\n\nafter\n"],
  ['extensions', 'span comment and nomarkdown', "A {::comment}x{:/comment} b {::nomarkdown}<b>raw</b>{:/nomarkdown} c\n"],
  ['extensions', 'block nomarkdown', "{::nomarkdown}\n<div>*raw*</div>\n{:/nomarkdown}\n"],
  ['extensions', 'options auto_ids', "{::options auto_ids=\"false\" /}\n\n# No id\n"],
  ['extensions', 'short stop tag', "{::comment}\nhidden\n{:/}\n\nvisible\n"],
  # --- markdown="1" HTML -----------------------------------------------------
  ['html-markdown', 'div markdown 1', "<div markdown=\"1\">\n*emph*\n</div>\n"],
  ['html-markdown', 'plain div left raw', "<div>\n*not*\n</div>\n"],
  ['html-markdown', 'section with header', "<section markdown=\"1\">\n# H in sec\n\npara\n</section>\n"],
  ['html-markdown', 'span markdown 1', "<span markdown=\"1\">*s*</span>\n"],
  ['html-markdown', 'markdown block attribute', "<div markdown=\"block\" class=\"x\">\nText *a*\n</div>\n"],
  ['html-markdown', 'parse_block_html', "<div>\n*yes*\n</div>\n", { 'parse_block_html' => true }],
  # --- kramdown's own input syntax ---------------------------------------------------
  ['kramdown-input', 'atx without space, paragraphs not interrupted',
   "#No space\n\nA paragraph\n# not a header\n* nor a list\n> nor a quote\n", { 'input' => 'kramdown' }],
  ['kramdown-input', 'tilde fences only', "~~~ ruby\nputs 1\n~~~\n\n```ruby\nnot code\n```\n", { 'input' => 'kramdown' }],
  ['kramdown-input', 'no strikethrough, fewer escapes, line breaks',
   "~~no~~ \\~ \\| a\\\nb  \nc\\\\\nd\n", { 'input' => 'kramdown' }],
  ['kramdown-input', 'no task lists', "- [ ] open\n- [x] done\n", { 'input' => 'kramdown' }],
  # --- GFM options ----------------------------------------------------------------
  ['gfm', 'hard_wrap', "a\nb\nc\\\nd\n", { 'hard_wrap' => true }],
  ['gfm', 'paragraph_end quirk off', "para\n# not a header\n* nor a list\n", { 'gfm_quirks' => [] }],
  # --- highlighting options --------------------------------------------------------
  ['highlighter', 'no highlighter', "```ruby\nputs 1\n```\n\n    indented\n\n`span`{: .language-ruby} `plain`\n",
   {}, { 'highlighter' => 'none' }],
  ['highlighter', 'block line numbers',
   "```ruby\ndef a\n  1\nend\n```\n", { 'syntax_highlighter_opts' => { 'block' => { 'line_numbers' => true, 'start_line' => 5 } } }],
  ['highlighter', 'span highlighting disabled', "`x` and `y`{: .language-ruby}\n\n```ruby\nz\n```\n",
   { 'syntax_highlighter_opts' => { 'span' => { 'disable' => true } } }],
  ['highlighter', 'css_class and no wrapper', "```ruby\nx = 1\n```\n",
   { 'syntax_highlighter_opts' => { 'css_class' => 'code', 'block' => { 'wrap' => false } } }],
  ['highlighter', 'guess_lang false leaves plain code alone', "```\nplain\n```\n\n```ruby\nx\n```\n\n`span`\n",
   { 'guess_lang' => false }],
].freeze

names = CASES.map { |c| c[1] }
dupes = names.select { |n| names.count(n) > 1 }.uniq
abort "duplicate case names: #{dupes.join(', ')}" unless dupes.empty?

records = CASES.map do |plugin, name, markdown, overrides, site|
  overrides ||= {}
  site ||= {}
  config = Jekyll::Configuration.from(site.merge('kramdown' => Marshal.load(Marshal.dump(overrides))))
  # Kramdown::JekyllDocument memoizes options/parser per process (one config
  # per site); each case stands for its own site, so start it afresh.
  Kramdown::JekyllDocument.instance_variable_set(:@cache, nil)
  Kramdown::JekyllDocument.instance_variable_set(:@options, nil)
  Kramdown::JekyllDocument.instance_variable_set(:@parser, nil)
  # Jekyll::Converters::Markdown#convert only adds a content-keyed cache
  # (which would leak between cases) around KramdownParser#convert.
  html = Jekyll::Converters::Markdown::KramdownParser.new(config).convert(markdown.dup)
  { 'name' => name, 'plugin' => plugin, 'markdown' => markdown, 'kramdown' => overrides, 'site' => site, 'html' => html }
end

out = File.join(__dir__, 'kramdown-extensions.json')
File.write(out, JSON.pretty_generate(records) + "\n")
puts "recorded #{records.size} cases into #{out} (jekyll #{Jekyll::VERSION}, kramdown #{Kramdown::VERSION})"
