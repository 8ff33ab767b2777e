import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicSlugs } from '../../cms/domain/contentTypes/index.ts'
import type { User } from '../../cms/payload-types.ts'
import { seedDemoContent } from '../../seed/index.ts'
import { richText } from '../../seed/lexical.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let admin: User
let editor: User
let liaison: User

beforeAll(async () => {
  ctx = await startTempPayload('foundation')
  admin = await makeUser(ctx.payload, 'admin')
  editor = await makeUser(ctx.payload, 'editor')
  const unit = await ctx.payload.create({
    collection: 'units',
    data: { name: '联络员街道', kind: 'street', code: 'liaison-street' },
    overrideAccess: true,
  })
  liaison = await makeUser(ctx.payload, 'unitLiaison', unit.id)
})
afterAll(() => ctx.close())

describe('seed', () => {
  it('should be idempotent: a second run leaves the same counts', async () => {
    const first = await seedDemoContent(ctx.payload)
    const second = await seedDemoContent(ctx.payload)
    expect(second).toEqual(first)
    expect(first).toMatchObject({
      bulletins: 12,
      units: 34,
      exposures: 18,
      'evaluation-rounds': 5,
      'tv-episodes': 5,
      'good-people': 17,
      knowledge: 42,
      'public-ads': 13, // 12 posters and slogans + one video ad (issue 25)
    })
  }, 180_000)

  // Every public type of the content-type table has demo content the public site shows.
  it.each(publicSlugs)('should seed published %s documents that anonymous visitors read', async (slug) => {
    const published = await ctx.payload.count({ collection: slug, overrideAccess: false })
    expect(published.totalDocs).toBeGreaterThan(0)
  })
})

describe('drafts never reach anonymous readers', () => {
  it('should show anonymous visitors published bulletins only', async () => {
    const anonymous = await ctx.payload.find({ collection: 'bulletins', overrideAccess: false, pagination: false })
    const slugs = anonymous.docs.map((doc) => doc.slug)
    expect(slugs).toHaveLength(11)
    expect(slugs).not.toContain('draft-q3-preview')
    const asEditor = await ctx.payload.find({
      collection: 'bulletins',
      overrideAccess: false,
      user: editor,
      draft: true,
      pagination: false,
    })
    expect(asEditor.docs.map((doc) => doc.slug)).toContain('draft-q3-preview')
  })

  it('should not leak a draft through draft=true for anonymous visitors', async () => {
    const leaked = await ctx.payload.find({
      collection: 'bulletins',
      overrideAccess: false,
      draft: true,
      where: { slug: { equals: 'draft-q3-preview' } },
    })
    expect(leaked.totalDocs).toBe(0)
  })
})

describe('users and roles', () => {
  it('should let only admins create users', async () => {
    const data = { email: 'new-editor@example.com', password: 'a-long-password', role: 'editor' as const, name: '新编辑' }
    await expect(ctx.payload.create({ collection: 'users', data, user: editor, overrideAccess: false })).rejects.toThrow('您无权执行此操作')
    await expect(ctx.payload.create({ collection: 'users', data, overrideAccess: false })).rejects.toThrow('您无权执行此操作')
    const created = await ctx.payload.create({ collection: 'users', data, user: admin, overrideAccess: false })
    expect(created.role).toBe('editor')
  })

  it('should not let a user raise their own role', async () => {
    const updated = await ctx.payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.role).toBe('editor')
  })

  it('should show a non-admin only their own account', async () => {
    const seen = await ctx.payload.find({ collection: 'users', user: liaison, overrideAccess: false })
    expect(seen.docs.map((doc) => doc.id)).toEqual([liaison.id])
    await expect(ctx.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow('您无权执行此操作')
  })

  it('should let editors write bulletins but not unit liaisons', async () => {
    const data = { title: '测试通报', series: 'briefing' as const, date: '2026-11-01', body: richText(['正文']) }
    const created = await ctx.payload.create({ collection: 'bulletins', data, user: editor, overrideAccess: false, draft: true })
    expect(created.slug).toMatch(/^\d{8}-[0-9a-f]{8}$/)
    expect(created._status).toBe('draft')
    await expect(ctx.payload.create({ collection: 'bulletins', data, user: liaison, overrideAccess: false, draft: true })).rejects.toThrow(
      '您无权执行此操作',
    )
  })
})
