/**
 * The routes file, kept in the builder's memory between builds (issue 26). Reading it whole is one
 * query of every address record plus one of every recorded document's slug and status: ~0.9 s at
 * 10,000 items and ~21 s at 100,000, at every publish. This reader reads it whole once, then at each
 * build only what changed since its last read:
 * - address records written since (updatedAt), by id; a count that disagrees with the records kept
 *   (a record deleted, which the server never does) reads everything again;
 * - the current path of every document whose record changed (a withdrawal or new slug: a deleted
 *   document withdraws its records) or that was itself written since (a publish, rename or unpublish
 *   always writes the published row).
 * The table itself (addressTable) is computed from the kept records every time, with the build's
 * clock, as before. Everything is read again every FULL_EVERY_MS and when anything fails half-way, so a
 * change no hook announced (a row written outside Payload) is in the routes file within the hour.
 * `readSiteRoutes` (siteRoutes.ts) stays the reference: a test compares the two after each kind of change.
 */
import type { Payload, Where } from 'payload'
import { type AddressRecord, addressTable, currentKey, type SiteRoutes } from '../cms/domain/addresses.ts'
import { embedOriginsOf } from '../cms/domain/embedOrigins.ts'
import { documentPath } from '../cms/domain/publicPaths.ts'
import { globalSlugs, slugs } from '../cms/slugs.ts'
import { routeDocs } from './siteRoutes.ts'

type Row = { id: string | number; slug?: unknown; _status?: unknown; updatedAt?: unknown }
type RecordRow = AddressRecord & { id: string | number }

/** Rows written this long before a read started are read again by the next one (a write's updatedAt is taken before it commits). */
const OVERLAP_MS = 60_000
/** Everything is read again at least this often. */
export const FULL_EVERY_MS = 60 * 60_000

const pathOf = (collection: string, doc: Row): string | null => {
  const published = doc._status === undefined || doc._status === 'published'
  return typeof doc.slug === 'string' && published ? documentPath(collection, doc.slug) : null
}

export class SiteRoutesMemory {
  /** Address records by row id. */
  #records = new Map<string, RecordRow>()
  /** Document key (collection, id) → its current path, for the documents that have records. */
  #current = new Map<string, string>()
  /** Document keys that have records, by collection. */
  #recorded = new Map<string, Set<string>>()
  /** Rows written after this (ISO) are read by the next incremental read; null: read everything. */
  #since: string | null = null
  #fullAt = 0
  /** How the last read went (for the build log and tests). */
  lastRead: { full: boolean; records: number; documents: number } = { full: true, records: 0, documents: 0 }

  constructor(private readonly payload: Payload) {}

  /** The read under way (reads run one at a time: each builds on what the one before kept). */
  #queue: Promise<unknown> = Promise.resolve()

  /** The routes file now: read incrementally when possible, whole otherwise. Calls made while one runs wait for it. */
  read(now: Date): Promise<SiteRoutes> {
    const next = this.#queue.then(
      () => this.#read(now),
      () => this.#read(now),
    )
    this.#queue = next.catch(() => undefined)
    return next
  }

  /**
   * Read everything now, in the background, when nothing was read yet: the first whole read (~21 s at
   * 100,000 items) is then done before the first publish needs it, instead of inside it (issue 26). A
   * failure is forgotten: the next read is whole again.
   */
  warm(): Promise<void> {
    if (this.#since !== null) return Promise.resolve()
    return this.read(new Date()).then(
      () => undefined,
      () => undefined,
    )
  }

  async #read(now: Date): Promise<SiteRoutes> {
    const started = new Date(Date.now() - OVERLAP_MS).toISOString()
    const whole = this.#since === null || Date.now() - this.#fullAt > FULL_EVERY_MS
    try {
      if (whole || !(await this.#update(this.#since as string))) await this.#readAll()
      this.#since = started
    } catch (error) {
      this.#since = null
      throw error
    }
    const identity = (await this.payload.findGlobal({ slug: globalSlugs.siteIdentity, depth: 0, overrideAccess: true })) as {
      embedOrigins?: unknown
    }
    return { ...addressTable([...this.#records.values()], this.#current, now), embedOrigins: embedOriginsOf(identity.embedOrigins) }
  }

  /** Forget everything: the next read is whole. */
  reset(): void {
    this.#since = null
  }

  #keep(row: RecordRow): void {
    this.#records.set(String(row.id), row)
    const keys = this.#recorded.get(row.collection) ?? new Set<string>()
    keys.add(String(row.docId))
    this.#recorded.set(row.collection, keys)
  }

  async #findRecords(where?: Where): Promise<RecordRow[]> {
    const { docs } = await this.payload.find({ collection: slugs.siteAddresses, where, depth: 0, pagination: false, overrideAccess: true })
    return docs as unknown as RecordRow[]
  }

  async #readAll(): Promise<void> {
    this.#records = new Map()
    this.#recorded = new Map()
    this.#current = new Map()
    for (const row of await this.#findRecords()) this.#keep(row)
    let documents = 0
    for (const [collection, ids] of this.#recorded) documents += await this.#readDocs(collection, { id: { in: [...ids] } }, ids)
    this.#fullAt = Date.now()
    this.lastRead = { full: true, records: this.#records.size, documents }
  }

  /** Read what changed since `since`; false when everything must be read again. */
  async #update(since: string): Promise<boolean> {
    const changed = await this.#findRecords({ updatedAt: { greater_than: since } })
    const touched = new Map<string, Set<string>>()
    for (const row of changed) {
      this.#keep(row)
      touched.set(row.collection, (touched.get(row.collection) ?? new Set()).add(String(row.docId)))
    }
    const { totalDocs } = await this.payload.count({ collection: slugs.siteAddresses, overrideAccess: true })
    if (totalDocs !== this.#records.size) return false
    let documents = 0
    for (const [collection, ids] of this.#recorded) {
      const mine = [...(touched.get(collection) ?? [])]
      const where: Where = mine.length
        ? { or: [{ updatedAt: { greater_than: since } }, { id: { in: mine } }] }
        : { updatedAt: { greater_than: since } }
      // A document whose record changed and is not found any more was deleted: it has no current path.
      for (const id of mine) this.#current.delete(currentKey(collection, id))
      documents += await this.#readDocs(collection, where, ids)
    }
    this.lastRead = { full: false, records: changed.length, documents }
    return true
  }

  /** The current path of each document found by `where` that has records (`ids`); returns how many were read. */
  async #readDocs(collection: string, where: Where, ids: ReadonlySet<string>): Promise<number> {
    const docs = await routeDocs(this.payload, collection, where)
    for (const doc of docs) {
      if (!ids.has(String(doc.id))) continue
      const key = currentKey(collection, String(doc.id))
      const path = pathOf(collection, doc)
      if (path) this.#current.set(key, path)
      else this.#current.delete(key)
    }
    return docs.length
  }
}
