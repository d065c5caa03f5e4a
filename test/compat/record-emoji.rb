# Records html-pipeline 2.14's EmojiFilter (what jemoji runs, with `img_attrs: { align: nil }`) on HTML
# fragments into emoji.json, using the five-emoji stand-in for gemoji in gemoji-stub/.
#   ruby -I test/compat/gemoji-stub test/compat/record-emoji.rb > test/compat/emoji.json
require "json"
require "gemoji"
require "html/pipeline"

inputs = [
  %(<p>Good job :+1: and :smile::heart:</p>),
  %(<p>:unknown: stays, :smile stays, smile: stays, :SMILE: stays</p>),
  %(<pre><code>:smile:</code></pre>\n<p><code>:smile:</code> <tt>:smile:</tt> <a href="/x">:smile:</a> <em>:octocat:</em></p>),
  %(<ul>\n<li>:thumbsup: and :woman_technologist:</li>\n<li>one :heart:</li>\n</ul>),
  %(<p>:smile: &amp; <br /> <img src="a.png" alt=":smile:" /></p>),
]
roots = ["https://github.githubassets.com/images/icons/", "https://cdn.example.com/assets"]
out = []
inputs.each do |input|
  roots.each do |root|
    pipeline = HTML::Pipeline.new([HTML::Pipeline::EmojiFilter], asset_root: root, img_attrs: { align: nil })
    out << { "input" => input, "asset_root" => root, "output" => pipeline.call(input)[:output].to_s }
  end
end
puts JSON.pretty_generate(out)
