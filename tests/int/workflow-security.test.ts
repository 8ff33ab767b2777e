/**
 * The review workflow enforced on the server, tried as an editor and a unit liaison would try to
 * get around it: REST with real JWTs, GraphQL, and the Local API with overrideAccess: false.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Exposure, User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs, validDataFor } from '../helpers/fixtures.ts'
import { graphql } from '../helpers/graphql.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
const tokens: Record<'editor' | 'reviewer' | 'liaison', string> = { editor: '', reviewer: '', liaison: '' }

async function publishedExposure(overrides: Record<string, unknown> = {}): Promise<Exposure> {
  return ctx.payload.create({
    collection: 'exposures',
    data: { ...validDataFor('exposures', refs), ...overrides, _status: 'published' } as never,
    overrideAccess: true,
  })
}
const live = (id: number) => ctx.payload.findByID({ collection: 'exposures', id, draft: false, overrideAccess: true })
const latest = (id: number) => ctx.payload.findByID({ collection: 'exposures', id, draft: true, overrideAccess: true })

beforeAll(async () => {
  ctx = await startTempPayload('workflow-security')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  const liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  tokens.editor = await tokenFor(ctx, editor.email)
  tokens.reviewer = await tokenFor(ctx, reviewer.email)
  tokens.liaison = await tokenFor(ctx, liaison.email)
})
afterAll(() => ctx.close())

describe('unpublishing', () => {
  it.each(['editor', 'liaison'] as const)(
    'should refuse a %s taking a published exposure off the site, which stays published',
    async (who) => {
      const doc = await publishedExposure({ foundAt: '2026-01-01', deadline: '2026-01-04' })
      const response = await rest(ctx, 'PATCH', `/exposures/${doc.id}`, { token: tokens[who], body: { _status: 'draft' } })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.json)).toContain('审核员或管理员')
      expect((await live(doc.id))._status).toBe('published')
      const anonymous = await rest(ctx, 'GET', `/exposures/${doc.id}`)
      expect(anonymous.status).toBe(200)
    },
  )

  it('should refuse unpublishing through GraphQL', async () => {
    const doc = await publishedExposure()
    const result = await graphql(ctx, `mutation { updateExposure(id: ${doc.id}, data: { _status: draft }) { id _status } }`, tokens.editor)
    expect(result.errors.length).toBeGreaterThan(0)
    expect((await live(doc.id))._status).toBe('published')
  })

  it('should let a reviewer unpublish, and record it', async () => {
    const doc = await publishedExposure()
    const response = await rest(ctx, 'PATCH', `/exposures/${doc.id}`, { token: tokens.reviewer, body: { _status: 'draft' } })
    expect(response.status).toBe(200)
    expect((await live(doc.id))._status).toBe('draft')
  })
})

describe('editing published content', () => {
  it('should refuse an editor overwriting a published document directly, but keep a draft for review', async () => {
    const doc = await publishedExposure({ title: '原标题' })
    const direct = await rest(ctx, 'PATCH', `/exposures/${doc.id}`, { token: tokens.editor, body: { title: '直接改线上' } })
    expect(direct.status).toBe(403)
    const asDraft = await rest(ctx, 'PATCH', `/exposures/${doc.id}?draft=true`, { token: tokens.editor, body: { title: '草稿新标题' } })
    expect(asDraft.status).toBe(200)
    expect((await live(doc.id)).title).toBe('原标题')
    expect((await latest(doc.id)).title).toBe('草稿新标题')
  })

  it('should ignore a review log, last editor or status history sent in the request body', async () => {
    const doc = await publishedExposure()
    const forged = {
      title: '改写记录',
      reviewState: 'submitted',
      reviewLog: [{ action: 'approved', by: reviewer.id, at: '2020-01-01T00:00:00.000Z', comment: '伪造的通过' }],
      lastEditedBy: reviewer.id,
      statusHistory: [{ status: 'rectified', at: '2020-01-01T00:00:00.000Z' }],
    }
    const response = await rest(ctx, 'PATCH', `/exposures/${doc.id}?draft=true`, { token: tokens.editor, body: forged })
    expect(response.status).toBe(200)
    const saved = await latest(doc.id)
    const log = (saved.reviewLog ?? []).map((entry) => entry.action)
    expect(log).toEqual(['submitted'])
    expect(JSON.stringify(saved.reviewLog)).not.toContain('伪造')
    expect(typeof saved.lastEditedBy === 'object' ? saved.lastEditedBy?.id : saved.lastEditedBy).toBe(editor.id)
    expect((saved.statusHistory ?? []).some((row) => row.status === 'rectified')).toBe(false)
  })
})

describe('restoring versions', () => {
  it('should refuse an editor restoring a version and let a reviewer do it', async () => {
    const doc = await publishedExposure({ title: '第一版' })
    await ctx.payload.update({ collection: 'exposures', id: doc.id, data: { title: '第二版' }, user: reviewer, overrideAccess: false })
    const versions = await ctx.payload.findVersions({
      collection: 'exposures',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const first = versions.docs[0]?.id
    const refused = await rest(ctx, 'POST', `/exposures/versions/${first}`, { token: tokens.editor })
    expect(refused.status).toBe(403)
    expect((await live(doc.id)).title).toBe('第二版')
    const restored = await rest(ctx, 'POST', `/exposures/versions/${first}`, { token: tokens.reviewer })
    expect(restored.status).toBe(200)
    expect((await live(doc.id)).title).toBe('第一版')
  })
})

describe('unit liaisons', () => {
  it('should let a liaison submit a rectification reply as a draft but not mark the item rectified', async () => {
    const doc = await publishedExposure({ deadline: '2099-12-31' })
    const claim = await rest(ctx, 'PATCH', `/exposures/${doc.id}?draft=true`, {
      token: tokens.liaison,
      body: { rectification: { reply: '已清理完毕', status: 'rectified' } },
    })
    expect(claim.status).toBe(400)
    expect(JSON.stringify(claim.json)).toContain('rectification.status')
    expect(JSON.stringify(claim.json)).toContain('审核员核实')
    const response = await rest(ctx, 'PATCH', `/exposures/${doc.id}?draft=true`, {
      token: tokens.liaison,
      body: { rectification: { reply: '已清理完毕', status: 'in-progress', rectifiedAt: '2026-11-02' }, reviewState: 'submitted' },
    })
    expect(response.status).toBe(200)
    const draft = await latest(doc.id)
    expect(draft.rectification?.reply).toBe('已清理完毕')
    expect(draft.rectification?.status).toBe('in-progress')
    expect(draft.rectification?.rectifiedAt ?? null).toBeNull()
    expect(draft.reviewState).toBe('submitted')
    expect((await live(doc.id)).rectification?.reply ?? null).toBeNull()
  })

  it('should let a reviewer verify the rectification', async () => {
    const doc = await publishedExposure()
    await ctx.payload.update({
      collection: 'exposures',
      id: doc.id,
      data: { rectification: { status: 'rectified' } },
      user: reviewer,
      overrideAccess: false,
    })
    expect((await live(doc.id)).rectification?.status).toBe('rectified')
  })

  it('should refuse a liaison working on another unit’s exposure', async () => {
    const doc = await publishedExposure({ unit: refs.otherUnit })
    const response = await rest(ctx, 'PATCH', `/exposures/${doc.id}?draft=true`, {
      token: tokens.liaison,
      body: { rectification: { reply: 'x' } },
    })
    expect([403, 404]).toContain(response.status)
  })
})

describe('liaison scope over the unit tree', () => {
  it('should let a street’s liaison work on an exposure of a community below the street, and not on a sibling street', async () => {
    const community = await ctx.payload.create({
      collection: 'units',
      data: { name: '下属社区', kind: 'community', code: 'scope-community', parent: refs.unit } as never,
      overrideAccess: true,
    })
    const below = await publishedExposure({ unit: community.id })
    const seen = await rest(ctx, 'GET', `/exposures?where[id][equals]=${below.id}&draft=true`, { token: tokens.liaison })
    expect((seen.json.docs as unknown[]).length).toBe(1)
    const reply = await rest(ctx, 'PATCH', `/exposures/${below.id}?draft=true`, {
      token: tokens.liaison,
      body: { rectification: { reply: '社区已整改' } },
    })
    expect(reply.status).toBe(200)
    const sibling = await ctx.payload.create({
      collection: 'exposures',
      data: { ...validDataFor('exposures', refs), unit: refs.otherUnit } as never,
      draft: true,
      overrideAccess: true,
    })
    const hidden = await rest(ctx, 'GET', `/exposures?where[id][equals]=${sibling.id}&draft=true`, { token: tokens.liaison })
    expect((hidden.json.docs as unknown[]).length).toBe(0)
  })
})
