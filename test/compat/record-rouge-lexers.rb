# frozen_string_literal: true
#
# Records Rouge 3.30's token streams for short inputs aimed at the rules of the lexers Utterson
# ports to its Rouge-compatible engine (src/highlight/rouge): heredocs, %-literals, f-strings,
# indentation-sensitive YAML, nested comments, embedded languages, Ruby StringScanner quirks...
# test/unit/highlight-rouge-lexers.test.ts checks that the ported lexers produce exactly these.
#
# Output: test/compat/rouge-lexers-tokens.json  {"rouge": version, "cases": [{"lang", "code", "tokens"}]}
# Run:    ruby test/compat/record-rouge-lexers.rb
require 'json'
require 'rouge'

CASES = [
  # --- shell / console -------------------------------------------------------------------------
  ['shell', "#!/bin/bash\nfor f in *.md; do echo \"$f: ${#f}\"; done\n"],
  ['shell', "cat <<-EOF | sed 's/a/b/'\n\tvalue $HOME and $(date)\n\tEOF\nls -la --color=auto\n"],
  ['shell', "x=$((1 + 2 * 3)); y=${x:-default}; arr=(a b c)\ncase \"$1\" in\n  start|stop) echo ok ;;\nesac\n"],
  ['shell', "echo $'tab\\there' \"nested $(echo \"inner $((2+2))\")\" `uname -a` \\\n  --flag 2>&1 >/dev/null\n"],
  ['sh', "export PATH=/usr/local/bin:$PATH && source ~/.bashrc || exit 1\n"],
  ['console', "$ bundle exec jekyll serve\nServer running... press ctrl-c to stop.\n> echo continued\n(gdb) not a prompt?\n..."],
  ['console', "user@host:~/site (main)$ git status\nOn branch main\n# echo hash prompt\n"],
  ['console?prompt=%', "% ls\nfile.txt\n$ not a prompt here\n"],
  # --- yaml --------------------------------------------------------------------------------------
  ['yaml', "key: value\nlist:\n  - one\n  - two: 2\n    three: [a, b, {c: d}]\nblock: |+\n  keep\n\nfolded: >-\n  a\n  b\nnext: 1\n"],
  ['yaml', "%YAML 1.2\n---\n!!map &anchor { ? complex : key }\nref: *anchor\nquoted: \"esc \\n \\u00e9\" # comment\nsingle: 'it''s'\n...\n"],
  ['yaml', "- name: Install\n  run: |\n    npm ci\n    npm test\n- name: Deploy\n  with:\n    token: ${{ secrets.TOKEN }}\n"],
  ['yml', "date: 2024-01-01\nnumbers: [1, 2.5, -3]\nempty: ~\nbool: yes\n"],
  # --- liquid ------------------------------------------------------------------------------------
  ['liquid', "{% for post in site.posts limit:3 %}\n  {{ post.title | escape | truncate: 20, '...' }}\n{% endfor %}\n"],
  ['liquid', "{% if page.x == 'a' and forloop.first %}{% assign y = 1 | plus: 2 %}{% else %}{% raw %}{{ raw }}{% endraw %}{% endif %}"],
  ['liquid', "{% include footer.html param=\"value\" other=page.title %}{% comment %} note {% endcomment %}{% cycle 'a', 'b' %}"],
  # --- html / xml --------------------------------------------------------------------------------
  ['html', "<!DOCTYPE html>\n<p class=\"x\" data-a='1' hidden>Text &amp; &copy; <b>bold</b></p>\n<!-- c -->\n"],
  ['html', "<script type=\"module\">\nconst a = `x${1}` / 2; // c\n</script>\n<style>a:hover { color: #fff; }</style>\n"],
  ['xml', "<?xml version=\"1.0\"?>\n<!DOCTYPE note>\n<note id='1'><to>Tove</to><![CDATA[ <raw> ]]></note>\n"],
  # --- javascript / typescript / jsx ---------------------------------------------------------------
  ['javascript', "const re = /ab+c/gi, d = a / b / c;\nlabel: for (;;) { break label; }\nobj = { key: 1, 'q': 2, [k]: 3 };\n"],
  ['javascript', "async function* gen() { yield await x?.y ?? z; }\nclass A extends B { static #p = 1; get v() { return this.#p; } }\n"],
  ['javascript', "let s = 'it\\'s', t = \"dq\\n\", u = `a ${b + `nested ${c}`} d`;\nx = y ? 1 : 2; @decorator\n"],
  ['js', "#!/usr/bin/env node\n0x1F + 0o17 + 0b101 + 1.5e3 + 10; /* multi\nline */\n"],
  ['typescript', "interface P<T> { readonly id: number; name?: string }\ntype U = keyof P<string> | never;\nlet a = b?.c ?? d;\n"],
  ['typescript', "export abstract class S implements I { private x: number = 0; constructor(public y: string) { super(); } }\n"],
  ['jsx', "const App = () => (\n  <div className=\"app\" onClick={() => go(1)}>\n    <Header.Title text='hi' />\n    {items.map(i => <li key={i}>{i}</li>)}\n  </div>\n);\n"],
  # --- ruby ----------------------------------------------------------------------------------------
  ['ruby', "x = <<~EOS.strip + <<-'RAW'\n  interpolated \#{1 + 1}\nEOS\n  raw \#{no}\n  RAW\nputs x\n"],
  ['ruby', "a = %w[one two] + %i(x y) + %r{^/path/(\\d+)}i.source.chars\nb = %q(nested (parens) ok) + %Q<\#{a}>\n"],
  ['ruby', "def self.call(*args, **opts, &blk) = args.map(&:to_s)\nclass Foo::Bar < Base; end\nmodule A::B; end\n"],
  ['ruby', "h = { a: 1, 'b': 2, \"c\" => 3, d?: 4 }\nx = y ? :sym : :\"quoted sym\"\nz = ?a + ?\\n\n__END__\nraw data\n"],
  ['ruby', "@@count += 1; $stdout.puts @ivar; $1; obj&.method!; defined?(x)\n=begin\ndoc\n=end\n"],
  ['rb', "str = 'single' \"dbl \\t \#{x}\" `cmd \#{y}`\nn = 1_000 + 0x_ff rescue 0b11 + 07 + 1.5e-3\n"],
  # --- python --------------------------------------------------------------------------------------
  ['python', "f\"value {x!r:>10} {{literal}} {y['k']}\" + rb'\\d+' + '''triple\nquoted''' + u\"\\N{BULLET}\"\n"],
  ['python', "from .pkg.mod import (a, b as c)\nimport os.path as p\n@dataclass(frozen=True)\nclass C(Base, metaclass=M): pass\n"],
  ['python', "def f(a, /, b=1, *c, d: int = 2, **e) -> None:\n    return lambda x: x ** 2 // 3 @ m\nx = 1_000j + 0o17 + 0x_1F + 1e-3 + .5\n"],
  ['py', "async def main():\n    async with lock:\n        await asyncio.sleep(1)  # wait\n    raise ValueError('bad') from None\n"],
  # --- css / scss / sass -----------------------------------------------------------------------------
  ['css', "@media screen and (min-width: 40em) { .a > b + c ~ d { -webkit-transition: all .3s; } }\n@font-face { font-family: \"X\"; src: url(x.woff2) format('woff2'); }\n"],
  ['css', "a[href$='.pdf']::before, #id:not(.c):nth-child(2n+1) { color: rgba(0,0,0,.5) !important; grid-template-columns: repeat(3, 1fr); }\n"],
  ['scss', "$map: (a: 1, b: 2);\n@mixin m($x: 10px) { width: $x; }\n.a { &:hover { @include m(5px); } .b-\#{$n} { color: lighten(red, 10%); } }\n// comment\n"],
  ['sass', "$c: red\n=mixin($a)\n  color: $a\n.nav\n  +mixin(blue)\n  a\n    color: $c\n  // comment\n    nested\n"],
  # --- c / cpp / go / rust / java -------------------------------------------------------------------
  ['c', "#include <stdio.h>\n#define MAX(a, b) ((a) > (b) ? (a) : (b))\n#if 0\ndisabled();\n#endif\nstatic const char *s = \"x\\n\"; label: goto label;\n"],
  ['c', "struct point { int x, y; };\nint main(void) {\n  unsigned long n = 0x1FUL + 017 + 1.5e3f;\n  return n > 0 ? 0 : 1; /* done */\n}\n"],
  ['cpp', "template <typename T>\nclass Box : public Base {\n public:\n  auto get() const -> T { return R\"(raw \"str\")\"; }\n  std::vector<int> v{1'000, 0b1010};\n};\n"],
  ['go', "package main\nimport \"fmt\"\nfunc (s *S) M(ch chan<- int) (n int, err error) {\n\tdefer func() { recover() }()\n\ts := `raw\nstring`\n\treturn 0x1F, nil\n}\n"],
  ['rust', "#[derive(Debug)]\nstruct S<'a> { r: &'a str }\nimpl<'a> S<'a> {\n    fn new() -> Self { println!(\"{}\", r#\"raw\"#); vec![1u8, 2_000i32] }\n}\n/* outer /* nested */ still */\n"],
  ['rust', "macro_rules! m { ($x:expr) => { $x + 1 }; }\nlet c = b'x'; let f = 1.5e3f64; async fn a() { x.await; }\n"],
  ['java', "@Override\npublic <T> List<T> map(final Function<? super T, R> fn) throws IOException {\n  int[] a = {0x1F, 0b1, 1_000L}; char c = '\\n';\n  return this.items.stream().map(fn).toList();\n}\n"],
  # --- sql / diff / json / ini / toml / docker -------------------------------------------------------
  ['sql', "SELECT `id`, \"name\", COUNT(*) AS n FROM t WHERE x LIKE 'a%' -- comment\n/* block /* nested */ */ GROUP BY 1 HAVING n > 2;\n"],
  ['diff', "Index: a.txt\n===================================================================\n--- a.txt\n+++ b.txt\n@@ -1,2 +1,2 @@ context\n-old\n+new\n same\n\\ No newline at end of file\n"],
  ['json', "{\"a\": [true, false, null, -1.5e10, \"s\\\"q\"], \"b\": {}}\n"],
  ['ini', "; comment\n[section.sub]\nkey = \"quoted \\\" value\"\nother='single'\ncont = line \\\n  more\n"],
  ['toml', "title = \"T\"\n[owner]\ndob = 1979-05-27T07:32:00Z\nnums = [1, 2_000, 0x1F, 1e3, inf]\ninline = { a = true, b = '''multi\nline''' }\n"],
  ['docker', "FROM node:20 AS build\nRUN npm ci \\\n  && npm run build\nCOPY --from=build /app /app\nONBUILD RUN echo hi\n# comment\n"],
  # --- markdown / erb / php --------------------------------------------------------------------------
  ['markdown', "---\ntitle: Post\n---\n# Heading\n\nSome *em* and **strong** and `code` and [link](http://x.com \"t\").\n\n```ruby\nputs 1\n```\n\n> quote\n* item\n1. one\n\n    indented\n"],
  ['markdown', "Setext\n======\n\n[ref]: <http://x.com> 'Title'\n![img][ref] <b>html</b> &amp; <me@example.com>\n\n~~~\nguessed #!/bin/sh\n~~~\n"],
  ['erb', "<ul>\n<% @posts.each do |p| -%>\n  <li><%= link_to p.title, p %></li>\n<%# comment %>\n<% end %>\n</ul>\n"],
  ['php', "<html><?php\nnamespace App\\Http;\nuse Foo\\Bar;\nfunction f(?int $a = 1, string ...$r): array { return [$a, \"v $a {$r[0]}\"]; }\necho strlen('x'); ?>\n</html>\n"],
  ['php?start_inline=true', "$x = new \\DateTime(); const MAX = 10; class A extends B implements C { public static function g() {} }\n"],
  # --- haskell / coq / swift / kotlin / powershell -------------------------------------------------
  ['haskell', "module Main (main) where\nimport qualified Data.Map as M\n-- | doc\nmain :: IO ()\nmain = do { let x = 'a' : \"bc\\n\"; print [y | y <- [1..10]] } {- nested {- c -} -}\n"],
  ['coq', "Theorem plus_O_n : forall n : nat, 0 + n = n.\nProof.\n  intros n. simpl. reflexivity.\nQed.\n(* comment (* nested *) *)\n"],
  ['swift', "import UIKit\n@objc class VC: UIViewController {\n  private(set) var x: Int = 0x1F\n  func f(_ a: String) -> Bool { return \"\\(a) ok\".isEmpty }\n}\n"],
  ['kotlin', "package a.b\ndata class P(val x: Int, var y: String?)\nfun <T> List<T>.second(): T = this[1]\nval s = \"\"\"raw\"\"\" + \"e\\n\" + 'c' + 1_000L\n"],
  ['powershell', "function Get-Thing([string]$Name = 'x') {\n  <# .SYNOPSIS\n  help #>\n  Get-ChildItem -Path $env:HOME | Where-Object { $_.Length -gt 1kb }\n  @{ a = 1; b = \"v $($Name)\" }\n}\n"],
  ['csharp', "using System;\nnamespace App.Models {\n  public class Post : IEntity {\n    public string Title => $\"Post {Id}\";\n    static void Main() { var x = @\"raw \"\"q\"\"\"; Console.WriteLine(0x1F + 1.5e3f); }\n  }\n}\n#region x\n"],
  ['lua', "local t = { a = 1, [\"b\"] = 'two' }\nfunction M.f(x, ...) return string.gsub(x, \"%s+\", \"\") .. #t end\n--[[ long\ncomment ]]\nprint(math.floor(3.5), 0x1F, [[long]])\n"],
  ['javascript', "var a = 1;\u3000\nb\u00a0= 2;\n"],
  ['tsx', "const C = <T,>(p: P<T>) => <div className=\"x\">{p.a as string}</div>;\n"],
  # --- fallbacks -----------------------------------------------------------------------------------
  ['plaintext', "plain <text> & \"quotes\"\n"],
  ['guess', "#!/usr/bin/env python\nprint('guessed')\n"],
  ['guess', "no clue what this is\n"],
].freeze

cases = CASES.map do |lang, code|
  lexer = Rouge::Lexer.find_fancy(lang, code)
  raise "no Rouge lexer for #{lang}" unless lexer

  { 'lang' => lang, 'code' => code, 'tokens' => lexer.lex(code).map { |tok, val| [tok.shortname, val] } }
end

path = File.join(__dir__, 'rouge-lexers-tokens.json')
File.write(path, JSON.pretty_generate({ 'rouge' => Rouge.version, 'cases' => cases }) + "\n")
puts "wrote #{path}: #{cases.size} cases"
