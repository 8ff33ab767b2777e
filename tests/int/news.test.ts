/**
 * 创城动态 (news) on a real Payload: the review workflow, the fields' validation messages, the China
 * day it is dated by default, what anonymous visitors and other roles get, and the generic loader's
 * entry built from a real document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_TYPES } from '../../cms/domain/contentTypes/index.ts'
import { chinaDay } from '../../cms/domain/dates.ts'
import type { User } from '../../cms/payload-types.ts'
import { richText } from '../../seed/lexical.ts'
import { genericEntry } from '../../site/loaders/generic.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let refs: Refs
let editor: User
let reviewer: User
let liaison: User
let otherLiaison: User

beforeAll(async () => {
  ctx = await startTempPayload('news')
  refs = await makeRefs(ctx.payload)
  editor = await makeUser(ctx.payload, 'editor')
  reviewer = await makeUser(ctx.payload, 'reviewer')
  liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  otherLiaison = await makeUser(ctx.payload, 'unitLiaison', refs.otherUnit)
})
afterAll(() => ctx.close())

const as = (user?: User) => ({ user, overrideAccess: false as const })

async function publishedNews(title: string, extra: Record<string, unknown> = {}) {
  const draft = await ctx.payload.create({ collection: 'news', data: { ...validData.news(), title, ...extra }, draft: true, ...as(editor) })
  await ctx.payload.update({ collection: 'news', id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...as(editor) })
  return ctx.payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(reviewer) })
}

describe('creating news', () => {
  it('should name each missing required field in the message', async () => {
    const text = await rejectionText(
      ctx.payload.create({ collection: 'news', data: { title: '', source: '', body: null } as never, ...as(editor) }),
    )
    expect(text).toContain('[title]')
    expect(text).toContain('[source]')
    expect(text).toContain('[body]')
  })

  it('should date a new article by the China calendar day and name the office as the source by default', async () => {
    const before = chinaDay(new Date())
    const doc = await ctx.payload.create({
      collection: 'news',
      data: { title: '默认值', body: richText(['正文']) },
      draft: true,
      ...as(editor),
    })
    expect([before, chinaDay(new Date())]).toContain(String(doc.date).slice(0, 10))
    expect(doc.source).toBe('示范市创城办')
  })

  it('should go through review: an editor cannot publish directly, a reviewer publishes what was submitted', async () => {
    const draft = await ctx.payload.create({ collection: 'news', data: validData.news(), draft: true, ...as(editor) })
    expect(
      await rejectionText(ctx.payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(editor) })),
    ).toContain('[_status]')
    const published = await publishedNews('审核后发布')
    expect(published._status).toBe('published')
    expect(published.reviewState).toBe('approved')
  })
})

describe('reading news', () => {
  it('should show anonymous visitors published articles with source and author, never drafts or the review log', async () => {
    const published = await publishedNews('公开的动态', { author: '通讯员 甲', units: [refs.unit] })
    const draft = await ctx.payload.create({
      collection: 'news',
      data: { ...validData.news(), title: '未发布的动态' },
      draft: true,
      ...as(editor),
    })
    const found = await ctx.payload.find({ collection: 'news', ...as(), limit: 100 })
    const titles = found.docs.map((doc) => doc.title)
    expect(titles).toContain('公开的动态')
    expect(titles).not.toContain('未发布的动态')
    const doc = found.docs.find((item) => item.id === published.id)
    expect(doc?.author).toBe('通讯员 甲')
    expect(doc?.reviewState).toBeUndefined()
    expect(doc?.reviewLog ?? []).toEqual([])
    expect(await ctx.payload.find({ collection: 'news', where: { id: { equals: draft.id } }, draft: true, ...as() })).toMatchObject({
      totalDocs: 0,
    })
  })

  it('should build the site entry from the table’s shape: meta lines, units, sanitized body', async () => {
    const published = await publishedNews('入口映射', { author: '作者乙', units: [refs.unit], source: '济南日报' })
    const doc = await ctx.payload.findByID({ collection: 'news', id: published.id, depth: 1, ...as() })
    const entry = genericEntry(CONTENT_TYPES.news.generic, doc as never, '/media')
    expect(entry.meta).toEqual([
      { label: '来源', value: '济南日报' },
      { label: '作者', value: '作者乙' },
    ])
    expect(entry.units.map((unit) => unit.name)).toEqual(['测试街道'])
    expect(entry.html).toContain('<p>正文</p>')
  })
})

describe('as an attacker', () => {
  it('should refuse anonymous and liaisons writing news (the office’s own reports)', async () => {
    expect(await rejectionText(ctx.payload.create({ collection: 'news', data: validData.news(), ...as() }))).toMatch(/无权/)
    expect(await rejectionText(ctx.payload.create({ collection: 'news', data: validData.news(), draft: true, ...as(liaison) }))).toMatch(
      /无权/,
    )
  })

  it('should keep drafts from liaisons of any unit, even a draft naming their unit', async () => {
    const draft = await ctx.payload.create({
      collection: 'news',
      data: { ...validData.news(), title: '某单位草稿', units: [refs.otherUnit] },
      draft: true,
      ...as(editor),
    })
    const seen = await ctx.payload.find({ collection: 'news', where: { id: { equals: draft.id } }, draft: true, ...as(otherLiaison) })
    expect(seen.totalDocs).toBe(0)
  })

  it('should refuse an editor deleting or unpublishing a published article', async () => {
    const published = await publishedNews('编辑不能删除')
    expect(await rejectionText(ctx.payload.delete({ collection: 'news', id: published.id, ...as(editor) }))).toMatch(/无权/)
    expect(
      await rejectionText(ctx.payload.update({ collection: 'news', id: published.id, data: { _status: 'draft' }, ...as(editor) })),
    ).toContain('已发布的内容只能由审核员或管理员修改、下线')
  })
})
