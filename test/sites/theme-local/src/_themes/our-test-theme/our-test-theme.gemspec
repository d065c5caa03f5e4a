# frozen_string_literal: true

Gem::Specification.new do |spec|
  spec.name          = "our-test-theme"
  spec.version       = "0.3.1"
  spec.authors       = ["Utterson Tests"]
  spec.summary       = "A small theme for Utterson's conformance tests."
  spec.license       = "MIT"
  spec.metadata      = { "plugin_type" => "theme" }
  spec.files         = Dir["{_layouts,_includes,_sass,_data,assets}/**/*", "_config.yml"]

  spec.add_runtime_dependency "jekyll", ">= 4.0", "< 5.0"
  spec.add_development_dependency "bundler"
end
