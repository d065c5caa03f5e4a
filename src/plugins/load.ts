/**
 * Resolves the plugins of a build, in Jekyll's order: the theme's dependencies, the site's `_plugins/`
 * (`*.js`, `*.mjs`, recursively, sorted), then `plugins:` (and the legacy `gems:`). A name is a built-in
 * plugin or an npm package installed for the site; anything else is a warning, never a crash.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SiteConfig } from '../config/load.js'
import { BuildError } from '../util/errors.js'
import { log } from '../util/log.js'
import { CORE_FEATURES, loadBuiltinPlugin } from './builtin/index.js'
import { PluginRegistry } from './registry.js'
import type { PluginApi, UttersonPlugin } from './types.js'

export interface LoadPluginsOptions {
  /** More plugin names to load first (the theme's gemspec runtime dependencies). */
  extraNames?: readonly string[]
  /** Plugins to use for names, instead of the built-in table (tests). */
  builtins?: Readonly<Record<string, UttersonPlugin>>
}

/** The names in `plugins:` (an array, as Jekyll requires) and the legacy `gems:`, without duplicates. */
export function configuredPluginNames(config: SiteConfig): string[] {
  const names: string[] = []
  const plugins = config.plugins
  if (plugins !== undefined && plugins !== null && !Array.isArray(plugins)) {
    throw new BuildError({
      topic: 'Fatal',
      message: `'plugins' should be set as an array of gem-names, but was: ${JSON.stringify(plugins)}.`,
      hint: "Use 'plugins_dir' to set the folder of your own plugins.",
    })
  }
  if (Array.isArray(plugins)) names.push(...plugins.map(String))
  if (config.gems !== undefined && config.gems !== null) {
    log.warn('Deprecation:', "The 'gems' configuration option has been renamed to 'plugins'. Please update your config file accordingly.")
    if (Array.isArray(config.gems)) names.push(...config.gems.map(String))
  }
  return [...new Set(names)]
}

export async function loadPlugins(config: SiteConfig, options: LoadPluginsOptions = {}): Promise<PluginRegistry> {
  const registry = new PluginRegistry(config)
  const builtin = async (name: string) => (options.builtins ? options.builtins[name] : await loadBuiltinPlugin(name))
  const seen = new Set<string>()
  const setup = async (plugin: UttersonPlugin, name: string) => {
    if (seen.has(plugin.name ?? name)) return
    seen.add(plugin.name ?? name)
    await runSetup(plugin, registry.api(plugin.name ?? name))
    registry.loaded.push(plugin.name ?? name)
  }

  const names = [...(options.extraNames ?? []), ...configuredPluginNames(config)]
  const requested = new Set(names)
  for (const file of pluginFiles(config)) {
    await setup(await importPlugin(file, path.basename(file).replace(/\.m?js$/, '')), file)
  }
  for (const name of names) {
    if (seen.has(name)) continue
    if (CORE_FEATURES.has(name)) {
      seen.add(name)
      continue
    }
    const plugin = await builtin(name)
    if (plugin) {
      await setup(plugin, name)
      continue
    }
    const entry = resolvePackage(name, config.source)
    if (!entry) {
      seen.add(name)
      log.warn('Plugins:', `'${name}' is not built into Utterson and no npm package of that name is installed; it is ignored.`)
      continue
    }
    await setup(await importPlugin(entry, name), name)
  }
  if (config.paginate !== undefined && config.paginate !== null && !requested.has('jekyll-paginate')) {
    log.warn('Deprecation:', 'You appear to have pagination turned on, but you haven\'t included the `jekyll-paginate` gem. Ensure you have `plugins: [jekyll-paginate]` in your configuration file.')
  }
  return registry
}

async function runSetup(plugin: UttersonPlugin, api: PluginApi): Promise<void> {
  try {
    await plugin.setup(api)
  } catch (error) {
    if (error instanceof BuildError) throw error
    throw new BuildError({
      topic: 'Plugin Error',
      message: `Plugin '${api.name}' failed while setting up: ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
    })
  }
}

/** `_plugins/**\/*.{js,mjs}` (or `plugins_dir`), sorted; Ruby plugins are reported and skipped. */
function pluginFiles(config: SiteConfig): string[] {
  const setting = config.plugins_dir ?? '_plugins'
  const dirs = (Array.isArray(setting) ? setting : [setting]).map((d) => path.resolve(config.source, String(d)))
  const files: string[] = []
  const walk = (dir: string) => {
    let entries: string[]
    try {
      entries = readdirSync(dir).sort()
    } catch {
      return
    }
    for (const name of entries) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else if (/\.m?js$/.test(name)) files.push(file)
      else if (name.endsWith('.rb')) log.warn('Plugins:', `${path.relative(config.source, file)} is a Ruby plugin; Utterson runs JavaScript plugins only, so it is ignored.`)
    }
  }
  for (const dir of dirs) walk(dir)
  return files
}

/** Imports a plugin module: its default export (a plugin object or a setup function) or a `setup` export. */
async function importPlugin(file: string, fallbackName: string): Promise<UttersonPlugin> {
  let mod: Record<string, unknown>
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  } catch (error) {
    throw new BuildError({
      topic: 'Plugin Error',
      message: `Could not load plugin ${fallbackName} (${file}): ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
    })
  }
  const candidate = (mod.default ?? mod) as unknown
  if (typeof candidate === 'function') return { name: fallbackName, setup: candidate as UttersonPlugin['setup'] }
  if (candidate && typeof candidate === 'object' && typeof (candidate as UttersonPlugin).setup === 'function') {
    const plugin = candidate as UttersonPlugin
    return { name: typeof plugin.name === 'string' && plugin.name ? plugin.name : fallbackName, setup: plugin.setup.bind(plugin) }
  }
  throw new BuildError({
    topic: 'Plugin Error',
    message: `${fallbackName} (${file}) does not export a plugin.`,
    hint: 'Export `definePlugin({ name, setup(api) { ... } })` as the default export.',
  })
}

/** Finds an installed npm package's ESM or CommonJS entry, looking in node_modules from the site source up. */
export function resolvePackage(name: string, from: string): string | undefined {
  if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(name)) return undefined
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const root = path.join(dir, 'node_modules', name)
    const manifest = path.join(root, 'package.json')
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { main?: string; exports?: unknown }
      const entry = exportEntry(pkg.exports) ?? pkg.main ?? 'index.js'
      const file = path.resolve(root, entry)
      for (const candidate of [file, `${file}.js`, path.join(file, 'index.js')]) {
        if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
      }
      return undefined
    }
    if (path.dirname(dir) === dir) return undefined
  }
}

function exportEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports
  if (!exports || typeof exports !== 'object') return undefined
  const map = exports as Record<string, unknown>
  const main = '.' in map ? map['.'] : map
  if (typeof main === 'string') return main
  if (main && typeof main === 'object') {
    for (const condition of ['import', 'node', 'default', 'require']) {
      const value = (main as Record<string, unknown>)[condition]
      const found = exportEntry(value)
      if (found) return found
    }
  }
  return undefined
}
