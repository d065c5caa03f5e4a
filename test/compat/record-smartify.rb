# Records Jekyll 4.3's `smartify` (the SmartyPants converter) on sample strings into smartify.json.
#   ruby test/compat/record-smartify.rb > test/compat/smartify.json
require "jekyll"
require "json"
require "tmpdir"

Dir.mktmpdir do |dir|
  site = Jekyll::Site.new(Jekyll.configuration("source" => dir, "destination" => File.join(dir, "_site"), "quiet" => true))
  converter = site.find_converter_instance(Jekyll::Converters::SmartyPants)
  inputs = [
    "Feed & Friends' \"Blog\"", "Second <em>post</em> & more", "a -- b --- c ... << x >>",
    "it's 'quoted' \"double\"", "line1\nline2\n\nparagraph", "&amp; &copy; &#169; &bogus; 5 < 6 > 4",
    "<b>bold</b> `code` *em* [link](x)", "  leading", "trailing  ", "", "'90s rock", "x\\\"y",
    "The \"first\" post -- it's here...", "\"Nested 'quotes' here\"", "don't -- won't", "Ünïcödé «quoted»",
  ]
  puts JSON.pretty_generate(inputs.map { |input| { "input" => input, "output" => converter.convert(input) } })
end
