# Records jekyll-mentions 1.6 (Jekyll::Mentions.mentionify: html-pipeline's MentionFilter on Nokogiri) on
# rendered outputs into mentions.json.
#   ruby test/compat/record-mentions.rb > test/compat/mentions.json
# The fragments are ones libxml2 does not restructure (no block element inside <p>, no unclosed tags).
require "jekyll"
require "jekyll-mentions"
require "json"

inputs = [
  %(<p>Hi @a and <br /> <img src="x.png" alt='q "x"' /> <input type="checkbox" checked disabled /></p>),
  %(<p>@a &amp; &lt; &gt; &quot; &#39; ' " &hellip; \u2026 &copy; \u00e9</p>),
  %(<p>@a <!-- comment @c --> <span data-x="a&amp;b">t</span></p>\n<table><tr><td>@b</td></tr></table>),
  %(@a\n<div>\n<p>x</p>\n</div>\n<ul>\n<li>@b</li>\n</ul>\n),
  %(<p>@a <a href="/x?a=1&amp;b=2">link</a> <a href="/y?a=1&b=2">l2 @inlink</a></p>),
  %(<p>@a <svg viewBox="0 0 10 10"><path d="M0"/></svg></p>),
  %(<p>@a</p>\n<script>if (a < b && c) { "@s" }</script>\n<style>p > a {}</style>\n<textarea>@t &amp;</textarea>),
  %(<p>x@a @b. @c.d @e- @f_ (@g) @h's "@i" @mention @Mentioned @j/k</p>),
  %(<p>@a <sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p>),
  %(<ul class="task-list">\n  <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />@done</li>\n</ul>),
  %(<pre><code>@code</code></pre>\n<p><code>@inline</code> <em>@em</em> <strong>**@strong**</strong></p>),
  %(<p>no mention here &amp; <br /></p>),
  %(<p>@a <a href="/caf\u00e9 page.html">x</a> <img src="/a b.png" alt="" /></p>),
  %(<p>Dots: @dots... @end.</p>\n<p>Line end @last</p>),
  %(<!DOCTYPE html>\n<html>\n<head><title>@head</title></head>\n<body class="x">\n  <p>Body @body <br /></p>\n</body>\n</html>\n),
  %(<html><body><p>No mention in the body <br /></p></body></html>),
]
Site = Struct.new(:config)
Doc = Struct.new(:output, :site, :data)
bases = ["https://github.com", "https://twitter.com/", "https://x.example/~"]
out = []
inputs.each do |input|
  bases.each do |base|
    doc = Doc.new(input.dup, Site.new({ "jekyll-mentions" => base }), {})
    Jekyll::Mentions.mentionify(doc)
    out << { "input" => input, "base" => base, "output" => doc.output }
  end
end
puts JSON.pretty_generate(out)
