/**
 * Links that last: every public address a document ever had (its slug history) and what each answers
 * now. Pure: the clock is passed in.
 *
 * One record per (collection, document, slug) the document was ever PUBLISHED under, kept by the
 * server (cms/hooks/recordAddress.ts). From them and the documents published now, each build gets an
 * address table (publisher/addressTable.ts → `.build/addresses.json`):
 * - moved: every earlier address of a published document → its current address (301), straight to
 *   the current one however many renames there were (no chains, no loops);
 * - gone: every address of a withdrawn (unpublished or deleted) document → 410 with a short notice
 *   that says only that the item was withdrawn, for GONE_KEEP_DAYS after the withdrawal, then a plain 404.
 * An address another published document uses now is never redirected or gone (the live page wins).
 */

/** How long a withdrawn item's addresses answer 410 Gone (then 404): a year, long enough for partners' links and search engines to drop them. */
export const GONE_KEEP_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A site path the table may hold: lower-case ASCII segments (slugs, routes) each ending in `/`. No
 * `..`, no `//`, no scheme or host, no query: a Location built from it can only point inside this site.
 */
export const SAFE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/

export const isSafePath = (value: unknown): value is string => typeof value === 'string' && value.length <= 300 && SAFE_PATH.test(value)

export type AddressRecord = {
  collection: string
  docId: string
  slug: string
  /** The public path the document had under that slug. */
  path: string
  /** When the document was withdrawn (unpublished or deleted); null while it is published. */
  withdrawnAt: string | null
}

/** A published address: the slug and the page it gives (a type without pages of its own has none and is not recorded). */
export type PublishedAddress = { slug: string; path: string }

export type AddressChange =
  | { op: 'create'; record: AddressRecord }
  | { op: 'withdraw'; collection: string; docId: string; at: string }
  | { op: 'restore'; collection: string; docId: string }

/**
 * The changes to a document's records after a save, publish, unpublish or delete, from its published
 * address before and after the write (null: not published): record every published address not yet
 * recorded (also the one before, for documents published before records were kept), mark the
 * records withdrawn when the document stops being published, clear the mark when it is published
 * again. Never removes a record; a draft save (published address unchanged) changes nothing.
 */
export function addressChanges(
  records: readonly AddressRecord[],
  target: { collection: string; docId: string },
  published: { before: PublishedAddress | null; after: PublishedAddress | null },
  now: Date,
): AddressChange[] {
  const mine = records.filter((record) => record.collection === target.collection && record.docId === target.docId)
  const at = now.toISOString()
  const withdrawn = published.after === null
  const changes: AddressChange[] = []
  const known = new Set(mine.map((record) => record.slug))
  for (const address of [published.before, published.after]) {
    if (address === null || known.has(address.slug) || !isSafePath(address.path)) continue
    known.add(address.slug)
    changes.push({ op: 'create', record: { ...target, slug: address.slug, path: address.path, withdrawnAt: withdrawn ? at : null } })
  }
  if (withdrawn && mine.some((record) => record.withdrawnAt === null)) changes.push({ op: 'withdraw', ...target, at })
  if (!withdrawn && mine.some((record) => record.withdrawnAt !== null)) changes.push({ op: 'restore', ...target })
  return changes
}

export type AddressTable = {
  /** old path → current path (301). */
  moved: Record<string, string>
  /** Paths of withdrawn documents (410). */
  gone: string[]
}

const key = (collection: string, docId: string): string => `${collection}\u0000${docId}`

/**
 * A unit's slug names more pages than its own: its exposure board, the embed partners frame, its
 * 民生实事 district board. They move (or go) with the unit's page.
 */
export const UNIT_PAGE_PREFIXES = ['/exposures/unit/', '/embed/exposures/unit/', '/projects/district/'] as const

/** Every path a record stands for: its own, and for a unit the pages named by its slug. */
const pathsOf = (collection: string, path: string): string[] => {
  const slug = collection === 'units' ? path.split('/')[2] : undefined
  return slug ? [path, ...UNIT_PAGE_PREFIXES.map((prefix) => `${prefix}${slug}/`)] : [path]
}

/**
 * The table a build serves. `current`: the path of every published document that has records, keyed
 * by collection and id (a document missing from it is not published). Unsafe paths are dropped.
 */
export function addressTable(records: readonly AddressRecord[], current: ReadonlyMap<string, string>, now: Date): AddressTable {
  const live = new Set(current.values())
  const moved: Record<string, string> = {}
  const gone = new Set<string>()
  const keepFrom = now.getTime() - GONE_KEEP_DAYS * DAY_MS
  for (const record of records) {
    if (!isSafePath(record.path) || live.has(record.path)) continue
    const target = current.get(key(record.collection, record.docId))
    if (target !== undefined) {
      if (!isSafePath(target) || target === record.path) continue
      const targets = pathsOf(record.collection, target)
      pathsOf(record.collection, record.path).forEach((from, index) => {
        if (!live.has(from) && targets[index]) moved[from] = targets[index]
      })
    } else if (record.withdrawnAt !== null && new Date(record.withdrawnAt).getTime() >= keepFrom)
      for (const path of pathsOf(record.collection, record.path)) if (!live.has(path)) gone.add(path)
  }
  for (const path of Object.keys(moved)) gone.delete(path)
  return { moved, gone: [...gone].sort() }
}

export const currentKey = key

export type AddressAnswer = { status: 301; location: string } | { status: 410 } | null

/**
 * What a request path answers from the table, or null (the ordinary 404). The document's own page and
 * the pages under it move together (`/good-people/a/objection/` → `/good-people/b/objection/`): the
 * longest recorded prefix of the path decides. The query string is not carried over.
 */
export function answerFor(table: AddressTable, pathname: string): AddressAnswer {
  const normal = pathname.endsWith('/') ? pathname : `${pathname}/`
  if (!isSafePath(normal)) return null
  const gone = new Set(table.gone)
  const segments = normal.split('/').filter(Boolean)
  for (let length = segments.length; length > 0; length--) {
    const prefix = `/${segments.slice(0, length).join('/')}/`
    const target = Object.hasOwn(table.moved, prefix) ? table.moved[prefix] : undefined
    if (target !== undefined) {
      const location = target + normal.slice(prefix.length)
      return isSafePath(location) ? { status: 301, location } : null
    }
    if (gone.has(prefix)) return { status: 410 }
  }
  return null
}

/** A table read from a build's file, keeping only well-formed safe entries (an empty table otherwise). */
export function parseAddressTable(raw: unknown): AddressTable {
  const value = (raw ?? {}) as { moved?: unknown; gone?: unknown }
  const moved: Record<string, string> = {}
  if (value.moved && typeof value.moved === 'object')
    for (const [from, to] of Object.entries(value.moved as Record<string, unknown>))
      if (isSafePath(from) && isSafePath(to)) moved[from] = to
  const gone = Array.isArray(value.gone) ? value.gone.filter(isSafePath) : []
  return { moved, gone }
}

/** What the builder writes into every build it makes (hidden: never served), for the servers in front of it. */
export const SITE_ROUTES_FILE = '.build/routes.json'

/** The build's address table and the origins that may frame its embed pages (网站设置 → 嵌入来源). */
export type SiteRoutes = AddressTable & { embedOrigins: string[] }
