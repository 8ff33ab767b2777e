/**
 * What hot anonymous endpoints read on every request (点赞's nominee and its round, a survey), kept
 * per process: an entry lives at most its TTL, and every entry of a topic is dropped at once when
 * `bumpTopic(topic)` runs — the afterChange/afterDelete hooks of the collections the entries come
 * from call it (`bumpOnChange`), so an unpublished nominee or a moved notice window stops counting at
 * once in the process that saved it, and in every other process within the TTL.
 * The state lives on globalThis (Symbol.for): publisher/server.ts's own copy of this module and the
 * copy Next bundled (where an editor's save runs the hooks) share ONE cache. Entries are per Payload
 * instance (ids of two databases never mix).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

type Entry = { at: number; version: number; value: Promise<unknown> }
type State = { versions: Map<string, number>; entries: WeakMap<object, Map<string, Entry>> }

const KEY = Symbol.for('campaign.hotReadCache')
const MAX_ENTRIES = 2000
/** A read made while the change's transaction was still open (PostgreSQL) must not stay: bump again once it has committed. */
const AFTER_COMMIT_MS = 1000

const state = (): State => {
  const holder = globalThis as { [KEY]?: State }
  holder[KEY] ??= { versions: new Map(), entries: new WeakMap() }
  return holder[KEY]
}

/** The cached value of `topic`/`id` for `scope` (a Payload instance), read with `read` when missing, older than `ttlMs` or bumped. */
export function cachedRead<T>(
  scope: object,
  topic: string,
  id: string,
  ttlMs: number,
  read: () => Promise<T>,
  now = Date.now(),
): Promise<T> {
  const { versions, entries } = state()
  const version = versions.get(topic) ?? 0
  let mine = entries.get(scope)
  if (!mine) {
    mine = new Map()
    entries.set(scope, mine)
  }
  const key = `${topic}|${id}`
  const hit = mine.get(key)
  if (hit && hit.version === version && now - hit.at < ttlMs) return hit.value as Promise<T>
  if (mine.size >= MAX_ENTRIES) mine.clear()
  const value = read()
  const entry: Entry = { at: now, version, value }
  const own = mine
  own.set(key, entry)
  // A failed read is not kept: the next request reads again.
  value.catch(() => {
    if (own.get(key) === entry) own.delete(key)
  })
  return value
}

/** Drops every entry of `topic` in this process (every Payload instance). */
export function bumpTopic(topic: string): void {
  const { versions } = state()
  versions.set(topic, (versions.get(topic) ?? 0) + 1)
}

/** Hooks that drop `topic`'s entries whenever a document of the collection is saved or deleted. */
export function bumpOnChange(topic: string): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const bump = () => {
    bumpTopic(topic)
    setTimeout(() => bumpTopic(topic), AFTER_COMMIT_MS).unref()
  }
  return {
    afterChange: ({ doc }) => {
      bump()
      return doc
    },
    afterDelete: ({ doc }) => {
      bump()
      return doc
    },
  }
}
