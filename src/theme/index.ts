/** Themes: resolution (local folder, npm package, Ruby gem), the theme's config, its assets and its plugins. */
export { readThemeAssets, type ThemeAssets } from './assets.js'
export { mergeThemeConfig } from './config.js'
export { compareGemVersions, findGem, gemPaths, type InstalledGem } from './gem-paths.js'
export { parseGemspec, type Gemspec } from './gemspec.js'
export { findTheme, resolveTheme, themePluginNames, type ThemeLookup } from './resolve.js'
export type { Theme, ThemeOrigin } from './types.js'
