/** Sass/SCSS support: the converters, the settings they read, and string conversion for the filters. */
export { createSassConverters, convertSass, siteSassSettings, type SassConverterOptions } from './converter.js'
export { sassSettings, SILENCED_DEPRECATIONS, sourcemapRequired, type SassSettings, type SassStyle, type SourcemapPolicy } from './settings.js'
export { compileSass, type SassInputFile, type SassOutput } from './compile.js'
export { createSourceMapPage, sourceMapUrl } from './source-map-page.js'
