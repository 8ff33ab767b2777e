/**
 * Issue 25: GUIDs survive a new domain and a database copy, and the updated date moves only when a
 * reader must see the change. The seeded database of this run's site build is copied (the SQLite
 * file), one exposure is rectified and one knowledge answer and one good person's story edited on
 * the copy, and the site is built again from the copy under another SITE_URL. Both builds' JSON Feeds
 * are compared item by item, by GUID.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '../../seed/lexical.ts'
import { startTempPayload } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'
import { read, siteDir } from './site.ts'

type JsonItem = { id: string; url: string; title: string; date_published: string; date_modified: string }
const itemsOf = (text: string): Map<string, JsonItem> =>
  new Map((JSON.parse(text) as { items: JsonItem[] }).items.map((item) => [item.id, item]))

const NEW_SITE = 'https://news-copy.example.org'
let copyDir = ''
let second = ''
let changedAt = 0
const changed: { exposure?: string; knowledge?: string; person?: string } = {}

beforeAll(async () => {
  const original = path.dirname(siteDir())
  // The database copy: the SQLite file itself, read by a new Payload in a new folder.
  const ctx = await startTempPayload('feed-copy')
  copyDir = ctx.dir
  await ctx.payload.destroy()
  // The database file with its write-ahead log (SQLite runs in WAL mode: cms/db.ts).
  for (const suffix of ['', '-wal', '-shm'])
    if (fs.existsSync(path.join(original, `test.db${suffix}`)))
      fs.copyFileSync(path.join(original, `test.db${suffix}`), path.join(copyDir, `test.db${suffix}`))
  fs.cpSync(path.join(original, 'media'), path.join(copyDir, 'media'), { recursive: true })
  const copy = await startTempPayload('feed-copy-open', {
    DATABASE_URL: `file:${path.join(copyDir, 'test.db')}`,
    MEDIA_DIR: path.join(copyDir, 'media'),
  })
  const system = { overrideAccess: true, context: { skipRebuild: true } }
  const open = await copy.payload.find({
    collection: 'exposures',
    where: { and: [{ _status: { equals: 'published' } }, { 'rectification.status': { not_equals: 'rectified' } }] },
    limit: 1,
    ...system,
  })
  const exposure = open.docs[0] as unknown as { id: number; feedId: string }
  changedAt = Date.now()
  await copy.payload.update({
    collection: 'exposures',
    id: exposure.id,
    data: { rectification: { status: 'rectified', reply: '已清理完毕，建立长效管理机制。' }, publishReason: '测试' } as never,
    ...system,
  })
  changed.exposure = exposure.feedId
  const knowledge = (await copy.payload.find({ collection: 'knowledge', where: { _status: { equals: 'published' } }, limit: 1, ...system }))
    .docs[0] as unknown as { id: number; feedId: string }
  await copy.payload.update({ collection: 'knowledge', id: knowledge.id, data: { answer: richText(['答案已修订。']) } as never, ...system })
  changed.knowledge = knowledge.feedId
  const person = (await copy.payload.find({ collection: 'good-people', where: { _status: { equals: 'published' } }, limit: 1, ...system }))
    .docs[0] as unknown as { id: number; feedId: string }
  await copy.payload.update({ collection: 'good-people', id: person.id, data: { story: richText(['事迹已补充。']) } as never, ...system })
  changed.person = person.feedId
  await copy.payload.destroy()
  second = path.join(copyDir, 'site')
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: childEnv({
      DATABASE_URL: `file:${path.join(copyDir, 'test.db')}`,
      DATA_DIR: path.join(copyDir, 'data'),
      MEDIA_DIR: path.join(copyDir, 'media'),
      SITE_OUT_DIR: second,
      SITE_URL: NEW_SITE,
    }),
    timeout: 240_000,
  })
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`)
}, 300_000)

afterAll(() => {
  if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true })
})

const secondRead = (file: string): string => fs.readFileSync(path.join(second, file), 'utf8')

describe('feed GUIDs and dates across a new domain and a database copy', () => {
  it.each(['feed.json', 'exposures/feed.json', 'knowledge/feed.json', 'good-people/feed.json', 'ads/feed.json', 'tv/feed.json'])(
    'should keep every item’s GUID in %s (and only the domain of its links changes)',
    (file) => {
      const before = itemsOf(read(file))
      const after = itemsOf(secondRead(file))
      expect(before.size).toBeGreaterThan(0)
      for (const [id, item] of before) {
        const moved = after.get(id)
        if (!moved) continue // the site-wide feed's window may move by one item
        expect(new URL(moved.url).pathname).toBe(new URL(item.url).pathname)
        expect(moved.url.startsWith(NEW_SITE)).toBe(true)
      }
      if (file !== 'feed.json') expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    },
  )

  it('should mark the rectified exposure updated (same published date, later updated date, new status)', () => {
    const id = String(changed.exposure)
    const before = itemsOf(read('exposures/feed.json')).get(id) as JsonItem
    const after = itemsOf(secondRead('exposures/feed.json')).get(id) as JsonItem
    expect(after.date_published).toBe(before.date_published)
    expect(Date.parse(after.date_modified)).toBeGreaterThanOrEqual(changedAt - 1000)
    expect(Date.parse(after.date_modified)).toBeGreaterThan(Date.parse(before.date_modified))
    expect(after.title).toContain('已整改')
    // Most recently updated first: it moves up its section's feed, behind only items updated later still.
    const order = [...itemsOf(secondRead('exposures/feed.json')).values()]
    const at = order.findIndex((item) => item.id === id)
    expect(at).toBeLessThan([...itemsOf(read('exposures/feed.json')).keys()].indexOf(id) + (at === 0 ? 1 : 0))
    for (const item of order.slice(0, at)) expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(after.date_modified))
  })

  it('should not re-date a knowledge item or a good person whose text was edited', () => {
    for (const [file, id] of [
      ['knowledge/feed.json', changed.knowledge],
      ['good-people/feed.json', changed.person],
    ] as const) {
      const before = itemsOf(read(file)).get(String(id)) as JsonItem
      const after = itemsOf(secondRead(file)).get(String(id)) as JsonItem
      expect(after.date_published).toBe(before.date_published)
      expect(after.date_modified).toBe(before.date_modified)
    }
  })
})
