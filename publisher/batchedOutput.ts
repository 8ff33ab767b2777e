/**
 * The build process's standard output in batches (issue 26). Astro logs two lines per page; the
 * output is a pipe to the builder, and a pipe write is synchronous on Linux: at 10,000 items about
 * 23,000 writes cost ~2 s of the build's CPU. Lines are gathered and written every BATCH_MS (or
 * at once with flushOutput(), before the build reports done), so the log reads the same.
 */
const BATCH_MS = 50

let pending: string[] = []
let timer: ReturnType<typeof setTimeout> | undefined
let write: ((text: string) => boolean) | undefined

/** Write what is gathered now. */
export function flushOutput(): void {
  clearTimeout(timer)
  timer = undefined
  if (pending.length === 0 || !write) return
  const text = pending.join('')
  pending = []
  write(text)
}

/** From now on this process's stdout is written in batches (flushed on exit too). */
export function batchOutput(): void {
  if (write) return
  write = process.stdout.write.bind(process.stdout) as (text: string) => boolean
  const batched = (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
    pending.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    timer ??= setTimeout(flushOutput, BATCH_MS)
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') queueMicrotask(() => done())
    return true
  }
  process.stdout.write = batched as typeof process.stdout.write
  process.on('exit', flushOutput)
}
