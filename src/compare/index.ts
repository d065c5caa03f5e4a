/** Comparing two built sites: normalization by file type, a site diff, and the migration report. */
export { diffLines, type DiffLine } from './line-diff.js'
export { listFiles } from './list-files.js'
export { cssEffect, sourceMapEffect } from './css-effect.js'
export { canonicalEntities, normalizeFile, normalizeJson, normalizeText } from './normalize-file.js'
export { normalizeHtml, normalizedHtmlLines, type NormalizeOptions } from './normalize-html.js'
export { compareReport, summarize, summaryLine, type CompareSummary, type ReportLine, type ReportOptions } from './report.js'
export { diffFileLines, diffSites, type DiffOptions, type DiffStatus, type FileDiff } from './site-diff.js'
