/**
 * `utterson doctor`: Jekyll's checks print what `jekyll doctor` prints (recorded by test/cli/record-doctor.sh),
 * and Utterson's own checks report Ruby plugins, plugins it does not build in and TOML configuration.
 */
import assert from 'node:assert/strict'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { gemfilePlugins } from '../../src/doctor/utterson-checks.js'
import { REPO, utterson } from './run-cli.js'

const FIXTURES = path.join(import.meta.dirname, 'fixtures')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-doctor-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

/** A recorded Jekyll log: its exit status and its lines (trailing blanks trimmed), with <SOURCE> filled in. */
function recorded(name: string, source: string): { code: number; lines: string[] } {
  const [status, ...lines] = readFileSync(path.join(FIXTURES, name), 'utf8').trimEnd().split('\n')
  return { code: Number(/\d+/.exec(status as string)?.[0]), lines: lines.map((l) => l.replaceAll('<SOURCE>', source).trimEnd()) }
}

const lines = (text: string) => text.trimEnd().split('\n').map((l) => l.trimEnd())

/** A fresh minimal site in the temporary folder. */
function site(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name)
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), content)
  }
  return dir
}

test("Jekyll's checks print what jekyll doctor prints, in the same order, and exit 1", () => {
  const dir = path.join(tmp, 'doctor-site')
  cpSync(path.join(FIXTURES, 'doctor-site'), dir, { recursive: true })
  const jekyll = recorded('doctor-site.jekyll.log', dir)
  const { code, out, err } = utterson(['doctor'], dir)
  assert.equal(code, jekyll.code)
  assert.deepEqual([...lines(out), ...lines(err)], jekyll.lines)
})

test('a healthy site: "Everything looks fine." and exit 0, as Jekyll says of the example blog', () => {
  const jekyll = recorded('example-blog-doctor.jekyll.log', REPO)
  const { code, out } = utterson(['doctor'], REPO)
  assert.equal(code, jekyll.code)
  assert.deepEqual(lines(out), jekyll.lines)
})

test('hyde is an alias of doctor', () => {
  const { code, out } = utterson(['hyde'], REPO)
  assert.equal(code, 0)
  assert.match(out, /^ {2}Your test results are in\. Everything looks fine\.$/m)
})

test('Ruby plugins, plugins Utterson does not build in and Gemfile plugins are reported', () => {
  const dir = site('ruby', {
    '_config.yml': 'url: https://example.com\nplugins: [jekyll-feed, jekyll-made-up]\n',
    '_plugins/shout.rb': 'module Jekyll; end\n',
    '_plugins/nested/more.rb': '# ruby\n',
    'Gemfile': 'source "https://rubygems.org"\ngroup :jekyll_plugins do\n  gem "jekyll-feed"\n  gem "jekyll-other" # comment\nend\ngem "jekyll-solo", group: :jekyll_plugins\ngem "rake"\n',
    'index.md': '---\n---\nHi\n',
  })
  const { code, err } = utterson(['doctor'], dir)
  assert.equal(code, 1)
  assert.match(err, /^ +Plugin: jekyll-made-up \(from plugins: in the configuration\) is not built into Utterson/m)
  assert.match(err, /^ +Plugin: jekyll-other \(from the Gemfile\)/m)
  assert.match(err, /^ +Plugin: jekyll-solo \(from the Gemfile\)/m)
  assert.doesNotMatch(err, /jekyll-feed|rake/)
  assert.match(err, /^ +Ruby plugin: _plugins\/nested\/more\.rb cannot run in Utterson/m)
  assert.match(err, /^ +Ruby plugin: _plugins\/shout\.rb cannot run in Utterson/m)
})

test('a TOML configuration is reported without crashing', () => {
  const dir = site('toml', { '_config.toml': 'title = "x"\n', 'index.md': '---\n---\nHi\n' })
  const { code, err } = utterson(['doctor'], dir)
  assert.equal(code, 1)
  assert.match(err, /Configuration: .*_config\.toml is TOML, which Utterson does not read\./)
})

test('a remote theme and another Markdown processor are reported; a localhost url is advice only', () => {
  const dir = site('settings', {
    '_config.yml': 'url: http://localhost:4000\nremote_theme: pages-themes/cayman\nmarkdown: CommonMarkGhPages\n',
    'index.md': '---\n---\nHi\n',
  })
  const { code, err } = utterson(['doctor'], dir)
  assert.equal(code, 1)
  assert.match(err, /Theme: remote_theme: pages-themes\/cayman needs the network/)
  assert.match(err, /Markdown: markdown: CommonMarkGhPages is a Ruby converter/)
  assert.match(err, /url: http:\/\/localhost:4000 points at this machine/)
  const local = site('local-url', { '_config.yml': 'url: http://localhost:4000\n', 'index.md': '---\n---\nHi\n' })
  assert.equal(utterson(['doctor'], local).code, 0)
})

test('settings of Jekyll 1 and 2 that Jekyll 4 ignores are pointed out, as advice', () => {
  const dir = site('old-keys', {
    '_config.yml': 'url: https://example.com\nlayouts: _my_layouts\ndata_source: _my_data\nhighlighter: pygments\n',
    'index.md': '---\n---\nHi\n',
  })
  const { code, out, err } = utterson(['doctor'], dir)
  assert.equal(code, 0)
  assert.match(err, /^ +Deprecation: 'layouts' is no longer read \(since Jekyll 3\); use 'layouts_dir' instead\.$/m)
  assert.match(err, /^ +Deprecation: 'data_source' is no longer read \(since Jekyll 3\); use 'data_dir' instead\.$/m)
  assert.match(err, /^ +Deprecation: highlighter: pygments was replaced by rouge in Jekyll 3/m)
  assert.match(out, /Everything looks fine\./)
})

test('gemfilePlugins reads the jekyll_plugins group in both spellings', () => {
  const gemfile = 'group :jekyll_plugins do\n  gem "a"\n  gem \'b\', "~> 1"\nend\ngem "c"\ngem "d", :group => :jekyll_plugins\n'
  assert.deepEqual(gemfilePlugins(gemfile), ['a', 'b', 'd'])
})
