# Records the number of arguments each Liquid 5.4 standard filter and Jekyll 4.3.1 filter takes
# (the input counts as one) into test/liquid/filter-arity.json: Ruby raises "wrong number of
# arguments (given N, expected M)" for any other count, and Jekyll fails the build.
# Usage: ruby test/liquid/record-filter-arity.rb
require "jekyll"
require "json"
mods = [Liquid::StandardFilters, Jekyll::Filters, Jekyll::Filters::URLFilters, Jekyll::Filters::GroupingFilters, Jekyll::Filters::DateFilters]
out = {}
mods.each do |m|
  m.public_instance_methods(false).each do |name|
    params = m.instance_method(name).parameters
    req = params.count { |t, _| t == :req }
    opt = params.count { |t, _| t == :opt }
    rest = params.any? { |t, _| t == :rest }
    out[name.to_s] = { "required" => req, "optional" => opt, "rest" => rest }
  end
end
File.write(File.join(__dir__, "filter-arity.json"), JSON.pretty_generate(out.sort.to_h) + "\n")
