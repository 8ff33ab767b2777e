/**
 * Per-process cache of anonymous API reads, in front of the Next app in publisher/server.ts. Which requests
 * it may answer is decided in cms/http/rules/apiCache.ts. A miss is filled by asking this same server
 * again, WITHOUT the caller's headers (no cookie, no Authorization), so a stored response is what
 * any anonymous caller gets; concurrent misses for one URL share one fill.
 *
 * Invalidation: clear() on every event that changes what is public in this process — a write
 * through this process (see trackWrite), the builder's switch, a switch seen by the live-site watch —
 * and entries live at most API_CACHE_TTL_MS (10 s), so separate API processes converge.
 */
import { randomBytes } from 'node:crypto'
import type http from 'node:http'
import { API_CACHE_TTL_MS, apiCacheKey, invalidatesApiCache } from './rules/apiCache.ts'

type Entry = { storedAt: number; status: number; headers: Record<string, string>; body: Buffer }
export type ApiCacheOptions = {
  /** Where fills are sent: this server, e.g. http://127.0.0.1:3000. */
  origin: string
  collections: readonly string[]
  globals: readonly string[]
  ttlMs?: number
  maxEntries?: number
  maxBytes?: number
  maxEntryBytes?: number
  now?: () => number
}

/** The response headers a stored answer keeps (security headers are set per request by the server). */
const KEPT_HEADERS = ['content-type', 'cache-control', 'content-language']
export const CACHE_STATUS_HEADER = 'x-api-cache'
const FILL_HEADER = 'x-api-cache-fill'

export class ApiCache {
  readonly #entries = new Map<string, Entry>()
  readonly #filling = new Map<string, Promise<Entry | null>>()
  readonly #fillToken = randomBytes(16).toString('hex')
  #generation = 0
  #bytes = 0

  constructor(private readonly options: ApiCacheOptions) {}

  get size(): number {
    return this.#entries.size
  }

  clear(): void {
    this.#generation += 1
    this.#entries.clear()
    this.#filling.clear()
    this.#bytes = 0
  }

  /**
   * Answer the request from the cache (filling it on a miss) and return true, or return false when
   * the cache does not take this request. `fallback` handles it normally when a fill gives no 200.
   */
  handle(req: http.IncomingMessage, res: http.ServerResponse, fallback: () => void): boolean {
    if (req.headers[FILL_HEADER] === this.#fillToken) return false
    const key = apiCacheKey(
      { method: req.method ?? 'GET', url: req.url ?? '/', ...pick(req.headers, 'authorization', 'cookie', 'origin') },
      this.options.collections,
      this.options.globals,
    )
    if (key === null) return false
    const fresh = this.#fresh(key)
    if (fresh) {
      send(res, fresh, 'hit')
      return true
    }
    void this.#fill(key).then(
      (entry) => (entry ? send(res, entry, 'miss') : fallback()),
      () => fallback(),
    )
    return true
  }

  /** Clear the cache once a write through this server completes successfully. */
  trackWrite(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!invalidatesApiCache(req.method, 200)) return
    res.once('finish', () => {
      if (invalidatesApiCache(req.method, res.statusCode)) this.clear()
    })
  }

  #fresh(key: string): Entry | null {
    const entry = this.#entries.get(key)
    if (!entry) return null
    if (this.#now() - entry.storedAt < (this.options.ttlMs ?? API_CACHE_TTL_MS)) return entry
    this.#delete(key)
    return null
  }

  #fill(key: string): Promise<Entry | null> {
    const running = this.#filling.get(key)
    if (running) return running
    const generation = this.#generation
    const filling = this.#fetch(key).then((entry) => {
      if (this.#filling.get(key) === filling) this.#filling.delete(key)
      // A write or switch happened while this fill ran: answer this caller, keep nothing.
      if (entry && entry.status === 200 && generation === this.#generation) this.#store(key, entry)
      return entry && entry.status === 200 ? entry : null
    })
    this.#filling.set(key, filling)
    return filling
  }

  async #fetch(key: string): Promise<Entry> {
    const response = await fetch(`${this.options.origin}${key}`, {
      headers: { [FILL_HEADER]: this.#fillToken, accept: 'application/json', 'accept-encoding': 'identity' },
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    const headers: Record<string, string> = {}
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name)
      if (value !== null) headers[name] = value
    }
    return { storedAt: this.#now(), status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) }
  }

  #store(key: string, entry: Entry): void {
    const maxEntry = this.options.maxEntryBytes ?? 1024 * 1024
    if (entry.body.length > maxEntry) return
    this.#delete(key)
    this.#entries.set(key, entry)
    this.#bytes += entry.body.length
    const maxEntries = this.options.maxEntries ?? 500
    const maxBytes = this.options.maxBytes ?? 32 * 1024 * 1024
    // Oldest first (a Map keeps insertion order).
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= maxEntries && this.#bytes <= maxBytes) break
      this.#delete(oldest)
    }
  }

  #delete(key: string): void {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#bytes -= entry.body.length
    this.#entries.delete(key)
  }

  #now(): number {
    return (this.options.now ?? Date.now)()
  }
}

function pick(headers: http.IncomingHttpHeaders, ...names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, headers[name] === undefined ? undefined : String(headers[name])]))
}

function send(res: http.ServerResponse, entry: Entry, state: 'hit' | 'miss'): void {
  if (res.headersSent || res.destroyed) return
  res.writeHead(entry.status, { ...entry.headers, 'content-length': entry.body.length, [CACHE_STATUS_HEADER]: state })
  res.end(entry.body)
}
