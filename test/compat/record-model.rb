#!/usr/bin/env ruby
# frozen_string_literal: true
# Records how Jekyll 4.3.1 (Ruby 3.1) reads a site, for test/unit/model-reading.test.ts:
# directory listing order, front-matter detection and splitting, data file names and CSV/TSV rows,
# titles from slugs, Document sorting (with and without dates), keep_files, a draft's date from its modification time, collections settings, `time`.
#
# Usage: JEKYLL_NO_BUNDLER_REQUIRE=true TZ=UTC ruby test/compat/record-model.rb > test/compat/model.json
require "json"
require "tmpdir"
require "fileutils"
require "jekyll"

out = { "recorded_with" => "Jekyll #{Jekyll::VERSION}, Ruby #{RUBY_VERSION}" }

Dir.mktmpdir do |dir|
  # 1. Ruby's recursive glob order (Jekyll's posts use Dir["**/*"], collections add FNM_DOTMATCH).
  tree = %W(a-b.md a/x.md a/b/y.md B.md _u.md .dot.md .dir/in.md c/.hidden.md z.md \u00e9.md e.md)
  tree.each do |f|
    FileUtils.mkdir_p(File.join(dir, "glob", File.dirname(f)))
    File.write(File.join(dir, "glob", f), "x")
  end
  Dir.chdir(File.join(dir, "glob")) do
    out["glob"] = {
      "files"    => tree,
      "plain"    => Dir["**/*"].reject { |f| File.directory?(f) },
      "dotmatch" => Dir.glob("**/*", File::FNM_DOTMATCH).reject { |f| File.directory?(f) || f.end_with?(".") },
    }
  end

  # 2. Front matter: has_yaml_header? on the raw bytes, then the split Document/Convertible make.
  inputs = [
    "---\ntitle: a\n---\nbody\n",
    "---\ntitle: a\n---\n\n\n  \nbody after blank lines\n",
    "---\r\ntitle: crlf\r\n---\r\nbody\r\n",
    "---\ntitle: dots\n...\nbody\n",
    "---   \ntitle: spaces\n---   \nbody\n",
    "---\n---\n",
    "---\n---",
    "---\ntitle: never closed\nbody\n",
    "\xEF\xBB\xBF---\ntitle: bom\n---\nbody\n",
    "--- \n---\nx",
    "----\ntitle: four dashes\n---\nbody\n",
    "text\n---\ntitle: late\n---\n",
    "---\ntitle: a\n---\nbody\n---\nmore\n---\n",
    "",
  ]
  out["front_matter"] = inputs.map do |text|
    path = File.join(dir, "fm.txt")
    File.binwrite(path, text)
    content = File.read(path, :encoding => "bom|utf-8")
    split = content =~ Jekyll::Document::YAML_FRONT_MATTER_REGEXP ? [Regexp.last_match(1), Regexp.last_match.post_match] : nil
    { "text" => text.dup.force_encoding("UTF-8").scrub, "bom" => text.b.start_with?("\xEF\xBB\xBF".b), "has_header" => Jekyll::Utils.has_yaml_header?(path), "split" => split }
  end
end

site = Jekyll::Site.new(Jekyll.configuration("source" => Dir.pwd, "destination" => "/tmp/unused", "quiet" => true))
reader = Jekyll::DataReader.new(site)
out["sanitize_filename"] = ["plain", "my file (v2)", " lead", "trail ", "a  b", "caf\u00e9", "dots.and-dash_es", "x!y?z", "1 2 3"].map do |name|
  [name, reader.sanitize_filename(name)]
end

Dir.mktmpdir do |dir|
  samples = {
    "basic.csv"    => "name,age,city\nAlice,30,\"Paris, France\"\nBob,,Berlin\n\n\"Carol \"\"C\"\"\",41,\n",
    "dupes.csv"    => "a,b,a\n1,2,3\n4\n5,6,7\n",
    "crlf.csv"     => "a,b\r\n1,\"x\ny\"\r\n",
    "tabs.tsv"     => "code\tlabel\nA1\tFirst\n\"q\"\t\"t\tab\"\n",
  }
  out["csv"] = samples.map do |name, text|
    path = File.join(dir, name)
    File.write(path, text)
    { "name" => name, "text" => text, "rows" => reader.read_data_file(path) }
  end
end

out["titleize_slug"] = ["hello-world", "Doc_One", "caf\u00e9-\u00fcnicode", "a--b", "trailing-", "UPPER-case", "x"].map do |slug|
  [slug, Jekyll::Utils.titleize_slug(slug)]
end

# Document#<=> (date, then path) for documents some of which have no date yet, sorted with Array#sort!.
Doc = Struct.new(:date, :path) do
  def <=>(other)
    cmp = date <=> other.date
    cmp = path <=> other.path if cmp.nil? || cmp.zero?
    cmp
  end
end
sets = [
  [["2020-01-02", "b"], [nil, "a"], ["2020-01-01", "d"], [nil, "c"], ["2020-01-03", "a2"]],
  [[nil, "z"], ["2021-05-05", "m"], [nil, "a"], ["2019-01-01", "y"], [nil, "k"], ["2020-01-01", "b"], [nil, "b"]],
  [["2020-01-01", "b"], ["2020-01-01", "a"], [nil, "0"]],
]
out["sort"] = sets.map do |set|
  docs = set.map { |d, p| Doc.new(d && Time.parse(d), p) }
  { "docs" => set, "sorted" => docs.dup.sort!.map(&:path) }
end

# keep_files: what survives in the destination after a build.
Dir.mktmpdir do |dir|
  src = File.join(dir, "src")
  dest = File.join(dir, "_site")
  FileUtils.mkdir_p(src)
  File.write(File.join(src, "_config.yml"), "keep_files: [.git, keepme, assets/keep.css]\n")
  File.write(File.join(src, "index.md"), "---\n---\nhi\n")
  existing = %w(.git/HEAD keepme/file.txt keepme-too/file.txt assets/keep.css assets/old.css stale.html .hidden)
  existing.each do |f|
    FileUtils.mkdir_p(File.join(dest, File.dirname(f)))
    File.write(File.join(dest, f), "old")
  end
  system({ "JEKYLL_NO_BUNDLER_REQUIRE" => "true" }, "jekyll", "build", "--quiet", "--disable-disk-cache", "-s", src, "-d", dest, :exception => true)
  out["keep_files"] = {
    "config"   => "keep_files: [.git, keepme, assets/keep.css]",
    "existing" => existing,
    "after"    => Dir.chdir(dest) { Dir.glob("**/*", File::FNM_DOTMATCH).reject { |f| File.directory?(f) || f.end_with?(".") }.sort },
  }
end

# A draft without a date takes its file's modification time (TZ=UTC).
Dir.mktmpdir do |dir|
  src = File.join(dir, "src")
  FileUtils.mkdir_p(File.join(src, "_drafts"))
  File.write(File.join(src, "_config.yml"), "timezone: UTC\nshow_drafts: true\n")
  draft = File.join(src, "_drafts", "mtime-draft.md")
  File.write(draft, "---\ntitle: Draft\n---\n{{ page.date }}\n")
  mtime = Time.utc(2023, 4, 5, 6, 7, 8)
  File.utime(mtime, mtime, draft)
  dest = File.join(dir, "_site")
  system({ "JEKYLL_NO_BUNDLER_REQUIRE" => "true", "TZ" => "UTC" }, "jekyll", "build", "--quiet", "--disable-disk-cache", "-s", src, "-d", dest, :exception => true)
  out["draft_mtime"] = {
    "mtime" => mtime.strftime("%Y-%m-%dT%H:%M:%SZ"),
    "files" => Dir.chdir(dest) { Dir["**/*"].reject { |f| File.directory?(f) }.sort },
    "output" => File.read(Dir[File.join(dest, "**", "mtime-draft.html")].first),
  }
end

# Configuration: `collections` as a list or a map (add_default_collections), labels, and `time`.
out["collections"] = [
  "permalink: pretty\ncollections: [recipes, \"team members\"]\n",
  "collections:\n  docs: { output: true, sort_by: rank }\n  posts: { permalink: /p/:title/ }\n",
].map do |yaml|
  config = Jekyll::Configuration.from(Jekyll::Utils.safe_load_yaml(yaml))
  site = Jekyll::Site.new(config.merge("source" => Dir.pwd, "destination" => "/tmp/unused", "quiet" => true))
  {
    "yaml"        => yaml,
    "collections" => config["collections"],
    "labels"      => site.collections.map { |name, c| [name, c.label, c.relative_directory, c.write?] },
  }
end
out["time"] = ["2020-05-06 07:08:09 +0200", "2020-05-06"].map do |t|
  [t, Jekyll::Utils.parse_date(t).utc.strftime("%Y-%m-%dT%H:%M:%S.000Z")]
end

puts JSON.pretty_generate(out)
