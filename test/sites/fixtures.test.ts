/**
 * Hygiene checks for the conformance fixtures and the example blog: every fixture is
 * deterministic (pinned timezone, never prints the build time), has goldens recorded by
 * real Jekyll, and the example blog's images are the ones our script draws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITES = dirname(fileURLToPath(import.meta.url));
const ROOT = join(SITES, '..', '..');

/** Lists files under dir recursively (relative paths, sorted). */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory())) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

const fixtures = readdirSync(SITES).filter((name) => existsSync(join(SITES, name, 'src')));

test('there are fixture sites', () => {
  for (const name of ['basics', 'baseurl', 'permalinks-pretty', 'permalinks-none', 'permalinks-ordinal', 'permalinks-custom']) {
    assert.ok(fixtures.includes(name), `missing fixture ${name}`);
  }
});

/** A Ruby-style time from 2025 or later: after the pinned clock and every fixture date, so it came from a file. */
const CHECKOUT_TIME = /20(?:2[5-9]|[3-9]\d)-\d\d-\d\d[ T]\d\d:\d\d:\d\d/

for (const name of fixtures) {
  test(`fixture ${name}: pinned timezone, no build-time output, goldens present`, () => {
    const src = join(SITES, name, 'src');
    const config = readFileSync(join(src, '_config.yml'), 'utf8');
    // Any explicit zone pins dates (the model-dates-tz fixture needs one other than UTC).
    assert.match(config, /^timezone: \S+$/m);
    // `site.time` is the build time unless _config.yml pins it with `time:`.
    const buildTime = /^time: /m.test(config) ? /modified_time/ : /site\.time|modified_time/;
    for (const file of listFiles(src)) {
      const text = readFileSync(join(src, file), 'utf8');
      assert.doesNotMatch(text, buildTime, `${name}/src/${file} prints a build-dependent value`);
    }
    const expected = join(SITES, name, 'expected');
    assert.ok(existsSync(expected), `${name}/expected is missing: run test/sites/regenerate-goldens.sh`);
    assert.ok(listFiles(expected).includes('index.html'), `${name}/expected has no index.html`);
    // File times (a static file's modified_time, a draft's date) depend on the checkout: goldens, built with the
    // clock pinned to 2024-01-01, must not contain a time from the day they were generated.
    for (const file of listFiles(expected)) {
      const text = readFileSync(join(expected, file), 'latin1');
      assert.doesNotMatch(text, CHECKOUT_TIME, `${name}/expected/${file} holds a file time, which differs on every checkout`);
    }
  });
}

test('example blog: goldens present and the blog never prints the build time', () => {
  const expected = join(SITES, 'example-blog', 'expected');
  const files = listFiles(expected);
  assert.ok(files.includes('index.html'));
  assert.ok(files.includes('ml/2017/07/17/docker-vs-vmware.html'));
  for (const dir of ['_layouts', '_includes']) {
    for (const file of listFiles(join(ROOT, dir))) {
      assert.doesNotMatch(readFileSync(join(ROOT, dir, file), 'utf8'), /site\.time/, `${dir}/${file}`);
    }
  }
});

test('example blog images are small PNGs that scripts/make-images.mjs reproduces byte for byte', () => {
  const out = mkdtempSync(join(tmpdir(), 'utterson-images-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-images.mjs'), out], { stdio: 'pipe' });
    for (const name of ['containers-blog.png', 'docker-lxc.png']) {
      const committed = join(ROOT, 'assets', 'img', 'docker', name);
      const bytes = readFileSync(committed);
      assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.ok(statSync(committed).size < 30 * 1024, `${name} is over 30 KB`);
      assert.ok(readFileSync(join(out, name)).equals(bytes), `${name} differs from the script's output`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
