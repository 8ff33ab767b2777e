/**
 * Media privacy: an upload is readable by anonymous visitors (API, GraphQL, /api/media/file/…)
 * only while a published document uses it, or a public global (the site identity's WeChat QR code:
 * globals here have no drafts, so what is saved is what the site shows). The server keeps that answer in the media item's
 * `publicUse` flag: content hooks refresh it for the files a change touches, and a full resync
 * (after migrations and seeding) recomputes it for every file. Works on SQLite and MongoDB alike.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { idOf } from '../domain/ids.ts'
import { type FieldShape, mediaIdsIn, uploadPaths } from '../domain/mediaRefs.ts'
import { globalSlugs, slugs } from '../slugs.ts'

type Id = number | string
type Usage = { kind: 'collection' | 'global'; slug: string; paths: string[] }

const usageCache = new WeakMap<object, Usage[]>()

/** The globals whose uploads the public site shows (anyone may read them, and they have no drafts). */
export const PUBLIC_GLOBALS: readonly string[] = [globalSlugs.siteIdentity]

/** Every drafted collection and public global with upload fields to media, and those fields' paths. */
export function mediaUsage(payload: Payload): Usage[] {
  const cached = usageCache.get(payload.config)
  if (cached) return cached
  const paths = (fields: unknown) => uploadPaths(fields as FieldShape[], slugs.media)
  const usage: Usage[] = [
    ...payload.config.collections
      .filter((collection) => collection.slug !== slugs.media && Boolean(collection.versions?.drafts))
      .map((collection) => ({ kind: 'collection' as const, slug: collection.slug, paths: paths(collection.fields) })),
    ...payload.config.globals
      .filter((global) => PUBLIC_GLOBALS.includes(global.slug))
      .map((global) => ({ kind: 'global' as const, slug: global.slug, paths: paths(global.fields) })),
  ].filter((entry) => entry.paths.length > 0)
  usageCache.set(payload.config, usage)
  return usage
}

/** The media ids a document of that collection (or that public global) uses (ids or populated values). */
export function mediaIdsOf(payload: Payload, slug: string, doc: unknown): Id[] {
  const entry = mediaUsage(payload).find((usage) => usage.slug === slug)
  return entry ? mediaIdsIn(doc, entry.paths) : []
}

async function globalMediaIds(payload: Payload, usage: Usage, req?: Partial<PayloadRequest>): Promise<Id[]> {
  const doc = await payload.findGlobal({ slug: usage.slug as 'site-identity', depth: 0, overrideAccess: true, req })
  return mediaIdsIn(doc, usage.paths)
}

/** A video's poster and captions are media items too, shown wherever the video is (cms/collections/Media/videoFields.ts). */
export const VIDEO_COMPANIONS = ['poster', 'captions'] as const

/** The poster and captions ids of these media items. */
async function companionsOf(payload: Payload, ids: readonly Id[], req?: Partial<PayloadRequest>): Promise<Id[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: slugs.media,
    where: { id: { in: [...ids] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { poster: true, captions: true } as never,
    req,
  })
  return (docs as Record<string, unknown>[]).flatMap((doc) =>
    VIDEO_COMPANIONS.map((key) => idOf(doc[key])).filter((id): id is Id => id !== null),
  )
}

/** The videos that use this media item as their poster or captions. */
async function videosUsing(payload: Payload, id: Id, req?: Partial<PayloadRequest>): Promise<Id[]> {
  const { docs } = await payload.find({
    collection: slugs.media,
    where: { or: VIDEO_COMPANIONS.map((key) => ({ [key]: { equals: id } })) },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { id: true } as never,
    req,
  })
  return docs.map((doc) => (doc as { id: Id }).id)
}

async function usedByPublished(payload: Payload, id: Id, req?: Partial<PayloadRequest>): Promise<boolean> {
  if (await usedDirectly(payload, id, req)) return true
  for (const video of await videosUsing(payload, id, req)) if (await usedDirectly(payload, video, req)) return true
  return false
}

async function usedDirectly(payload: Payload, id: Id, req?: Partial<PayloadRequest>): Promise<boolean> {
  for (const usage of mediaUsage(payload)) {
    if (usage.kind === 'global') {
      if ((await globalMediaIds(payload, usage, req)).some((used) => String(used) === String(id))) return true
      continue
    }
    const where: Where = { and: [{ _status: { equals: 'published' } }, { or: usage.paths.map((path) => ({ [path]: { in: [id] } })) }] }
    const { totalDocs } = await payload.count({ collection: usage.slug as 'bulletins', where, overrideAccess: true, req })
    if (totalDocs > 0) return true
  }
  return false
}

async function setFlag(payload: Payload, id: Id, publicUse: boolean, req?: Partial<PayloadRequest>): Promise<void> {
  await payload.db.updateOne({ collection: slugs.media, id, data: { publicUse }, req })
}

/** Recompute the flag of these media items (those a change touched). */
export async function refreshMediaVisibility(payload: Payload, ids: readonly Id[], req?: Partial<PayloadRequest>): Promise<void> {
  const withCompanions = [...new Set([...ids, ...(await companionsOf(payload, ids, req))].map(String))].map(
    (id) => ids.find((given) => String(given) === id) ?? id,
  )
  for (const id of withCompanions) {
    const media = await payload.db.findOne<{ id: Id; publicUse?: boolean | null }>({
      collection: slugs.media,
      where: { id: { equals: id } },
      req,
    })
    if (!media) continue
    const used = await usedByPublished(payload, id, req)
    if (Boolean(media.publicUse) !== used) await setFlag(payload, id, used, req)
  }
}

/** Recompute every media item's flag from every published document. Returns how many are public. */
export async function resyncMediaVisibility(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const used = new Set<string>()
  for (const usage of mediaUsage(payload)) {
    const { slug, paths } = usage
    if (usage.kind === 'global') {
      for (const id of await globalMediaIds(payload, usage, req)) used.add(String(id))
      continue
    }
    const { docs } = await payload.find({
      collection: slug as 'bulletins',
      where: { _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) for (const id of mediaIdsIn(doc, paths)) used.add(String(id))
  }
  for (const id of await companionsOf(payload, [...used], req)) used.add(String(id))
  const { docs } = await payload.find({
    collection: slugs.media,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { publicUse: true } as never,
    req,
  })
  for (const media of docs as { id: Id; publicUse?: boolean | null }[]) {
    const publicUse = used.has(String(media.id))
    if (Boolean(media.publicUse) !== publicUse) await setFlag(payload, media.id, publicUse, req)
  }
  return used.size
}
