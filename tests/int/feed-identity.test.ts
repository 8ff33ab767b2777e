/**
 * Feed GUIDs and first-publish dates on a real Payload (issue 25): made once on create, never changed
 * by an edit (not by an admin, not through REST, not by a rename), public to anonymous readers, and
 * given to documents from before by the backfill the migration runs — the GUID partners already had.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicSlugs } from '../../cms/domain/contentTypes/index.ts'
import { backfillFeedIdentity, type SqlDb } from '../../cms/feeds/backfillFeedIdentity.ts'
import type { User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs, validDataFor } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

/** The SQLite database under Payload, as the migration gets it. */
const sqliteDb = (payload: { db: unknown }): SqlDb => (payload.db as { drizzle: SqlDb }).drizzle

let ctx: TempPayload
let refs: Refs
let editor: User
let admin: User
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

beforeAll(async () => {
  ctx = await startTempPayload('feed-identity')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  admin = await makeUser(ctx.payload, 'admin')
})
afterAll(() => ctx.close())

const as = (user: User) => ({ user, overrideAccess: false as const })

describe('feed GUIDs', () => {
  it.each(publicSlugs.filter((slug) => slug !== 'selection-rounds'))(
    'should give a new %s a urn:uuid GUID and ignore one sent',
    async (slug) => {
      const doc = (await ctx.payload.create({
        collection: slug as never,
        data: { ...validDataFor(slug, refs), feedId: 'urn:uuid:00000000-0000-4000-8000-000000000000' } as never,
        draft: true,
        ...as(admin),
      })) as unknown as { feedId: string }
      expect(doc.feedId).toMatch(UUID)
      expect(doc.feedId).not.toBe('urn:uuid:00000000-0000-4000-8000-000000000000')
    },
  )

  it('should keep the GUID through edits, a slug change, a publish and a REST PATCH, and show it to anonymous readers', async () => {
    const created = await ctx.payload.create({
      collection: 'bulletins',
      data: validDataFor('bulletins', refs) as never,
      draft: true,
      ...as(editor),
    })
    const guid = (created as unknown as { feedId: string }).feedId
    await ctx.payload.update({
      collection: 'bulletins',
      id: created.id,
      data: { title: '改过的标题', feedId: 'urn:uuid:x' } as never,
      draft: true,
      ...as(editor),
    })
    const published = await ctx.payload.update({
      collection: 'bulletins',
      id: created.id,
      data: { _status: 'published', slug: 'renamed-bulletin', publishReason: '测试' } as never,
      ...as(admin),
    })
    expect((published as unknown as { feedId: string }).feedId).toBe(guid)
    const first = (published as unknown as { firstPublishedAt: string }).firstPublishedAt
    expect(Date.parse(first)).toBeGreaterThan(Date.now() - 60_000)
    const token = await tokenFor(ctx, String(admin.email))
    const patched = await rest(ctx, 'PATCH', `/bulletins/${created.id}`, {
      token,
      body: { feedId: 'urn:uuid:forged', firstPublishedAt: '2000-01-01T00:00:00.000Z' },
    })
    expect(patched.status).toBe(200)
    const anonymous = await rest(ctx, 'GET', `/bulletins/${created.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.feedId).toBe(guid)
    expect(anonymous.json.firstPublishedAt).toBe(first)
  })

  it('should backfill documents saved before GUIDs with the GUID the feeds showed, once', async () => {
    const created = await ctx.payload.create({
      collection: 'knowledge',
      data: validDataFor('knowledge', refs) as never,
      draft: true,
      ...as(editor),
    })
    await ctx.payload.db.updateOne({ collection: 'knowledge', id: created.id, data: { feedId: null, firstPublishedAt: null } })
    const { docs: versions } = await ctx.payload.db.findVersions({
      collection: 'knowledge',
      where: { parent: { equals: created.id } },
      limit: 0,
    })
    for (const version of versions)
      await ctx.payload.db.updateVersion({
        collection: 'knowledge',
        id: version.id,
        versionData: { ...version, version: { ...version.version, feedId: null } },
      })
    expect(await backfillFeedIdentity(sqliteDb(ctx.payload), 'https://wm.example.cn')).toBe(1)
    const after = (await ctx.payload.findByID({
      collection: 'knowledge',
      id: created.id,
      draft: true,
      overrideAccess: true,
    })) as unknown as {
      feedId: string
    }
    expect(after.feedId).toBe(`https://wm.example.cn/_id/knowledge/${created.id}`)
    expect(await backfillFeedIdentity(sqliteDb(ctx.payload), 'https://new.example.cn')).toBe(0)
    // The next save reads the latest version: it keeps the backfilled GUID.
    const edited = await ctx.payload.update({
      collection: 'knowledge',
      id: created.id,
      data: { question: '改过的问题' },
      draft: true,
      ...as(editor),
    })
    expect((edited as unknown as { feedId: string }).feedId).toBe(`https://wm.example.cn/_id/knowledge/${created.id}`)
  })
})
