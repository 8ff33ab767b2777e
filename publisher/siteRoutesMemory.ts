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
 * clock, as before. Everything is read again when anything fails half-way, and at least every
 * FULL_EVERY_MS, so a change no hook announced (a row written outside Payload) is in the routes file
 * within the hour: that whole read runs in the background after a switch (refreshIfDue), into maps of
 * its own that replace the kept ones when it is done, never inside a publish (issue 26: ~21 s at 100,000 items).
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
/** What a whole read finds: address records by row id, each recorded document's current path, the recorded keys by collection. */
type Kept = { records: Map<string, RecordRow>; current: Map<string, string>; recorded: Map<string, Set<string>> }

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
  /** The background whole read under way (refreshIfDue), or null. */
  #refreshing: Promise<boolean> | null = null
  /** How the last read went (for the build log and tests). */
  lastRead: { full: boolean; records: number; documents: number } = { full: true, records: 0, documents: 0 }

  constructor(private readonly payload: Payload) {}

  /** The read under way (reads run one at a time: each builds on what the one before kept). */
  #queue: Promise<unknown> = Promise.resolve()

  /** The routes file now: read incrementally when possible, whole otherwise. Calls made while one runs wait for it. */
  read(now: Date): Promise<SiteRoutes> {
    return this.#inTurn(() => this.#read(now))
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
    const whole = this.#since === null
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

  /**
   * When the last whole read is older than FULL_EVERY_MS (`nowMs`), read everything again in the background: the
   * builder calls this after a switch. Publishes meanwhile read incrementally on the kept maps, as before; once
   * done the new maps replace them (between two reads) and the next read takes everything written since this
   * one began. A failure changes nothing (the next call tries again). Resolves when done: true when the new
   * maps were taken (tests wait for it).
   */
  refreshIfDue(nowMs = Date.now()): Promise<boolean> {
    if (this.#refreshing) return this.#refreshing
    if (this.#since === null || nowMs - this.#fullAt <= FULL_EVERY_MS) return Promise.resolve(false)
    const started = new Date(Date.now() - OVERLAP_MS).toISOString()
    const refresh = this.#readWhole()
      .then((found) =>
        this.#inTurn(() => {
          // A read that failed meanwhile left `since` null: the next read is whole anyway.
          if (this.#since === null) return false
          this.#use(found)
          this.#since = started
          return true
        }),
      )
      .catch(() => false)
      .finally(() => {
        this.#refreshing = null
      })
    this.#refreshing = refresh
    return refresh
  }

  /** Run `step` after the reads under way (reads and swaps run one at a time). */
  #inTurn<T>(step: () => Promise<T> | T): Promise<T> {
    const next = this.#queue.then(step, step)
    this.#queue = next.catch(() => undefined)
    return next
  }

  /** Forget everything: the next read is whole. */
  reset(): void {
    this.#since = null
  }

  async #findRecords(where?: Where): Promise<RecordRow[]> {
    const { docs } = await this.payload.find({ collection: slugs.siteAddresses, where, depth: 0, pagination: false, overrideAccess: true })
    return docs as unknown as RecordRow[]
  }

  async #readAll(): Promise<void> {
    this.#use(await this.#readWhole())
  }

  /** Read every record and every recorded document's path into maps of their own (the kept ones untouched). */
  async #readWhole(): Promise<Kept & { documents: number }> {
    const found: Kept = { records: new Map(), current: new Map(), recorded: new Map() }
    for (const row of await this.#findRecords()) keep(found, row)
    let documents = 0
    for (const [collection, ids] of found.recorded)
      documents += await readDocs(this.payload, found.current, collection, { id: { in: [...ids] } }, ids)
    return { ...found, documents }
  }

  /** Keep what a whole read found. */
  #use(found: Kept & { documents: number }): void {
    this.#records = found.records
    this.#current = found.current
    this.#recorded = found.recorded
    this.#fullAt = Date.now()
    this.lastRead = { full: true, records: this.#records.size, documents: found.documents }
  }

  /** Read what changed since `since`; false when everything must be read again. */
  async #update(since: string): Promise<boolean> {
    const changed = await this.#findRecords({ updatedAt: { greater_than: since } })
    const touched = new Map<string, Set<string>>()
    for (const row of changed) {
      keep({ records: this.#records, current: this.#current, recorded: this.#recorded }, row)
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
      documents += await readDocs(this.payload, this.#current, collection, where, ids)
    }
    this.lastRead = { full: false, records: changed.length, documents }
    return true
  }
}

/** Keep one address record. */
function keep(kept: Kept, row: RecordRow): void {
  kept.records.set(String(row.id), row)
  const keys = kept.recorded.get(row.collection) ?? new Set<string>()
  keys.add(String(row.docId))
  kept.recorded.set(row.collection, keys)
}

/** The current path (into `current`) of each document found by `where` that has records (`ids`); returns how many were read. */
async function readDocs(
  payload: Payload,
  current: Map<string, string>,
  collection: string,
  where: Where,
  ids: ReadonlySet<string>,
): Promise<number> {
  const docs = await routeDocs(payload, collection, where)
  for (const doc of docs) {
    if (!ids.has(String(doc.id))) continue
    const key = currentKey(collection, String(doc.id))
    const path = pathOf(collection, doc)
    if (path) current.set(key, path)
    else current.delete(key)
  }
  return docs.length
}
