# frozen_string_literal: true
#
# Records Jekyll::URL behaviour (placeholder substitution, sanitizing,
# escape_path/unescape_path), Document#destination / Page#destination,
# Utils.add_permalink_suffix and the permalink styles from the real Jekyll
# installed on this machine.
#
# Usage: JEKYLL_NO_BUNDLER_REQUIRE=true ruby test/compat/record-permalinks.rb > test/compat/permalinks.json

require "jekyll"
require "json"
require "tmpdir"

# Stands in for the UrlDrop of a document, so Jekyll::URL takes its drop code path.
class RecordingUrlDrop < Jekyll::Drops::UrlDrop
  def initialize(hash)
    @hash = hash
  end

  def key?(key)
    @hash.key?(key)
  end

  def [](key)
    @hash[key]
  end
end

def outcome(key)
  { key => yield }
rescue StandardError => e
  message = e.respond_to?(:original_message) ? e.original_message : e.message # no error_highlight snippet
  { "error" => message, "error_class" => e.class.name }
end

# Arrays (categories) reach Jekyll::URL already joined with "/" by UrlDrop#categories.
def ruby_placeholders(hash)
  hash.transform_values { |v| v.is_a?(Array) ? v.join("/") : v }
end

ESCAPE_INPUTS = [
  "", "plain", "a/b/c.html", "2024/01/05", "with space", "café", "ünïcödé/ß", "日本語", "emoji-🎉",
  "hash#tag", "two#hash#es", "what?", "a?b#c", "a b/c?d e#f g", "50%", "%20", "a+b", "[brackets]",
  "(parens)", "tilde~under_score", "quote'and\"double", "<angle>", "back\\slash", "pipe|caret^`grave`",
  "semi;colon,comma=eq&amp$dollar!bang*star@at", "c:d", "it's: a test", "12:30", ":leading-colon",
  "a b:c", "//host/path", "//user:pw@host:8080/a b", "//host:0/x", "//host:abc/x", "http:", "http:?q",
  "mailto:someone@example.com", "https://example.com/a b", "//ex ample.com/x", "tab\there",
  "newline\nsafe-line", "./dot/../dots/",
].freeze

UNESCAPE_INPUTS = [
  "/plain/", "/a%20b/", "/caf%C3%A9.html", "/caf%c3%a9.html", "/%E6%97%A5%E6%9C%AC/", "/100%", "/%2",
  "/%zz/", "/a+b/", "/%2B/", "/%23hash", "/%3F", "/%2F%2e%2E/", "/%25/", "/%ff%fe/", "/caf%C3", "/%00x",
  "/ü-raw-%C3%BC/", "/%5Bx%5D",
].freeze

DATE_PLACEHOLDERS = {
  "collection" => "posts", "path" => "_posts/2024-03-05-hello-world.md", "name" => "hello-world",
  "title" => "hello-world", "slug" => "hello-world", "categories" => "", "slugified_categories" => "",
  "year" => "2024", "month" => "03", "day" => "05", "hour" => "09", "minute" => "07", "second" => "00",
  "i_day" => "5", "i_month" => "3", "short_month" => "Mar", "long_month" => "March", "short_year" => "24",
  "y_day" => "065", "w_year" => "2024", "week" => "10", "w_day" => "2", "short_day" => "Tue",
  "long_day" => "Tuesday", "output_ext" => ".html",
}.freeze

def drop_case(template, overrides = {}, permalink = nil)
  { "style" => "drop", "template" => template, "permalink" => permalink,
    "placeholders" => DATE_PLACEHOLDERS.merge(overrides), }
end

def hash_case(template, placeholders, permalink = nil)
  { "style" => "hash", "template" => template, "permalink" => permalink, "placeholders" => placeholders }
end

PAGE = { "path" => "/", "basename" => "about", "output_ext" => ".html" }.freeze

URL_CASES = [
  drop_case("/:categories/:year/:month/:day/:title:output_ext"),
  drop_case("/:categories/:year/:month/:day/:title/"),
  drop_case("/:categories/:year/:month/:day/:title/", { "categories" => ["jekyll", "update"] }),
  drop_case("/:categories/:title:output_ext", { "categories" => ["a b", "c"] }),
  drop_case("/:categories/:title:output_ext", { "categories" => ["c++", "c#"] }),
  drop_case("/:categories/:title:output_ext", { "categories" => ["café", "ünï"] }),
  drop_case("/:categories/:year/:y_day/:title:output_ext"),
  drop_case("/:categories/:year/W:week/:short_day/:title:output_ext"),
  drop_case("/:year/:month_:day/:title"),
  drop_case("/:year/:i_month/:i_day/:title_:slug/"),
  drop_case("/:title__x/"),
  drop_case("/:unknown/:title/"),
  drop_case("/:nokey_/:title/"),
  drop_case("/:Title/:title2/:title-2/"),
  drop_case("/:title:output_ext", { "title" => "Hello-World!" }),
  drop_case("/:title:output_ext", { "title" => "What?-Really" }),
  drop_case("/:title:output_ext", { "title" => "hash#tag" }),
  drop_case("/:title:output_ext", { "title" => "100%-pure" }),
  drop_case("/:title:output_ext", { "title" => "a+b=c&d" }),
  drop_case("/:title:output_ext", { "title" => "[bracketed]" }),
  drop_case("/:title:output_ext", { "title" => "日本語" }),
  drop_case("/:title:output_ext", { "title" => "price-$&-x" }),
  drop_case("/:title:output_ext", { "title" => "..%2F..%2Fetc" }),
  drop_case("/:title:output_ext", { "title" => "it's:-quoted" }),
  drop_case("/:title:output_ext", { "title" => "12:30" }),
  drop_case("/:title:output_ext", { "title" => nil }),
  drop_case("/:categories/:title/", { "categories" => ["..", "..", "etc"] }),
  drop_case("/:categories/:title/", { "categories" => ["./a", "b/."] }),
  drop_case("/:collection/:path:output_ext", { "path" => "guide/getting started" }),
  drop_case("/:collection/:path/", { "path" => "nested/dir/doc" }),
  drop_case("ignored", {}, "/blog/:year/:title/"),
  drop_case("ignored", {}, "/noext"),
  drop_case("ignored", {}, "relative/:title.html"),
  drop_case("ignored", {}, "/../../outside/:title/"),
  drop_case("ignored", {}, "/a/./b/.../c//d/"),
  drop_case("ignored", {}, ""),
  drop_case("ignored", {}, "/with space/:title/"),
  drop_case("ignored", {}, "/:title.json"),
  hash_case("/:path/:basename:output_ext", PAGE),
  hash_case("/:path/:basename/", PAGE.merge("path" => "/docs/")),
  hash_case("/:path/", PAGE.merge("path" => "/docs/", "basename" => "index")),
  hash_case("/:path/:basename:output_ext", PAGE.merge("path" => "/my docs/", "basename" => "ünï code")),
  hash_case("/:path/:basename:output_ext", PAGE, "/:title/"),
  hash_case("/:path/:basename:output_ext", PAGE, "/:basename_x/:path_:basename"),
  hash_case("/:path/:basename:output_ext", PAGE, "/static/page"),
  hash_case("/:path/:basename:output_ext", PAGE.merge("basename" => nil)),
  hash_case("/:path/:basename:output_ext", PAGE.merge("basename" => "a#b?c")),
].freeze

def record_url(test_case)
  placeholders = ruby_placeholders(test_case["placeholders"])
  placeholders = if test_case["style"] == "drop"
                   RecordingUrlDrop.new(placeholders)
                 else
                   placeholders.transform_keys(&:to_sym)
                 end
  test_case.merge(outcome("url") do
    Jekyll::URL.new(:template => test_case["template"], :placeholders => placeholders,
                    :permalink => test_case["permalink"]).to_s
  end)
end

DEST = "/srv/site/_site"
DESTINATION_CASES = [
  ["/", ".html"], ["/about/", ".html"], ["/about.html", ".html"], ["/noext", ".html"],
  ["/feed.xml", ".html"], ["/feed/", ".xml"], ["/2024/03/05/hello.html", ".html"],
  ["/caf%C3%A9/", ".html"], ["/a%20b.html", ".html"], ["/%2e%2e/%2e%2e/etc/passwd", ".html"],
  ["/../../etc/", ".html"], ["/srv/site/_site/inner", ".html"], ["/~home/x", ".html"],
  ["/style.css", ".css"], ["/data.json", ".html"], ["/%00nul", ".html"], ["/x", ""],
].freeze

def record_destinations
  site = Jekyll::Site.new(Jekyll.configuration("source" => Dir.mktmpdir, "destination" => DEST, "quiet" => true))
  DESTINATION_CASES.flat_map do |url, ext|
    { "document" => Jekyll::Document, "page" => Jekyll::Page }.map do |kind, klass|
      item = klass.allocate
      item.instance_variable_set(:@site, site)
      item.define_singleton_method(:url) { url }
      item.define_singleton_method(:output_ext) { ext }
      { "dest" => DEST, "url" => url, "output_ext" => ext, "kind" => kind }
        .merge(outcome("path") { item.destination(DEST) })
    end
  end
end

SUFFIX_STYLES = %w(date pretty ordinal none weekdate /:title/ /:title:output_ext /:year/:title /blog/:title.html).freeze
config = Jekyll::Configuration.new

puts JSON.pretty_generate(
  "recorded_with" => "Jekyll #{Jekyll::VERSION}, Addressable #{Addressable::VERSION::STRING}, Ruby #{RUBY_VERSION}",
  "escape_path" => ESCAPE_INPUTS.map { |s| { "input" => s }.merge(outcome("output") { Jekyll::URL.escape_path(s) }) },
  "unescape_path" => UNESCAPE_INPUTS.map do |s|
    out = Jekyll::URL.unescape_path(s)
    { "input" => s, "output" => out.scrub("\u{FFFD}"), "valid_utf8" => out.valid_encoding? }
  end,
  "urls" => URL_CASES.map { |c| record_url(c) },
  "destinations" => record_destinations,
  "add_permalink_suffix" => SUFFIX_STYLES.flat_map do |style|
    ["/:path/:basename", "/:collection/:path"].map do |template|
      { "template" => template, "style" => style,
        "output" => Jekyll::Utils.add_permalink_suffix(template, style.to_sym), }
    end
  end,
  "style_to_permalink" => (%w(date pretty ordinal weekdate none) + ["/:title/", "custom"]).map do |style|
    { "style" => style, "output" => config.send(:style_to_permalink, style) }
  end
)
