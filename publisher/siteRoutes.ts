/**
 * The routes file of a build (`.build/routes.json`, cms/domain/addresses.ts): the address table made
 * from the slug history (网址记录) and the documents published now, and the origins allowed to frame
 * the embed pages (网站设置 → 嵌入来源). The builder writes it into each build before the switch, so
 * the redirects, 410s and frame-ancestors a server answers always match the pages it serves.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import {
  type AddressRecord,
  addressTable,
  currentKey,
  parseAddressTable,
  SITE_ROUTES_FILE,
  type SiteRoutes,
} from '../cms/domain/addresses.ts'
import { embedOriginsOf } from '../cms/domain/embedOrigins.ts'
import { documentPath } from '../cms/domain/publicPaths.ts'
import { globalSlugs, slugs } from '../cms/slugs.ts'
import { writeNew } from '../cms/storage/files.ts'

type Row = { id: string | number; slug?: unknown; _status?: unknown }

/** The slug and status of these documents of a collection (what a route's address is made of). */
export async function routeDocs(payload: Payload, collection: string, where: Where): Promise<Row[]> {
  const { docs } = await payload.find({
    collection: collection as typeof slugs.units,
    where,
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true, _status: true } as never,
  })
  return docs as unknown as Row[]
}

/** The current path of every published document that has address records. */
async function currentPaths(payload: Payload, records: AddressRecord[]): Promise<Map<string, string>> {
  const current = new Map<string, string>()
  const byCollection = new Map<string, string[]>()
  for (const record of records) byCollection.set(record.collection, [...(byCollection.get(record.collection) ?? []), record.docId])
  for (const [collection, ids] of byCollection) {
    for (const doc of await routeDocs(payload, collection, { id: { in: [...new Set(ids)] } })) {
      const published = doc._status === undefined || doc._status === 'published'
      const where = typeof doc.slug === 'string' && published ? documentPath(collection, doc.slug) : null
      if (where) current.set(currentKey(collection, String(doc.id)), where)
    }
  }
  return current
}

export async function readSiteRoutes(payload: Payload, now: Date): Promise<SiteRoutes> {
  const { docs } = await payload.find({ collection: slugs.siteAddresses, depth: 0, pagination: false, overrideAccess: true })
  const records = docs as unknown as AddressRecord[]
  const identity = (await payload.findGlobal({ slug: globalSlugs.siteIdentity, depth: 0, overrideAccess: true })) as {
    embedOrigins?: unknown
  }
  return { ...addressTable(records, await currentPaths(payload, records), now), embedOrigins: embedOriginsOf(identity.embedOrigins) }
}

export function writeSiteRoutes(dir: string, routes: SiteRoutes): void {
  writeNew(path.join(dir, SITE_ROUTES_FILE), JSON.stringify(routes))
}

/** A build's routes file as the servers use it; an empty one when the build has none or it is damaged. */
export function loadSiteRoutes(dir: string): SiteRoutes {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, SITE_ROUTES_FILE), 'utf8')) as { embedOrigins?: unknown }
    const origins = Array.isArray(raw.embedOrigins) ? embedOriginsOf(raw.embedOrigins.join('\n')) : []
    return { ...parseAddressTable(raw), embedOrigins: origins }
  } catch {
    return { moved: {}, gone: [], embedOrigins: [] }
  }
}
