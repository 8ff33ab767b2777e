/**
 * A full build's page writes on a thread of their own (issue 26: full build). Astro renders pages on
 * one thread; each page's folder and file cost that thread a mkdir and an open/write/close on the
 * disk (about 0.4–0.8 ms a page here, a third of the render). Through this writer the render thread
 * only hands the page's path and bytes to a worker thread (one message, the bytes copied) and goes on
 * rendering; the worker makes the folders and writes the files (and the copies of pages Astro's
 * incremental build reuses), in the order they were handed over.
 *
 * The writes are checked at flush(): it resolves once every write handed over so far is on disk, and
 * rejects with the first write that failed (its path and Node's error code), so a build whose page
 * could not be written fails before anything reads the folder (buildWorker.ts flushes when Astro has
 * generated every page, before any astro:build:done hook). After a failure the worker writes nothing
 * more until the next flush. At most MAX_PENDING writes wait in the worker: beyond that the render
 * thread waits (Atomics.wait) until the worker catches up, so a slow disk cannot pile up page copies
 * in memory.
 */
import { Worker } from 'node:worker_threads'

/** Writes handed over and not yet done at which the render thread waits (about 30–60 kB a page: a few MB). */
export const MAX_PENDING = 256

/** How long the render thread waits for the worker to take one more write before the write fails. */
const STALLED_MS = 60_000

/** The worker: plain CommonJS run with eval (the build process is bundled: no file of its own to point at). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
const pending = new Int32Array(workerData.pending)
const made = new Set()
let failure = null
parentPort.on('message', (message) => {
  if (message.flush !== undefined) {
    parentPort.postMessage({ flushed: message.flush, failure })
    failure = null
    made.clear()
    return
  }
  try {
    if (failure !== null) return
    if (message.kind === 'mkdir') {
      if (!made.has(message.path)) fs.mkdirSync(message.path, message.options)
      if (message.options && message.options.recursive) made.add(message.path)
    } else if (message.kind === 'copy') fs.copyFileSync(message.from, message.path, message.options)
    else fs.writeFileSync(message.path, message.data, message.options)
  } catch (error) {
    failure = { path: message.path, code: error && error.code, message: String(error && error.message) }
  } finally {
    Atomics.sub(pending, 0, 1)
    Atomics.notify(pending, 0)
  }
})
`

type Failure = { path: string; code?: string; message: string }
type Flushed = { flushed: number; failure: Failure | null }

/** A page write that failed on the writer thread, as Node would have thrown it (its code kept). */
export class PageWriteError extends Error {
  readonly code: string | undefined
  readonly path: string

  constructor(failure: Failure) {
    super(`页面写入失败 / could not write ${failure.path}: ${failure.message}`)
    this.name = 'PageWriteError'
    this.code = failure.code
    this.path = failure.path
  }
}

export class PageWriteThread {
  readonly #pending = new Int32Array(new SharedArrayBuffer(4))
  #worker: Worker | null = null
  #nextFlush = 1
  /** Why the worker stopped with writes handed over (reported by the next flush). */
  #broken: Error | null = null
  readonly #flushes = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()

  #thread(): Worker {
    if (this.#worker) return this.#worker
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pending: this.#pending.buffer } })
    // Never keeps the build process alive on its own.
    worker.unref()
    worker.on('message', ({ flushed, failure }: Flushed) => {
      const waiting = this.#flushes.get(flushed)
      this.#flushes.delete(flushed)
      if (failure) waiting?.reject(new PageWriteError(failure))
      else waiting?.resolve()
    })
    const fail = (error: Error) => {
      if (this.#worker !== worker) return
      this.#worker = null
      // Writes handed over since the last flush were lost: the next flush fails (a waiting one fails now).
      if (this.#flushes.size === 0 && Atomics.load(this.#pending, 0) > 0) this.#broken ??= error
      Atomics.store(this.#pending, 0, 0)
      for (const waiting of this.#flushes.values()) waiting.reject(error)
      this.#flushes.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`页面写入线程退出 / the page write thread exited (${code})`)))
    this.#worker = worker
    return worker
  }

  #send(message: { kind: 'mkdir' | 'write' | 'copy'; path: string; data?: string | Uint8Array; from?: string; options?: unknown }): void {
    const worker = this.#thread()
    // Wait while the worker is MAX_PENDING writes behind (it lowers the count and wakes this thread after each);
    // a worker that takes none for STALLED_MS (gone: its exit is only heard when this thread's loop turns) fails the write.
    let since = Date.now()
    for (let now = Atomics.load(this.#pending, 0); now >= MAX_PENDING; ) {
      Atomics.wait(this.#pending, 0, now, 1000)
      const next = Atomics.load(this.#pending, 0)
      if (next !== now) since = Date.now()
      else if (Date.now() - since > STALLED_MS) throw new Error('页面写入线程无响应 / the page write thread takes no more writes')
      now = next
    }
    Atomics.add(this.#pending, 0, 1)
    worker.postMessage(message)
  }

  /** Make a folder (fs.mkdirSync's options), after every write handed over before. */
  mkdir(dir: string, options?: unknown): void {
    this.#send({ kind: 'mkdir', path: dir, options })
  }

  /** Write a file (fs.writeFileSync's data and options), after every write handed over before. */
  write(file: string, data: string | Uint8Array, options?: unknown): void {
    // A view into a larger buffer is copied alone (postMessage would copy the whole buffer).
    const own = typeof data === 'string' || data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data)
    this.#send({ kind: 'write', path: file, data: own, options })
  }

  /** Copy a file to `to` (fs.copyFileSync's mode), after every write handed over before. */
  copy(from: string, to: string, mode?: unknown): void {
    this.#send({ kind: 'copy', path: to, from, options: mode })
  }

  /** Resolves once every write handed over so far is done; rejects with the first that failed since the last flush. */
  flush(): Promise<void> {
    const broken = this.#broken
    this.#broken = null
    if (broken) return Promise.reject(broken)
    if (!this.#worker) return Promise.resolve()
    const id = this.#nextFlush++
    const done = new Promise<void>((resolve, reject) => this.#flushes.set(id, { resolve, reject }))
    // The answer comes through this thread's event loop: keep the process up until it does.
    this.#worker.ref()
    this.#worker.postMessage({ flush: id })
    const worker = this.#worker
    return done.finally(() => worker.unref())
  }

  /** Stop the worker: a flush still waiting fails (never hangs); the next write starts a new one. */
  async close(): Promise<void> {
    const stopped = new Error('页面写入线程已停止 / the page write thread was stopped')
    for (const waiting of this.#flushes.values()) waiting.reject(stopped)
    this.#flushes.clear()
    await this.#worker?.terminate()
    this.#worker = null
    this.#broken = null
  }
}
