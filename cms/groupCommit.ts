/**
 * A group commit: many small writes of one process collected for `maxWaitMs` (or until `maxItems`
 * wait) and handed to `flush` together, one flush at a time; what arrives during a flush goes into
 * the next one at once. Each caller awaits its own item's outcome. A flush that throws fails exactly
 * its own items with BatchFailed (the caller answers 503); the items of other flushes are untouched.
 */

export class BatchFailed extends Error {
  override name = 'BatchFailed'
}

type Waiting<T, R> = { item: T; resolve: (outcome: R) => void; reject: (error: unknown) => void }

export type GroupCommitOptions<T, R> = {
  maxItems: number
  maxWaitMs: number
  /** Writes the items; answers one outcome per item, in order. */
  flush: (items: T[]) => Promise<R[]>
}

export function groupCommit<T, R>({ maxItems, maxWaitMs, flush }: GroupCommitOptions<T, R>): (item: T) => Promise<R> {
  let waiting: Waiting<T, R>[] = []
  let flushing = false
  let timer: ReturnType<typeof setTimeout> | null = null

  async function run(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    if (flushing || waiting.length === 0) return
    const batch = waiting.slice(0, maxItems)
    waiting = waiting.slice(batch.length)
    flushing = true
    try {
      const outcomes = await flush(batch.map((entry) => entry.item))
      if (outcomes.length !== batch.length) throw new Error(`flush answered ${outcomes.length} outcomes for ${batch.length} items`)
      for (const [index, entry] of batch.entries()) entry.resolve(outcomes[index] as R)
    } catch (error) {
      const failed = new BatchFailed(`batch of ${batch.length} not written: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      })
      for (const entry of batch) entry.reject(failed)
    } finally {
      flushing = false
      if (waiting.length > 0) void run()
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject })
      if (flushing) return
      if (waiting.length >= maxItems) void run()
      else timer ??= setTimeout(() => void run(), maxWaitMs)
    })
}

/**
 * One group commit per owner (a Payload instance), made on first use: `(owner, item)` queues the item in
 * that owner's batches, which `options(owner)` describes.
 */
export function groupCommitPer<K extends object, T, R>(options: (owner: K) => GroupCommitOptions<T, R>): (owner: K, item: T) => Promise<R> {
  const queues = new WeakMap<K, (item: T) => Promise<R>>()
  return (owner, item) => {
    let queue = queues.get(owner)
    if (!queue) {
      queue = groupCommit(options(owner))
      queues.set(owner, queue)
    }
    return queue(item)
  }
}
