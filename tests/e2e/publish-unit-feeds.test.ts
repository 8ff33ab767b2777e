/**
 * The unit feeds (/units/<slug>/rss.xml and feed.json) carry a cacheKey (site/lib/unitFeedPaths.ts): a
 * targeted publish through the kept renderer renders a unit's feeds again only when their key changed
 * and keeps the others from the live build (publisher/astro/keptRenderer.ts, keptStatic.ts). Real
 * Payload on a temp SQLite file, the real builder and build worker, read from the live folder; the end
 * state is compared byte for byte with a full Astro build of the same content.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Settings } from '../../cms/config/settings.ts'
import type { User } from '../../cms/payload-types.ts'
import { type Publishing, startPublishing } from '../../publisher/service.ts'
import { buildSite, liveTarget } from '../../publisher/siteBuild.ts'
import { publishBulletin as publishAs } from '../helpers/publishBulletin.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { testSettings } from '../helpers/testEnv.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let settings: Settings
let publishing: Publishing
let reviewer: User
let bulletinBId: number | string
let unitBId: number | string

const liveDir = () => liveTarget(settings.paths) as string
const feedFiles = [
  'units/feed-a-street/rss.xml',
  'units/feed-a-street/feed.json',
  'units/feed-b-street/rss.xml',
  'units/feed-b-street/feed.json',
]
const read = (rel: string) => fs.readFileSync(path.join(liveDir(), rel), 'utf8')
const inode = (rel: string) => fs.statSync(path.join(liveDir(), rel)).ino

async function settled(): Promise<void> {
  await publishing.inbox.poll()
  await publishing.builder.whenIdle()
}

const publishBulletin = (title: string, slug: string, unit: number | string) =>
  publishAs(ctx.payload, reviewer, { title, slug, units: [unit] })

beforeAll(async () => {
  ctx = await startTempPayload('unit-feeds')
  settings = testSettings({ ...tempFolderEnv(ctx.dir), SITE_OUT_DIR: path.join(ctx.dir, 'live') })
  reviewer = await makeUser(ctx.payload, 'reviewer')
  publishing = await startPublishing({ payload: ctx.payload, settings, windowMs: 200, pollMs: 100 })
}, 180_000)

afterAll(async () => {
  publishing?.close()
  await ctx?.close()
})

describe('unit feeds in targeted publishes', () => {
  it("should render a unit's feeds again only when what they show changed, keep the others, and equal a full build", async () => {
    const unitA = await ctx.payload.create({
      collection: 'units',
      data: { name: '甲街道', kind: 'street', slug: 'feed-a-street' },
      overrideAccess: true,
    })
    const unitB = await ctx.payload.create({
      collection: 'units',
      data: { name: '乙街道', kind: 'street', slug: 'feed-b-street' },
      overrideAccess: true,
    })
    await publishBulletin('甲街道的第一份通报', 'feed-a-first', unitA.id)
    const bulletinB = await publishBulletin('乙街道的通报', 'feed-b-first', unitB.id)
    bulletinBId = bulletinB.id
    unitBId = unitB.id
    await settled()
    // The first targeted publish (the kept renderer's first) renders every feed and notes their keys.
    await publishBulletin('甲街道的第二份通报', 'feed-a-second', unitA.id)
    await settled()
    expect(fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')).toMatch(/kept renderer: \d+ pages/)
    const bInodes = feedFiles.slice(2).map(inode)
    // A bulletin of unit A: A's feeds show it, B's feeds are the live build's files (the same inodes, not rendered).
    await publishBulletin('甲街道的第三份通报', 'feed-a-third', unitA.id)
    await settled()
    const log = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(log.split('\n')[0]).toMatch(/: targeted$/)
    expect(log).toMatch(/kept renderer: \d+ pages/)
    expect(read('units/feed-a-street/rss.xml')).toContain('甲街道的第三份通报')
    expect(read('units/feed-a-street/feed.json')).toContain('甲街道的第三份通报')
    expect(feedFiles.slice(2).map(inode)).toEqual(bInodes)
    expect(read('units/feed-b-street/rss.xml')).not.toContain('甲街道的第三份通报')
    // B's bulletin renamed: B's key changed, so its feeds are rendered again and show the new title.
    await ctx.payload.update({
      collection: 'bulletins',
      id: bulletinB.id,
      data: { title: '乙街道改过标题的通报', _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    await settled()
    expect(read('units/feed-b-street/rss.xml')).toContain('乙街道改过标题的通报')
    expect(read('units/feed-b-street/feed.json')).toContain('乙街道改过标题的通报')
    expect(read('units/feed-b-street/rss.xml')).not.toContain('乙街道的通报<')
    // Byte for byte what a full Astro build of the same content writes.
    const kept = new Map(feedFiles.map((rel) => [rel, read(rel)]))
    const full = await buildSite(settings, { full: true })
    expect(full.ok ? full.kind : full.error).toBe('full')
    for (const rel of feedFiles) expect(read(rel), rel).toBe(kept.get(rel))
  }, 600_000)

  it('should leave an unpublished item in no unit feed, the district above its street included, nor in the site feeds', async () => {
    const district = await ctx.payload.create({
      collection: 'units',
      data: { name: '丙区', kind: 'district', slug: 'feed-c-district' },
      overrideAccess: true,
    })
    const street = await ctx.payload.create({
      collection: 'units',
      data: { name: '丙街道', kind: 'street', slug: 'feed-c-street', parent: district.id },
      overrideAccess: true,
    })
    const marker = '丙街道撤下的通报鼋鼍'
    const bulletin = await publishBulletin(marker, 'feed-c-gone', street.id)
    await settled()
    const feeds = ['units/feed-c-street/rss.xml', 'units/feed-c-district/feed.json', 'rss.xml', 'feed.json']
    for (const rel of feeds) expect(read(rel), rel).toContain(marker)
    // Another section's edit in between: the bulletins' kept list is handed back (the site feed still shows the item).
    await publishBulletin('丙街道的另一份通报', 'feed-c-other', street.id)
    await settled()
    expect(read('units/feed-c-district/rss.xml')).toContain(marker)
    await ctx.payload.update({
      collection: 'bulletins',
      id: bulletin.id,
      data: { _status: 'draft' },
      user: reviewer,
      overrideAccess: false,
    })
    await settled()
    const log = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(log.split('\n')[0]).toMatch(/: targeted$/)
    const unitFeeds = fs
      .readdirSync(path.join(liveDir(), 'units'))
      .flatMap((unit) => ['rss.xml', 'feed.json'].map((file) => `units/${unit}/${file}`))
      .filter((rel) => fs.existsSync(path.join(liveDir(), rel)))
    expect(unitFeeds).toContain('units/feed-c-district/rss.xml')
    for (const rel of [...unitFeeds, 'rss.xml', 'feed.json', 'bulletins/rss.xml', 'bulletins/feed.json'])
      expect(read(rel), rel).not.toContain(marker)
    expect(read('units/feed-c-district/rss.xml')).toContain('丙街道的另一份通报')
  }, 600_000)

  it("should take a deleted unit's feeds down with its page in a targeted publish", async () => {
    await ctx.payload.delete({ collection: 'bulletins', id: bulletinBId, overrideAccess: true })
    await settled()
    expect(read('units/feed-b-street/rss.xml')).not.toContain('乙街道改过标题的通报')
    await ctx.payload.delete({ collection: 'units', id: unitBId, overrideAccess: true })
    await settled()
    const log = fs.readFileSync(publishing.builder.status.lastLog as string, 'utf8')
    expect(log.split('\n')[0]).toMatch(/: targeted$/)
    for (const rel of ['units/feed-b-street/index.html', 'units/feed-b-street/rss.xml', 'units/feed-b-street/feed.json'])
      expect(fs.existsSync(path.join(liveDir(), rel)), rel).toBe(false)
    expect(fs.existsSync(path.join(liveDir(), 'units/feed-b-street'))).toBe(false)
    expect(read('units/feed-a-street/rss.xml')).toContain('甲街道的第三份通报')
  }, 600_000)
})
