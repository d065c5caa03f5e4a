# frozen_string_literal: true
#
# Records kramdown's HTML for every block-level test input, using the exact
# option set Jekyll 4.3.1 passes to kramdown by default (Jekyll::Configuration
# DEFAULTS["kramdown"] plus the keys KramdownParser#setup adds).
#
# Inputs:  test/compat/kramdown-inputs/*.json  (arrays of {"name", "markdown"})
#          test/compat/kramdown-inputs/*.md    (one case per file, name = file name)
# Output:  test/compat/kramdown-blocks.json   ([{"name", "markdown", "html"}])
#
# Run:     ruby test/compat/record-kramdown.rb
require 'json'
require 'kramdown'
require 'kramdown-parser-gfm'

JEKYLL_KRAMDOWN_OPTIONS = {
  'auto_ids' => true,
  'toc_levels' => (1..6).to_a,
  'entity_output' => 'as_char',
  'smart_quotes' => 'lsquo,rsquo,ldquo,rdquo',
  'input' => 'GFM',
  'hard_wrap' => false,
  'guess_lang' => true,
  'footnote_nr' => 1,
  'show_warnings' => false,
  'syntax_highlighter' => 'rouge',
  'syntax_highlighter_opts' => { 'default_lang' => 'plaintext', 'guess_lang' => true },
  'coderay' => {}
}.freeze

dir = File.join(__dir__, 'kramdown-inputs')
cases = []
Dir[File.join(dir, '*.json')].sort.each do |file|
  JSON.parse(File.read(file)).each { |c| cases << { 'name' => c['name'], 'markdown' => c['markdown'] } }
end
Dir[File.join(dir, '*.md')].sort.each do |file|
  cases << { 'name' => File.basename(file), 'markdown' => File.read(file) }
end

names = cases.map { |c| c['name'] }
dupes = names.select { |n| names.count(n) > 1 }.uniq
abort "duplicate case names: #{dupes.join(', ')}" unless dupes.empty?

options = JEKYLL_KRAMDOWN_OPTIONS.transform_keys(&:to_sym)
cases.each do |c|
  c['html'] = Kramdown::Document.new(c['markdown'].dup, options).to_html
end

out = File.join(__dir__, 'kramdown-blocks.json')
File.write(out, JSON.pretty_generate(cases) + "\n")
puts "recorded #{cases.size} cases into #{out} (kramdown #{Kramdown::VERSION}, " \
     "kramdown-parser-gfm #{Kramdown::Parser::GFM::VERSION})"
