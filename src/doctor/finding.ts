/** What a doctor check reports: warning lines in Jekyll's topic column. */

export interface Finding {
  /** Whether it makes the site unhealthy (exit status 1), as Jekyll's doctor checks do; otherwise advice. */
  unhealthy: boolean
  /** Log lines: the first carries the topic, the rest continue it. */
  lines: Array<[topic: string, message: string]>
}

/** A problem: printed as a warning, and `doctor` exits with 1. */
export const problem = (...lines: Array<[string, string]>): Finding => ({ unhealthy: true, lines })
/** Advice: printed as a warning, the site stays healthy (like Jekyll's pagination deprecation). */
export const advice = (...lines: Array<[string, string]>): Finding => ({ unhealthy: false, lines })
