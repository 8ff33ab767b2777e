/**
 * The editors' workbench through the REST API with real JWTs: review buttons per role (refusals
 * included), the 错敏词 check blocking publish with a reviewer override recorded, 督办单 and 销号,
 * 问责记录, the per-role summary and the admin's audit CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replyDeadline } from '../../cms/domain/messages/index.ts'
import type { User } from '../../cms/payload-types.ts'
import { richText } from '../../seed/lexical.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'
import { readDraft } from '../helpers/versions.ts'

let ctx: TempPayload
let refs: Refs
const users = {} as Record<'editor' | 'reviewer' | 'admin' | 'liaison' | 'otherLiaison', User>
const tokens = {} as Record<keyof typeof users, string>

beforeAll(async () => {
  ctx = await startTempPayload('workbench')
  refs = await makeRefs(ctx.payload)
  users.editor = await makeUser(ctx.payload, 'editor')
  users.reviewer = await makeUser(ctx.payload, 'reviewer')
  users.admin = await makeUser(ctx.payload, 'admin')
  users.liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  users.otherLiaison = await makeUser(ctx.payload, 'unitLiaison', refs.otherUnit)
  for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await tokenFor(ctx, users[key].email)
}, 60_000)
afterAll(() => ctx.close())

let seq = 0
async function draftBulletin(body = '正文', title = `工作台通报${++seq}`) {
  return ctx.payload.create({
    collection: 'bulletins',
    data: { title, series: 'evaluation', date: '2026-10-10', body: richText([body]) },
    draft: true,
    user: users.editor,
    overrideAccess: false,
  })
}
/** A review button; 通过并发布 and 退回 name the current draft version, as the edit view does (tests/int/review-version.test.ts covers stale ones). */
async function review(
  id: number | string,
  action: string,
  who?: keyof typeof users,
  body: Record<string, unknown> = {},
  collection = 'bulletins',
) {
  const names = (action === 'approve' || action === 'reject') && typeof id === 'number' && !('version' in body)
  const version = names ? (await readDraft(ctx, tokens.reviewer, collection, id)).version : undefined
  return rest(ctx, 'POST', `/${collection}/${id}/review/${action}`, { token: who ? tokens[who] : undefined, body: { version, ...body } })
}

describe('review buttons (POST /api/<collection>/:id/review/<action>)', () => {
  it('should take a draft from 提交审核 by the editor to 通过并发布 by the reviewer, logging both', async () => {
    const doc = await draftBulletin()
    const submitted = await review(doc.id, 'submit', 'editor')
    expect(submitted.status).toBe(200)
    expect(submitted.json.reviewState).toBe('submitted')
    const approved = await review(doc.id, 'approve', 'reviewer')
    expect(approved.status).toBe(200)
    expect(approved.json.status).toBe('published')
    const stored = await ctx.payload.findByID({ collection: 'bulletins', id: doc.id, depth: 0 })
    expect(stored.reviewLog?.map((e) => [e.action, e.by])).toEqual([
      ['submitted', users.editor.id],
      ['approved', users.reviewer.id],
    ])
  })

  it('should refuse anonymous callers, editors and liaisons the reviewer actions, and unknown actions', async () => {
    const doc = await draftBulletin()
    expect((await review(doc.id, 'submit')).status).toBe(401)
    expect((await review(doc.id, 'approve')).status).toBe(401)
    await review(doc.id, 'submit', 'editor')
    for (const who of ['editor', 'liaison'] as const) {
      for (const action of ['approve', 'reject']) {
        const answer = await review(doc.id, action, who, { comment: '不行' })
        expect(answer.status).toBe(403)
        expect(String(answer.json.message)).toContain('只有审核员或管理员')
      }
    }
    expect((await review(doc.id, 'publish', 'reviewer')).status).toBe(404)
    expect((await review('abc', 'approve', 'reviewer')).status).toBe(404)
    const stored = await ctx.payload.findByID({ collection: 'bulletins', id: doc.id, depth: 0, draft: true })
    expect(stored._status).toBe('draft')
    expect(stored.reviewState).toBe('submitted')
  })

  it('should let a reviewer 退回 only with a comment, and refuse approving what was never submitted', async () => {
    const doc = await draftBulletin()
    const early = await review(doc.id, 'approve', 'reviewer')
    expect(early.status).toBe(400)
    expect(String(early.json.message)).toContain('只能发布已提交审核的内容')
    await review(doc.id, 'submit', 'editor')
    const bare = await review(doc.id, 'reject', 'reviewer', {})
    expect(bare.status).toBe(400)
    expect(String(bare.json.message)).toContain('退回时必须填写审核意见')
    const rejected = await review(doc.id, 'reject', 'reviewer', { comment: '数据需核实' })
    expect(rejected.status).toBe(200)
    expect(rejected.json.reviewState).toBe('rejected')
  })

  it('should refuse a body over 16 KB and a liaison submitting another unit’s exposure', async () => {
    const doc = await draftBulletin()
    expect((await review(doc.id, 'reject', 'reviewer', { comment: 'x'.repeat(20_000) })).status).toBe(413)
    const exposure = await ctx.payload.create({
      collection: 'exposures',
      data: { title: '占道经营', description: '描述', place: '某路口', foundAt: '2026-11-01', unit: refs.unit },
      draft: true,
      overrideAccess: true,
    })
    expect((await review(exposure.id, 'submit', 'otherLiaison', {}, 'exposures')).status).toBe(403)
    expect((await review(exposure.id, 'submit', 'liaison', {}, 'exposures')).status).toBe(200)
  })
})

describe('错敏词 check', () => {
  it('should block publishing a text with 中华人民共合国, naming the field, the word and the suggestion', async () => {
    const doc = await draftBulletin('热烈庆祝中华人民共合国成立。')
    const submitted = await review(doc.id, 'submit', 'editor')
    expect(submitted.status).toBe(200)
    expect(String(submitted.json.warning)).toContain('中华人民共合国')
    const refused = await review(doc.id, 'approve', 'reviewer')
    expect(refused.status).toBe(400)
    expect(refused.json.errors).toEqual([
      expect.objectContaining({
        path: 'body',
        message: expect.stringContaining('“正文”中有错敏词“中华人民共合国”，建议改为“中华人民共和国”'),
      }),
    ])
    const stored = await ctx.payload.findByID({ collection: 'bulletins', id: doc.id, depth: 0, draft: true })
    expect(stored._status).toBe('draft')
  })

  it('should let a reviewer publish with a recorded 放行理由, and ignore an editor’s', async () => {
    const doc = await draftBulletin('1949年以前的“中华民国”史料引用。')
    await review(doc.id, 'submit', 'editor')
    const update = {
      collection: 'bulletins' as const,
      id: doc.id,
      data: { _status: 'published' as const, sensitiveOverride: '历史文献原文引用' },
    }
    await expect(ctx.payload.update({ ...update, user: users.editor, overrideAccess: false })).rejects.toThrow()
    const approved = await review(doc.id, 'approve', 'reviewer', { sensitiveOverride: '历史文献原文引用' })
    expect(approved.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'bulletins', id: doc.id, depth: 0 })
    expect(stored.reviewLog?.find((e) => e.action === 'sensitive-override')?.comment).toBe(
      '历史文献原文引用（放行：标题：中华民国→（涉台称谓，请核实用法；1949年后不得使用））'.replace('标题', '正文'),
    )
    expect(stored.sensitiveOverride ?? null).toBeNull()
  })

  it('should check words admins add, and let only admins add them', async () => {
    const denied = await rest(ctx, 'POST', '/sensitive-words', {
      token: tokens.editor,
      body: { word: '示范市城管局', suggestion: '示范市城市管理局' },
    })
    expect(denied.status).toBe(403)
    const added = await rest(ctx, 'POST', '/sensitive-words', {
      token: tokens.admin,
      body: { word: '示范市城管局', suggestion: '示范市城市管理局' },
    })
    expect(added.status).toBe(201)
    expect((await rest(ctx, 'GET', '/sensitive-words')).status).toBe(403)
    const doc = await draftBulletin('示范市城管局开展整治。', '本地词库测试')
    await review(doc.id, 'submit', 'editor')
    const refused = await review(doc.id, 'approve', 'reviewer')
    expect(String(refused.json.message)).toContain('“示范市城管局”')
  })
})

describe('督办单 and 销号', () => {
  const act = (id: number, action: string, who?: keyof typeof users, body: unknown = {}) =>
    rest(ctx, 'POST', `/exposures/${id}/supervision/${action}`, { token: who ? tokens[who] : undefined, body })

  it('should number orders per year, let the liaison submit, and let only a reviewer verify or send back', async () => {
    const exposure = await ctx.payload.create({
      collection: 'exposures',
      data: { title: '小区垃圾堆放', description: '描述', place: '某小区', foundAt: '2026-11-20', unit: refs.unit, _status: 'published' },
      overrideAccess: true,
    })
    expect((await act(exposure.id, 'issue')).status).toBe(401)
    expect((await act(exposure.id, 'issue', 'liaison')).status).toBe(403)
    const issued = await act(exposure.id, 'issue', 'reviewer')
    expect(issued.status).toBe(200)
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear()
    expect(issued.json.supervision).toMatchObject({ state: 'issued', label: `督办〔${year}〕第1号` })
    expect((await act(exposure.id, 'issue', 'reviewer')).status).toBe(400)
    const forged = await rest(ctx, 'PATCH', `/exposures/${exposure.id}?draft=true`, {
      token: tokens.liaison,
      body: { supervision: { state: 'closed' } },
    })
    expect(forged.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'exposures', id: exposure.id, draft: true, depth: 0 })).supervision?.state).toBe(
      'issued',
    )

    await rest(ctx, 'PATCH', `/exposures/${exposure.id}?draft=true`, {
      token: tokens.liaison,
      body: { rectification: { reply: '已清运' } },
    })
    expect((await review(exposure.id, 'submit', 'liaison', {}, 'exposures')).status).toBe(200)
    expect((await act(exposure.id, 'verify', 'editor')).status).toBe(403)
    expect((await act(exposure.id, 'return', 'reviewer')).status).toBe(400)
    const returned = await act(exposure.id, 'return', 'reviewer', { reason: '照片未显示清运后现场' })
    expect(returned.status).toBe(200)
    expect(returned.json.supervision).toMatchObject({ state: 'returned', returnReason: '照片未显示清运后现场' })

    await review(exposure.id, 'submit', 'liaison', {}, 'exposures')
    const verified = await act(exposure.id, 'verify', 'reviewer')
    expect(verified.status).toBe(200)
    expect(verified.json.status).toBe('published')
    const live = await ctx.payload.find({ collection: 'exposures', where: { id: { equals: exposure.id } }, overrideAccess: false })
    expect(live.docs[0]?.rectification?.status).toBe('rectified')
    expect(live.docs[0]?.supervision?.state).toBe('closed')
    expect(live.docs[0]?.supervision?.verifiedAt).toEqual(expect.any(String))
    expect(live.docs[0]?.supervision?.verifiedBy).toBeUndefined()
    expect(live.docs[0]?.rectification?.reply).toBe('已清运')

    const second = await ctx.payload.create({
      collection: 'exposures',
      data: { title: '共享单车乱停', description: '描述', place: '某路口', foundAt: '2026-11-21', unit: refs.unit },
      draft: true,
      overrideAccess: true,
    })
    expect((await act(second.id, 'issue', 'editor')).json.supervision).toMatchObject({ label: `督办〔${year}〕第2号` })
  })
})

describe('问责记录', () => {
  it('should let reviewers record confirmed entries that nobody changes or deletes, and show the public only confirmed ones', async () => {
    const data = { unit: refs.unit, date: '2026-11-25', form: 'interview', summary: '约谈街道负责人' }
    expect((await rest(ctx, 'POST', '/accountability-records', { token: tokens.editor, body: data })).status).toBe(403)
    expect((await rest(ctx, 'POST', '/accountability-records', { body: data })).status).toBe(403)
    const created = await rest(ctx, 'POST', '/accountability-records', { token: tokens.reviewer, body: { ...data, status: 'proposed' } })
    expect(created.status).toBe(201)
    const doc = created.json.doc as { id: number; status: string; confirmedBy: unknown }
    expect(doc.status).toBe('confirmed')
    const changed = await rest(ctx, 'PATCH', `/accountability-records/${doc.id}`, { token: tokens.admin, body: { summary: '改写' } })
    expect(changed.status).toBe(400)
    expect((await rest(ctx, 'DELETE', `/accountability-records/${doc.id}`, { token: tokens.admin })).status).toBe(403)

    const proposal = await ctx.payload.create({
      collection: 'accountability-records',
      data: { ...data, form: 'criticism' },
      overrideAccess: true,
      context: { accountabilityRule: true },
    })
    expect(proposal.status).toBe('proposed')
    const publicList = await rest(ctx, 'GET', '/accountability-records')
    expect((publicList.json.docs as { id: number }[]).map((d) => d.id)).toEqual([doc.id])
    const confirmed = await rest(ctx, 'PATCH', `/accountability-records/${proposal.id}`, {
      token: tokens.reviewer,
      body: { status: 'confirmed' },
    })
    expect(confirmed.status).toBe(200)
    expect((confirmed.json.doc as { confirmedBy: { id: number } }).confirmedBy.id).toBe(users.reviewer.id)
  })

  it('should have the three-strikes rule propose one record for a flagged unit, not a second while it waits', async () => {
    const unit = await ctx.payload.create({
      collection: 'units',
      data: { name: '三次街道', kind: 'street', code: 'strikes' },
      overrideAccess: true,
    })
    for (const i of [1, 2, 3]) {
      const foundAt = new Date(Date.now() - (10 + i) * 86_400_000).toISOString().slice(0, 10)
      await ctx.payload.create({
        collection: 'exposures',
        data: { title: `逾期${i}`, description: '描述', place: '某处', foundAt, deadline: foundAt, unit: unit.id, _status: 'published' },
        overrideAccess: true,
      })
    }
    const { docs } = await ctx.payload.find({
      collection: 'accountability-records',
      where: { unit: { equals: unit.id } },
      overrideAccess: true,
    })
    expect(docs.map((d) => [d.status, d.exposures?.length])).toEqual([['proposed', 3]])
  })
})

describe('workbench summary and audit export', () => {
  it('should answer each role with its own counts, and refuse anonymous callers', async () => {
    expect((await rest(ctx, 'GET', '/workbench/summary')).status).toBe(401)
    const doc = await draftBulletin('草稿', '编辑的草稿')
    const editor = await rest(ctx, 'GET', '/workbench/summary', { token: tokens.editor })
    const counts = editor.json.counts as { key: string; count: number; href: string }[]
    const mine = counts.find((c) => c.key === 'mine:bulletins')
    expect(mine?.count).toBeGreaterThanOrEqual(1)
    expect(mine?.href).toContain('/admin/collections/bulletins?where')
    expect(counts.some((c) => c.key === 'proposals')).toBe(false)
    await review(doc.id, 'submit', 'editor')
    const reviewer = await rest(ctx, 'GET', '/workbench/summary', { token: tokens.reviewer })
    const queue = reviewer.json.queue as { title: string; waiting: string }[]
    expect(queue.map((q) => q.title)).toContain('编辑的草稿')
    expect((reviewer.json.counts as { key: string; count: number }[]).find((c) => c.key === 'proposals')?.count).toBeGreaterThanOrEqual(1)
    const sections = reviewer.json.sections as { section: string; stale: boolean; threshold: number }[]
    expect(sections.find((s) => s.section === 'bulletins')).toMatchObject({ stale: false, threshold: 14 })
    expect(sections.find((s) => s.section === 'tv-episodes')).toMatchObject({ stale: true })
    const liaison = await rest(ctx, 'GET', '/workbench/summary', { token: tokens.liaison })
    expect((liaison.json.unitItems as { title: string }[]).length).toBeGreaterThan(0)
    expect(liaison.json.site).toBeNull()
  })

  it('should count 留言 waiting for routing, overdue and due soon per role, and list the overdue ones', async () => {
    const message = (title: string, data: Record<string, unknown>) =>
      ctx.payload.create({
        collection: 'messages',
        data: { title, category: 'suggest', text: '工作台留言测试内容', allowPublic: true, ...data },
        draft: true,
        overrideAccess: true,
      })
    const late = await message('超期的留言', { unit: refs.unit, receivedAt: new Date(Date.now() - 20 * 86_400_000).toISOString() })
    await message('待分办的留言', {})
    await message('即将超期的留言', { unit: refs.unit, deadline: replyDeadline(new Date(), 1).toISOString() })
    const summaryOf = async (who: keyof typeof users) => {
      const { json } = await rest(ctx, 'GET', '/workbench/summary', { token: tokens[who] })
      const counts = json.counts as { key: string; count: number; href: string }[]
      const numbers = Object.fromEntries(counts.filter((c) => c.key.startsWith('messages')).map((c) => [c.key, c.count]))
      return { numbers, counts, overdue: json.messagesOverdue as { title: string; href: string }[] }
    }
    const reviewer = await summaryOf('reviewer')
    expect(reviewer.numbers).toEqual({ messagesUnrouted: 1, messagesOverdue: 1, messagesDueSoon: 1 })
    expect(reviewer.overdue.map((item) => [item.title, item.href])).toEqual([['超期的留言', `/admin/collections/messages/${late.id}`]])
    expect(reviewer.counts.find((c) => c.key === 'messagesOverdue')?.href).toContain('/admin/collections/messages?where')
    const liaison = await summaryOf('liaison')
    expect(liaison.numbers).toEqual({ messagesOverdue: 1, messagesDueSoon: 1 })
    expect(liaison.overdue.map((item) => item.title)).toEqual(['超期的留言'])
    const other = await summaryOf('otherLiaison')
    expect(other.numbers).toEqual({ messagesOverdue: 0, messagesDueSoon: 0 })
    expect(other.overdue).toEqual([])
  })

  it('should give admins only a formula-escaped CSV of the period’s review log', async () => {
    const doc = await draftBulletin('正文', '=HYPERLINK("http://x")')
    await review(doc.id, 'submit', 'editor')
    await review(doc.id, 'reject', 'reviewer', { comment: '+请核实' })
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    const path = `/audit/export.csv?from=${today}&to=${today}`
    expect((await rest(ctx, 'GET', path)).status).toBe(401)
    expect((await rest(ctx, 'GET', path, { token: tokens.reviewer })).status).toBe(403)
    expect((await rest(ctx, 'GET', '/audit/export.csv?from=2020-01-01&to=2026-01-01', { token: tokens.admin })).status).toBe(400)
    const response = await ctx.payload.config
    const request = new Request(`http://localhost/api${path}`, { headers: { authorization: `JWT ${tokens.admin}` } })
    const { handleEndpoints } = await import('payload')
    const answer = await handleEndpoints({ config: response as never, request, payloadInstanceCacheKey: ctx.key })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await answer.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv.startsWith('时间,栏目,文档ID,标题,操作,操作人,意见/理由\r\n')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(csv).toContain(`退回,${users.reviewer.email},'+请核实`)
  })
})
