/**
 * The bench's batched creation (bench/batchCreate.ts: many documents per transaction) stores exactly
 * what one payload.create stores: the same fields, the same version row flagged latest, the same
 * relationship, array and address rows, published.
 */
import { sql } from '@payloadcms/db-sqlite'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInBatches } from '../../bench/batchCreate.ts'
import { createInBulk } from '../../bench/bulkCreate.ts'
import { itemData, type Kind, type Refs } from '../../bench/syntheticData.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'

const CONTEXT = { skipRebuild: true, seeding: true }
const KINDS: Kind[] = ['bulletins', 'exposures', 'tv-episodes', 'projects', 'good-people', 'knowledge']
/** Every type the synthetic site writes through the bulk path (bench/bulkCreate.ts). */
const BULK_KINDS: Kind[] = [...KINDS, 'news', 'documents', 'civility-titles', 'volunteer-activities']
/** Differ between any two saves (ids, times, generated feed ids, the next issue number). */
const VOLATILE =
  /^(id|_?parent_?id|parent|_uuid|slug|version_slug|doc_id|.*created_at|.*updated_at|createdAt|updatedAt|feed_?id|version_feed_id|.*first_published_at|firstPublishedAt|.*issue_(number|label)|.*episode_number|issue(Number|Label)|at|path|(version_)?doc_number|docNumber)$/i

let ctx: TempPayload
let refs: Refs

type Row = Record<string, unknown>
/** Fields unique per collection besides the slug. */
const unique = (kind: Kind, n: number): Row =>
  kind === 'tv-episodes' ? { episodeNumber: 100 + n } : kind === 'documents' ? { docNumber: `示文明办〔2026〕${900 + n}号` } : {}
const strip = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([key]) => !VOLATILE.test(key)))
async function rows(table: string, column: string, id: number): Promise<Row[]> {
  const db = (ctx.payload.db as unknown as { drizzle: { all: (query: unknown) => Promise<Row[]> } }).drizzle
  return db.all(sql.raw(`select * from "${table}" where "${column}" = ${Number(id)} order by 1`))
}
async function tablesOf(kind: Kind): Promise<string[]> {
  const db = (ctx.payload.db as unknown as { drizzle: { all: (query: unknown) => Promise<{ name: string }[]> } }).drizzle
  const base = kind.replaceAll('-', '_')
  const found = await db.all(
    sql.raw(`select name from sqlite_master where type = 'table' and (name like '${base}%' or name like '\\_${base}\\_v%' escape '\\')`),
  )
  return found.map((row) => row.name).filter((name) => name === base || name.startsWith(`${base}_`) || name.startsWith(`_${base}_v`))
}
/** Every stored row of document `id` of `kind` and of its version, volatile columns left out. */
async function stored(kind: Kind, id: number): Promise<Record<string, Row[]>> {
  const base = kind.replaceAll('-', '_')
  const out: Record<string, Row[]> = {}
  const version = (await rows(`_${base}_v`, 'parent_id', id))[0] as Row
  for (const table of await tablesOf(kind)) {
    const isVersion = table.startsWith('_')
    const owner = isVersion ? Number(version.id) : id
    const column = table === base ? 'id' : table === `_${base}_v` ? 'parent_id' : table.endsWith('_rels') ? 'parent_id' : '_parent_id'
    out[table] = (await rows(table, column, table === `_${base}_v` ? id : owner)).map(strip)
  }
  return out
}

/** Documents `made` store what `single` stores, with one latest published version and their address. */
async function expectSame(kind: Kind, single: number, made: number[]) {
  const expected = await stored(kind, single)
  for (const id of made) {
    const got = await stored(kind, id)
    expect(Object.keys(got).sort(), kind).toEqual(Object.keys(expected).sort())
    for (const table of Object.keys(expected)) expect(got[table], `${kind}: ${table}`).toEqual(expected[table])
    const versions = got[`_${kind.replaceAll('-', '_')}_v`] ?? []
    expect(
      versions.filter((row) => row.latest === 1),
      `${kind}: one latest version`,
    ).toHaveLength(1)
    expect(versions.at(-1), kind).toMatchObject({ latest: 1, version__status: 'published' })
    const where = { and: [{ collection: { equals: kind } }, { docId: { equals: String(id) } }] }
    const [mine, theirs] = await Promise.all(
      [id, single].map((doc) =>
        ctx.payload.find({
          collection: 'site-addresses',
          where: { and: [{ collection: { equals: kind } }, { docId: { equals: String(doc) } }] },
          overrideAccess: true,
        }),
      ),
    )
    expect(where).toBeTruthy()
    expect(mine?.totalDocs, `${kind}: its address`).toBe(theirs?.totalDocs)
    expect(
      mine?.docs.map((doc) => doc.path.replace(/-b\d+\/$/, '/')),
      `${kind}: its address`,
    ).toEqual(theirs?.docs.map((doc) => doc.path))
  }
}

beforeAll(async () => {
  ctx = await startTempPayload('bench-batch')
  const { payload } = ctx
  const create = async (collection: string, data: Row) =>
    (await payload.create({ collection: collection as 'units', data: data as never, overrideAccess: true, context: CONTEXT })).id as number
  const city = await create('units', { name: '文明市', kind: 'city', code: 'b-city', slug: 'b-city' })
  const district = await create('units', { name: '中心区', kind: 'district', code: 'b-district', slug: 'b-district', parent: city })
  const streets = [1, 2].map((s) =>
    create('units', { name: `第${s}街道`, kind: 'street', code: `b-s${s}`, slug: `b-s${s}`, parent: district }),
  )
  const ids = await Promise.all(streets)
  const round = await create('selection-rounds', {
    title: '评选',
    slug: 'b-round',
    period: { start: '2026-01-01', end: '2026-06-30' },
    status: 'announced',
    _status: 'published',
  })
  refs = { photo: () => null, street: (i) => ids[i % ids.length] as number, round }
}, 180_000)

afterAll(async () => ctx?.close())

describe('bench batched creation', () => {
  it('stores exactly what payload.create stores, for every bulk kind', async () => {
    const { payload } = ctx
    for (const kind of KINDS) {
      const data: Row = { ...itemData[kind](3, refs), _status: 'published' }
      const single = await payload.create({ collection: kind as 'units', data: data as never, overrideAccess: true, context: CONTEXT })
      const made: number[] = []
      await createInBatches(
        payload,
        2,
        (n) => ({ collection: kind, data: { ...data, slug: `${String(data.slug)}-b${n}`, ...unique(kind, n) } }),
        CONTEXT,
        (_, id) => made.push(id),
      )
      expect(made).toHaveLength(2)
      const expected = await stored(kind, single.id as number)
      for (const id of made) {
        const got = await stored(kind, id)
        expect(Object.keys(got).sort(), kind).toEqual(Object.keys(expected).sort())
        for (const table of Object.keys(expected)) expect(got[table], `${kind}: ${table}`).toEqual(expected[table])
        const versions = got[`_${kind.replaceAll('-', '_')}_v`] ?? []
        expect(
          versions.filter((row) => row.latest === 1),
          `${kind}: one latest version`,
        ).toHaveLength(1)
        expect(versions.at(-1), kind).toMatchObject({ latest: 1, version__status: 'published' })
        const address = await payload.find({
          collection: 'site-addresses',
          where: { and: [{ collection: { equals: kind } }, { docId: { equals: String(id) } }] },
          overrideAccess: true,
        })
        expect(address.totalDocs, `${kind}: its address`).toBe(1)
      }
    }
  }, 180_000)

  it('the bulk path (multi-row inserts) stores exactly what payload.create stores, for every type it writes', async () => {
    const { payload } = ctx
    for (const kind of BULK_KINDS) {
      const data: Row = { ...itemData[kind](5, refs), _status: 'published' }
      const single = await payload.create({ collection: kind as 'units', data: data as never, overrideAccess: true, context: CONTEXT })
      const made: number[] = []
      const { statements } = await createInBulk(
        payload,
        3,
        (n) => ({ collection: kind, data: { ...data, slug: `${String(data.slug)}-b${n}`, ...unique(kind, 10 + n) } }),
        CONTEXT,
        (_, id) => made.push(id),
      )
      expect(made, kind).toHaveLength(3)
      expect(statements, `${kind}: a few INSERTs for three documents`).toBeLessThan(20)
      await expectSame(kind, single.id as number, made)
    }
  }, 300_000)

  it('the bulk path makes the files its documents use public once at the end, as each save would', async () => {
    const { payload } = ctx
    const upload = async (name: string) => {
      const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2f7d4a' } })
        .jpeg()
        .toBuffer()
      const doc = await payload.create({
        collection: 'media',
        data: { alt: name },
        file: { data, name: `${name}.jpg`, mimetype: 'image/jpeg', size: data.length },
        overrideAccess: true,
      })
      return doc.id as number
    }
    const [single, bulk] = [await upload('single'), await upload('bulk')]
    const news = (cover: number, n: number) => ({ ...itemData.news(20 + n, refs), cover, _status: 'published' })
    await payload.create({ collection: 'news', data: news(single, 0) as never, overrideAccess: true, context: CONTEXT })
    await createInBulk(payload, 2, (n) => ({ collection: 'news', data: news(bulk, n + 1) }), CONTEXT)
    const publicUse = async (id: number) => (await payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0 })).publicUse
    expect(await publicUse(single)).toBe(true)
    expect(await publicUse(bulk)).toBe(true)
  }, 60_000)

  it('the bulk path rolls a whole batch back when one create fails, and leaves the adapter as it was', async () => {
    const { payload } = ctx
    const create = payload.db.create
    const before = (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs
    const good = { ...itemData.news(8, refs), _status: 'published' }
    const failed = await createInBulk(
      payload,
      2,
      (n) => ({ collection: 'news', data: n === 0 ? good : { ...good, title: '' } }),
      CONTEXT,
    ).then(
      () => null,
      (error: unknown) => error,
    )
    expect(failed).toBeInstanceOf(Error)
    expect(payload.db.create).toBe(create)
    expect((await payload.count({ collection: 'news', overrideAccess: true })).totalDocs).toBe(before)
    expect(
      (await payload.count({ collection: 'site-addresses', where: { path: { like: 'news-9' } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  }, 60_000)

  it('rolls a whole batch back when one create fails', async () => {
    const { payload } = ctx
    const before = (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs
    const good = { ...itemData.news(7, refs), _status: 'published' }
    const failed = await createInBatches(
      payload,
      2,
      (n) => ({ collection: 'news', data: n === 0 ? good : { ...good, title: '' } }),
      CONTEXT,
    ).then(
      () => null,
      (error: unknown) => error,
    )
    expect(failed).toBeInstanceOf(Error)
    expect((await payload.count({ collection: 'news', overrideAccess: true })).totalDocs).toBe(before)
  }, 60_000)
})
