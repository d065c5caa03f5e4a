/**
 * Runs `task` over `items`, at most `limit` at a time (tasks that finish without waiting run back to back).
 * After a failure no new task starts, and the first error is thrown once the running ones have settled, so
 * nothing is still working on files the caller is about to clean up.
 */
export async function runConcurrently<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (next < items.length && failure === undefined) {
      try {
        await task(items[next++] as T)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
}
