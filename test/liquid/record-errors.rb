# Records how real Jekyll 4.3.1 (Liquid 5.4) handles each case of test/liquid/error-cases.yml into
# test/liquid/errors.json: whether the build fails (the `jekyll build` exit code would be 1), the
# exception's class and message, the line Liquid reports (counted from the end of front matter), the
# file it names, the warnings logged, and every output file when the build succeeds.
#
# Usage: ruby test/liquid/record-errors.rb     (needs the jekyll 4.3.1 gem; Debian: apt-get install jekyll)
require "jekyll"
require "json"
require "stringio"
require "tmpdir"
require "yaml"

abort "need Jekyll 4.3.1, found #{Jekyll::VERSION}" unless Jekyll::VERSION == "4.3.1"
here = File.expand_path(__dir__)
cases = YAML.safe_load(File.read(File.join(here, "error-cases.yml")))

def build(src, dest)
  Jekyll.logger = Jekyll::Stevenson.new
  log = Jekyll.logger
  stdout = $stdout
  stderr = $stderr
  $stdout = StringIO.new
  $stderr = StringIO.new
  begin
    config = Jekyll.configuration("source" => src, "destination" => dest, "disable_disk_cache" => true)
    Jekyll::Site.new(config).process
    [nil, log.messages]
  rescue Exception => e # rubocop:disable Lint/RescueException -- the CLI reports any exception and exits 1
    [e, log.messages]
  ensure
    $stdout = stdout
    $stderr = stderr
  end
end

results = cases.map do |c|
  Dir.mktmpdir do |dir|
    src = File.join(dir, "src")
    dest = File.join(dir, "_site")
    files = c.fetch("files")
    files.each do |path, text|
      full = File.join(src, path)
      FileUtils.mkdir_p(File.dirname(full))
      File.write(full, text)
    end
    File.write(File.join(src, "_config.yml"), "timezone: UTC\n#{files["_config.yml"]}")
    error, messages = build(src, dest)
    result = { "name" => c["name"], "ok" => error.nil? }
    result["warnings"] = messages.map { |m| m.strip.gsub(src + "/", "").gsub(src, "<src>") }
                                 .select { |m| m =~ /Warning|Deprecation|Error|Exception/i }
    if error
      message = error.message.gsub(src + "/", "").gsub(src, "<src>")
      result["error_class"] = error.class.name
      result["message"] = message
      reported = result["warnings"].grep(/\ALiquid Exception:/).last
      result["reported_in"] = reported[/ in (\S+)\z/, 1] if reported
      if error.is_a?(Liquid::Error)
        result["liquid_line"] = error.line_number
        result["template_name"] = error.template_name&.gsub(src + "/", "")
      end
    else
      result["outputs"] = Dir.glob("**/*", base: dest).sort
                             .select { |f| File.file?(File.join(dest, f)) }
                             .to_h { |f| [f, File.read(File.join(dest, f))] }
    end
    result
  end
end

File.write(File.join(here, "errors.json"), JSON.pretty_generate({
  "generator" => "test/liquid/record-errors.rb (jekyll #{Jekyll::VERSION}, liquid #{Liquid::VERSION})",
  "cases" => results,
}) + "\n")
puts "recorded #{results.size} cases: #{results.count { |r| r["ok"] }} built, #{results.count { |r| !r["ok"] }} failed"
