# frozen_string_literal: true

# The layout theme repositories ship (`jekyll new-theme` writes one like it).
Gem::Specification.new do |spec|
  spec.name          = "source-style-theme"
  spec.version       = "0.9.0"
  spec.authors       = ["Cy Coder"]
  spec.email         = ["cy@example.com"]

  spec.summary       = "A theme as its repository describes it"
  spec.description   = 'Longer words about the theme, with "quotes" inside.'
  spec.homepage      = "https://example.com/source-style-theme"
  spec.license       = "MIT"

  spec.metadata      = {
    "plugin_type" => "theme",
    "changelog_uri" => "https://example.com/source-style-theme/changes",
  }

  spec.files         = Dir["{assets,_layouts,_includes,_sass}/**/*"]

  spec.add_runtime_dependency "jekyll", ">= 3.9", "< 5.0"
  spec.add_runtime_dependency "jekyll-sitemap", "~> 1.4"
  spec.add_dependency "jekyll-paginate", "~> 1.1" # a runtime dependency too
  # spec.add_runtime_dependency "jekyll-commented-out"

  spec.add_development_dependency "bundler", "~> 2.0"
  spec.add_development_dependency "rake", "~> 13.0"
end
