#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Records reference output of Rouge 3.30 / kramdown 2.4 / Jekyll 4.3.1 for src/highlight.
#
#   JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC ruby test/compat/record-rouge.rb
#
# Writes (next to this script):
#   rouge-lexers.json   every Rouge lexer tag with its aliases (Rouge::Lexer.all)
#   rouge-samples.json  per-language samples: Rouge's token stream, Rouge's HTML, and what a real
#                       Jekyll build prints for a fenced block and a {% highlight %} tag (± linenos)
#   rouge-wrappers.json edge cases of the kramdown/Jekyll wrappers (unknown langs, IALs, spans, tags)
# Markdown and tag outputs come from building a throwaway Jekyll site with Jekyll's own API.
require "json"
require "tmpdir"
require "fileutils"
require "jekyll"
require "rouge"

HERE = __dir__

def write_json(name, data)
  File.write(File.join(HERE, name), JSON.pretty_generate(data) + "\n")
  warn "wrote #{name}"
end

# ---------------------------------------------------------------- lexers
lexers = Rouge::Lexer.all.sort_by(&:tag).map { |l| { "tag" => l.tag, "aliases" => l.aliases } }
write_json("rouge-lexers.json", { "rouge" => Rouge.version, "lexers" => lexers })

# ---------------------------------------------------------------- samples
SAMPLES = eval(File.read(File.join(HERE, "rouge-sample-code.rb")), binding, "rouge-sample-code.rb") # rubocop:disable Security/Eval

# ---------------------------------------------------------------- a throwaway Jekyll site
# Each case becomes one page; pages have no layout, so the page output is exactly the converted content.
PAGES = {} # name => [file content, key]

def md_page(name, markdown)
  PAGES[name] = "---\nrender_with_liquid: false\n---\n#{markdown}"
end

def tag_page(name, lang_and_opts, body)
  PAGES[name] = "---\n---\n{% highlight #{lang_and_opts} %}{% raw %}#{body}{% endraw %}{% endhighlight %}"
end

SAMPLES.each_with_index do |s, i|
  md_page("s#{i}-md.md", "````#{s[:lang]}\n#{s[:code]}````\n")
  tag_page("s#{i}-tag.html", s[:lang], s[:code])
  tag_page("s#{i}-tagln.html", "#{s[:lang]} linenos", s[:code])
end

# Wrapper edge cases. `args` are the arguments our functions receive for the same input.
BLOCKS = [
  { md: "```ruby\nputs \"a\" & 'b' <c>\n```\n", args: ["puts \"a\" & 'b' <c>\n", "ruby"] },
  { md: "```\nno lang \"q\" & <x>\n```\n", args: ["no lang \"q\" & <x>\n", ""] },
  { md: "    indented \"code\" <b>\n    second line\n", args: ["indented \"code\" <b>\nsecond line\n", ""] },
  { md: "```foo\nunknown \"lang\" <x> & y\n```\n", args: ["unknown \"lang\" <x> & y\n", "foo"] },
  { md: "```mermaid\ngraph TD;\n  A-->B;\n```\n", args: ["graph TD;\n  A-->B;\n", "mermaid"] },
  { md: "```Ruby\nputs 1\n```\n", args: ["puts 1\n", "Ruby"] },
  { md: "```RUBY\nputs 1\n```\n", args: ["puts 1\n", "RUBY"] },
  { md: "```rb\nputs 1\n```\n", args: ["puts 1\n", "rb"] },
  { md: "```js\nlet a = 1;\n```\n", args: ["let a = 1;\n", "js"] },
  { md: "```sh\necho hi\n```\n", args: ["echo hi\n", "sh"] },
  { md: "```shell\necho hi\n```\n", args: ["echo hi\n", "shell"] },
  { md: "```console\n$ echo hi\nhi\n```\n", args: ["$ echo hi\nhi\n", "console"] },
  { md: "```text\nplain <t>\n```\n", args: ["plain <t>\n", "text"] },
  { md: "```plaintext\nplain <t>\n```\n", args: ["plain <t>\n", "plaintext"] },
  { md: "```c++\nint x;\n```\n", args: ["int x;\n", "c++"] },
  { md: "```c#\nint x;\n```\n", args: ["int x;\n", "c#"] },
  { md: "```Dockerfile\nFROM node:20\n```\n", args: ["FROM node:20\n", "Dockerfile"] },
  { md: "```liquid\n{{ page.title | escape }}\n```\n", args: ["{{ page.title | escape }}\n", "liquid"] },
  { md: "```ruby?start_inline=1\nputs 1\n```\n", args: ["puts 1\n", "ruby?start_inline=1"] },
  { md: "```sh\nls -la\n```\n{: .note}\n", args: ["ls -la\n", "sh", ["note"]] },
  { md: "```sh\nls -la\n```\n{: .note .wide}\n", args: ["ls -la\n", "sh", ["note", "wide"]] },
  { md: "    plain\n{: .note}\n", args: ["plain\n", "", ["note"]] },
  { md: "```foo\nx\n```\n{: .note}\n", args: ["x\n", "foo", ["note"]] },
  { md: "```ruby\n```\n", args: ["", "ruby"] },
  { md: "```\n```\n", args: ["", ""] },
  { md: "```ruby\n\n\nx = 1\n\n\n```\n", args: ["\n\nx = 1\n\n\n", "ruby"] },
  { md: "```python\n\tindented\t\"tab\"\n```\n", args: ["\tindented\t\"tab\"\n", "python"] },
  { md: "```foo\n\tshow  ws \n```\n{: .show-whitespaces}\n", args: ["\tshow  ws \n", "foo", ["show-whitespaces"]] },
].freeze

SPANS = [
  { md: "`code`\n", args: ["code"] },
  { md: "`a \"b\" 'c' <d> & e`\n", args: ["a \"b\" 'c' <d> & e"] },
  { md: "`puts \"x\"`{:.language-ruby}\n", args: ["puts \"x\"", "ruby"] },
  { md: "`x <y>`{:.language-foo}\n", args: ["x <y>", "foo"] },
  { md: "`let a = 1`{:.language-js}\n", args: ["let a = 1", "js"] },
].freeze

TAGS = [
  { lang: "ruby", body: "def foo; end", args: ["def foo; end", "ruby", {}] },
  { lang: "Ruby", body: "def foo; end", args: ["def foo; end", "Ruby", {}] },
  { lang: "ruby linenos", body: "def foo\n  1\nend", args: ["def foo\n  1\nend", "ruby", { "linenos" => true }] },
  { lang: "ruby linenos=table", body: "def foo\n  1\nend\n", args: ["def foo\n  1\nend\n", "ruby", { "linenos" => "table" }] },
  { lang: "ruby", body: "\n\n  x = 1\n\n\n", args: ["\n\n  x = 1\n\n\n", "ruby", {}] },
  { lang: "ruby", body: "\r\nx = 1\r\n", args: ["\r\nx = 1\r\n", "ruby", {}] },
  { lang: "foo", body: "unknown \"x\" <y> & z", args: ["unknown \"x\" <y> & z", "foo", {}] },
  { lang: "foo linenos", body: "a\nb", args: ["a\nb", "foo", { "linenos" => true }] },
  { lang: "c++", body: "int main() { return 0; }", args: ["int main() { return 0; }", "c++", {}] },
  { lang: "C++", body: "int x;", args: ["int x;", "C++", {}] },
  { lang: "c#", body: "var x = 1;", args: ["var x = 1;", "c#", {}] },
  { lang: "text", body: "plain <b>", args: ["plain <b>", "text", {}] },
  { lang: "shell", body: "echo \"$HOME\"", args: ["echo \"$HOME\"", "shell", {}] },
  { lang: "console", body: "$ ls\nfile.txt", args: ["$ ls\nfile.txt", "console", {}] },
  { lang: "html", body: "<p class=\"x\">Hi &amp; bye</p>", args: ["<p class=\"x\">Hi &amp; bye</p>", "html", {}] },
  { lang: "liquid", body: "{{ x }}", args: ["{{ x }}", "liquid", {}] },
  { lang: "ruby linenos", body: "", args: ["", "ruby", { "linenos" => true }] },
  { lang: "ruby linenos", body: "x = 1\n\ny = 2\n", args: ["x = 1\n\ny = 2\n", "ruby", { "linenos" => true }] },
  { lang: "python linenos", body: "s = \"\"\"a\nb\"\"\"\nprint(s)", args: ["s = \"\"\"a\nb\"\"\"\nprint(s)", "python", { "linenos" => true }] },
].freeze

BLOCKS.each_with_index { |c, i| md_page("b#{i}.md", c[:md]) }
SPANS.each_with_index { |c, i| md_page("p#{i}.md", c[:md]) }
TAGS.each_with_index { |c, i| tag_page("t#{i}.html", c[:lang], c[:body]) }

outputs = Dir.mktmpdir("record-rouge") do |dir|
  src = File.join(dir, "src")
  dest = File.join(dir, "out")
  FileUtils.mkdir_p(src)
  PAGES.each { |name, content| File.write(File.join(src, name), content) }
  config = Jekyll.configuration("source" => src, "destination" => dest, "quiet" => true, "disable_disk_cache" => true)
  Jekyll::Site.new(config).process
  PAGES.keys.to_h { |name| [name, File.read(File.join(dest, name.sub(/\.md\z/, ".html")))] }
end

samples = SAMPLES.each_with_index.map do |s, i|
  lexer = Rouge::Lexer.find(s[:lang])
  tokens = lexer.lex(s[:code]).map { |tok, val| [tok.shortname, val] }
  {
    "lang" => s[:lang],
    "code" => s[:code],
    "tokens" => tokens,
    "html" => Rouge::Formatters::HTML.new.format(lexer.lex(s[:code])),
    "markdown" => outputs["s#{i}-md.md"],
    "tag" => outputs["s#{i}-tag.html"],
    "tagLinenos" => outputs["s#{i}-tagln.html"],
  }
end
write_json("rouge-samples.json", {
  "rouge" => Rouge.version, "jekyll" => Jekyll::VERSION, "kramdown" => Kramdown::VERSION, "samples" => samples,
})

def unwrap_p(html)
  html.sub(%r!\A<p>!, "").sub(%r!</p>\n\z!, "")
end

write_json("rouge-wrappers.json", {
  "rouge" => Rouge.version, "jekyll" => Jekyll::VERSION, "kramdown" => Kramdown::VERSION,
  "blocks" => BLOCKS.each_with_index.map { |c, i| { "markdown" => c[:md], "args" => c[:args], "expected" => outputs["b#{i}.md"] } },
  "spans" => SPANS.each_with_index.map { |c, i| { "markdown" => c[:md], "args" => c[:args], "expected" => unwrap_p(outputs["p#{i}.md"]) } },
  "tags" => TAGS.each_with_index.map { |c, i| { "markup" => c[:lang], "body" => c[:body], "args" => c[:args], "expected" => outputs["t#{i}.html"] } },
})
