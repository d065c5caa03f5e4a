# frozen_string_literal: true
#
# Records Jekyll::Utils.slugify output (and I18n.transliterate, which the
# `latin` mode uses) from the real Jekyll installed on this machine.
#
# Usage: JEKYLL_NO_BUNDLER_REQUIRE=true ruby test/compat/record-slugify.rb > test/compat/slugify.json

require "jekyll"
require "json"

Jekyll.logger.log_level = :error # silence "Empty `slug` generated" warnings

INPUTS = [
  "Hello, World! Café_ü 2.0",
  "hello world",
  "Hello World",
  "  leading and trailing spaces  ",
  "multiple   spaces\tand\ttabs",
  "line\nbreak\r\nwindows",
  "under_score_name",
  "dots.in.the.name",
  "file.name.md",
  "--dashes--around--",
  "---",
  "-",
  "",
  "!!!",
  "!!Wow!!",
  "(parenthesized) [bracketed] {braced}",
  "The _config.yml file",
  "Ruby's ~tilde & ampersand = @at; plus+comma,",
  "100% pure \"quotes\" <tags> #hash ?query",
  "slash/separated\\backslash|pipe",
  "Café déjà vu",
  "naïve façade coöperate",
  "Ærøskøbing Œuvre ßtraße",
  "Łódź Ğüşçıö İstanbul",
  "ÀÁÂÃÄÅ àáâãäå ÇçÑñ ÿŸ",
  "Þorn ðeth ĳssel Ŋ ŉ",
  "Ș ț ƒ ǅ ſ",
  "e\u0301 combining acute",
  "日本語のタイトル",
  "中文 标题 2024",
  "한국어 제목",
  "Привет, мир",
  "ΣΑΣ Ελληνικά",
  "مرحبا بالعالم",
  "emoji 🎉 party 🚀!",
  "👍",
  "non\u00a0breaking\u2003em space",
  "١٢٣ arabic-indic digits ½ ² Ⅻ",
  "MiXeD CaSe 123 ABC",
  "2024-01-05-my-post",
  "a.b_c-d~e!f$g&h'i(j)k+l,m;n=o@p",
  "Hello-World!",
  "trailing dot.",
  "İ dotted capital",
].freeze

MODES = [nil, "raw", "default", "pretty", "ascii", "latin", "none", ""].freeze

cases = INPUTS.flat_map do |input|
  MODES.flat_map do |mode|
    [false, true].map do |cased|
      output = Jekyll::Utils.slugify(input.dup, :mode => mode, :cased => cased)
      { "input" => input, "mode" => mode, "cased" => cased, "output" => output }
    end
  end
end

# Every code point from U+0080 to U+02FF (plus a few strings) through the transliteration `latin` uses.
I18n.config.available_locales = :en if I18n.config.available_locales.empty?
transliterations = (0x80..0x2FF).each_with_object({}) do |cp, table|
  char = [cp].pack("U")
  table[char] = I18n.transliterate(char)
end
["a👍b", "e\u0301", "日本 Ωmega", "Ḁ ḁ ẞ ﬁ", "\u{10FFFF}x"].each do |sample|
  transliterations[sample] = I18n.transliterate(sample)
end

puts JSON.pretty_generate(
  "recorded_with" => "Jekyll #{Jekyll::VERSION}, i18n #{I18n::VERSION}, Ruby #{RUBY_VERSION}",
  "nil_input" => Jekyll::Utils.slugify(nil),
  "cases" => cases,
  "transliterate" => transliterations
)
