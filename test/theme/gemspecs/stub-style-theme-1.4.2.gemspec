# -*- encoding: utf-8 -*-
# stub: stub-style-theme 1.4.2 ruby lib
# The layout RubyGems (and Debian's rubygems-integration) writes for an installed theme.

Gem::Specification.new do |s|
  s.name = "stub-style-theme".freeze
  s.version = "1.4.2"

  s.required_rubygems_version = Gem::Requirement.new(">= 0".freeze) if s.respond_to? :required_rubygems_version=
  s.metadata = { "plugin_type" => "theme", "source_code_uri" => "https://example.com/stub-style-theme" } if s.respond_to? :metadata=
  s.require_paths = ["lib".freeze]
  s.authors = ["Ann Author".freeze, "Bo Builder".freeze]
  s.date = "2021-02-03"
  s.email = ["ann@example.com".freeze]
  s.homepage = "https://example.com/stub-style-theme".freeze
  s.licenses = ["MIT".freeze]
  s.rubygems_version = "3.1.2".freeze
  s.summary = "A theme installed the way gem install leaves it.".freeze

  s.installed_by_version = "3.1.2" if s.respond_to? :installed_by_version

  if s.respond_to? :specification_version then
    s.specification_version = 4
  end

  if s.respond_to? :add_runtime_dependency then
    s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
    s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
    s.add_runtime_dependency(%q<jekyll-seo-tag>.freeze, ["~> 2.1"])
    s.add_development_dependency(%q<bundler>.freeze, [">= 1.15"])
  else
    s.add_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
    s.add_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
    s.add_dependency(%q<jekyll-seo-tag>.freeze, ["~> 2.1"])
    s.add_dependency(%q<bundler>.freeze, [">= 1.15"])
  end
end
