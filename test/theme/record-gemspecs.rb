# Records what RubyGems reads from the gemspecs in test/theme/gemspecs/ (the expected values of
# gemspec.test.ts): name, version, authors, summary, description, metadata and the runtime dependencies
# Jekyll enables as plugins (Jekyll::Theme#runtime_dependencies).
#
#   ruby test/theme/record-gemspecs.rb > test/theme/gemspecs.json
require "json"
require "rubygems"

dir = File.join(__dir__, "gemspecs")
out = {}
Dir.children(dir).sort.each do |file|
  spec = Dir.chdir(dir) { Gem::Specification.load(File.join(dir, file)) }
  out[file] = {
    "name" => spec.name,
    "version" => spec.version.to_s,
    "authors" => spec.authors,
    "summary" => spec.summary,
    "description" => spec.description,
    "metadata" => spec.metadata,
    "runtimeDependencies" => spec.runtime_dependencies.map(&:name),
  }
end
puts JSON.pretty_generate(out)
