# frozen_string_literal: true
#
# Records the word lists of the Rouge 3.30 lexers that Utterson ports to its Rouge-compatible
# lexer engine (src/highlight/rouge/lexers): CSS property names, Python builtins, SQL keywords...
# They are data the lexers test membership against; the ported lexers read them from
# src/highlight/rouge/lexers/keywords.ts, which test/unit/highlight-rouge-keywords.test.ts checks
# against this recording.
#
# Output: test/compat/rouge-keywords.json   {"rouge": version, "lists": {"css.attributes": [...], ...}}
# Run:    ruby test/compat/record-rouge-keywords.rb
require 'json'
require 'rouge'

LISTS = {
  'css' => [Rouge::Lexers::CSS, %i[attributes builtins constants vendor_prefixes]],
  'python' => [Rouge::Lexers::Python, %i[keywords builtins builtins_pseudo exceptions]],
  'rust' => [Rouge::Lexers::Rust, %i[keywords builtins]],
  'c' => [Rouge::Lexers::C, %i[keywords keywords_type reserved builtins]],
  'cpp' => [Rouge::Lexers::Cpp, %i[keywords keywords_type reserved]],
  'sql' => [Rouge::Lexers::SQL, %i[keywords keywords_type]],
}.freeze

lists = {}
LISTS.each do |lexer, (klass, methods)|
  methods.each { |m| lists["#{lexer}.#{m}"] = klass.send(m).to_a }
end
# PHP's builtin functions come per module; the lexer uses them all (no disabledmodules).
lists['php.keywords'] = Rouge::Lexers::PHP.keywords.to_a
lists['php.builtins'] = Rouge::Lexers::PHP.builtins.values.flat_map(&:to_a).uniq
lists['lua.builtins'] = Rouge::Lexers::Lua.builtins.values.flat_map(&:to_a).uniq

path = File.join(__dir__, 'rouge-keywords.json')
File.write(path, JSON.pretty_generate({ 'rouge' => Rouge.version, 'lists' => lists }) + "\n")
puts "wrote #{path}: #{lists.size} lists, #{lists.values.sum(&:size)} words"
