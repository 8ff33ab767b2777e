/**
 * 通过并发布 publishes what the reviewer read: the review buttons name the draft version, a later
 * draft is refused with 409 and what changed; an editor's change to a submitted draft returns it
 * to 草稿; Payload's own publish paths (REST PATCH, GraphQL) publish the data of the request.
 * Real Payload on SQLite, REST and GraphQL with real JWTs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { richText } from '../../seed/lexical.ts'
import { makeRefs, type Refs } from '../helpers/fixtures.ts'
import { graphql } from '../helpers/graphql.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'
import { readDraft } from '../helpers/versions.ts'

let ctx: TempPayload
let refs: Refs
const users = {} as Record<'editor' | 'reviewer' | 'admin' | 'liaison', User>
const tokens = {} as Record<keyof typeof users, string>

beforeAll(async () => {
  ctx = await startTempPayload('review-version')
  refs = await makeRefs(ctx.payload)
  users.editor = await makeUser(ctx.payload, 'editor')
  users.reviewer = await makeUser(ctx.payload, 'reviewer')
  users.admin = await makeUser(ctx.payload, 'admin')
  users.liaison = await makeUser(ctx.payload, 'unitLiaison', refs.unit)
  for (const key of Object.keys(users) as (keyof typeof users)[]) tokens[key] = await tokenFor(ctx, users[key].email)
}, 60_000)
afterAll(() => ctx.close())

let seq = 0
async function submittedBulletin(title = `审核版本通报${++seq}`) {
  const doc = await ctx.payload.create({
    collection: 'bulletins',
    data: { title, series: 'evaluation', date: '2026-10-10', summary: '第一稿摘要', body: richText(['第一稿正文。']) },
    draft: true,
    user: users.editor,
    overrideAccess: false,
  })
  expect((await review(doc.id, 'submit', 'editor')).status).toBe(200)
  return doc
}
const review = (id: number | string, action: string, who: keyof typeof users, body: unknown = {}, collection = 'bulletins') =>
  rest(ctx, 'POST', `/${collection}/${id}/review/${action}`, { token: tokens[who], body })
const editAs = (who: keyof typeof users, id: number | string, body: unknown, collection = 'bulletins') =>
  rest(ctx, 'PATCH', `/${collection}/${id}?draft=true`, { token: tokens[who], body })
const latest = (id: number | string) => ctx.payload.findByID({ collection: 'bulletins', id, draft: true, depth: 0, overrideAccess: true })
const live = (id: number | string) => ctx.payload.findByID({ collection: 'bulletins', id, draft: false, depth: 0, overrideAccess: true })

describe('an editor changes a draft after 提交审核', () => {
  it('should refuse the reviewer approving the version they read (409 with the difference) and return the draft to 草稿', async () => {
    const doc = await submittedBulletin('第三季度测评通报')
    const read = await readDraft(ctx, tokens.reviewer, 'bulletins', doc.id)
    expect(read.doc.title).toBe('第三季度测评通报')

    const edit = await editAs('editor', doc.id, { title: '第四季度测评通报', body: richText(['第一稿正文，补充一句。']) })
    expect(edit.status).toBe(200)
    const withdrawn = await latest(doc.id)
    expect(withdrawn.reviewState).toBe('draft')
    expect(withdrawn.reviewLog?.map((e) => [e.action, e.comment ?? null])).toEqual([
      ['submitted', null],
      ['returned-to-draft', '改动：标题、正文'],
    ])

    const refused = await review(doc.id, 'approve', 'reviewer', { version: read.version })
    expect(refused.status).toBe(409)
    expect(String(refused.json.message)).toContain('草稿在您打开之后又被修改过，本次操作未执行')
    expect(String(refused.json.message)).toContain('改动：标题、正文')
    expect(refused.json.changes).toEqual([
      { path: 'title', label: '标题', before: '第三季度测评通报', after: '第四季度测评通报' },
      { path: 'body', label: '正文', before: '第一稿正文。', after: '第一稿正文，补充一句。' },
    ])
    expect((await latest(doc.id))._status).toBe('draft')
    expect((await review(doc.id, 'reject', 'reviewer', { version: read.version, comment: '旧稿有误' })).status).toBe(409)
    expect((await latest(doc.id)).reviewState).toBe('draft')

    // The editor submits the new text; the old version is still refused, the one read now is published.
    expect((await review(doc.id, 'submit', 'editor')).status).toBe(200)
    expect((await review(doc.id, 'approve', 'reviewer', { version: read.version })).status).toBe(409)
    const reread = await readDraft(ctx, tokens.reviewer, 'bulletins', doc.id)
    const approved = await review(doc.id, 'approve', 'reviewer', { version: reread.version })
    expect(approved.status).toBe(200)
    expect(approved.json.status).toBe('published')
    const published = await live(doc.id)
    expect([published.title, published.summary, published.body]).toEqual([reread.doc.title, reread.doc.summary, reread.doc.body])
    expect(published.reviewLog?.map((e) => e.action)).toEqual(['submitted', 'returned-to-draft', 'submitted', 'approved'])
  })

  it('should return a liaison’s change to a submitted exposure to 草稿 too, and keep it out of the review queue', async () => {
    const exposure = await ctx.payload.create({
      collection: 'exposures',
      data: { title: '占道经营', description: '描述', place: '某路口', foundAt: '2026-11-01', unit: refs.unit },
      draft: true,
      overrideAccess: true,
    })
    expect((await review(exposure.id, 'submit', 'liaison', {}, 'exposures')).status).toBe(200)
    const changed = await editAs('liaison', exposure.id, { rectification: { reply: '已清理' }, reviewState: 'submitted' }, 'exposures')
    expect(changed.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'exposures', id: exposure.id, draft: true, overrideAccess: true })
    expect(stored.reviewState).toBe('draft')
    expect(stored.reviewLog?.at(-1)?.comment).toBe('改动：整改情况 · 整改回复')
    const queue = await rest(ctx, 'GET', `/exposures?where[reviewState][equals]=submitted&where[id][equals]=${exposure.id}&draft=true`, {
      token: tokens.reviewer,
    })
    expect(queue.json.docs).toEqual([])
  })

  it('should keep the state when a reviewer corrects a submitted draft or an editor saves it unchanged', async () => {
    const doc = await submittedBulletin()
    expect((await editAs('editor', doc.id, { reviewState: 'submitted', summary: '第一稿摘要' })).status).toBe(200)
    expect((await latest(doc.id)).reviewState).toBe('submitted')
    expect((await editAs('reviewer', doc.id, { summary: '审核员改了错字' })).status).toBe(200)
    const corrected = await latest(doc.id)
    expect([corrected.reviewState, corrected.reviewLog?.map((e) => e.action)]).toEqual(['submitted', ['submitted']])
    const read = await readDraft(ctx, tokens.reviewer, 'bulletins', doc.id)
    expect((await review(doc.id, 'approve', 'reviewer', { version: read.version })).status).toBe(200)
    expect((await live(doc.id)).summary).toBe('审核员改了错字')
  })
})

describe('the version named by 通过并发布 and 退回', () => {
  it('should refuse a missing, malformed or foreign version (400 naming the field), then serve the right one', async () => {
    const doc = await submittedBulletin()
    const other = await submittedBulletin()
    const foreign = (await readDraft(ctx, tokens.reviewer, 'bulletins', other.id)).version
    for (const body of [{}, { version: '' }, { version: null }, { comment: '不行' }]) {
      const answer = await review(doc.id, 'reject' in body ? 'reject' : 'approve', 'reviewer', body)
      expect(answer.status).toBe(400)
      expect(answer.json.errors).toEqual([{ path: 'version', message: expect.stringContaining('缺少所审阅的版本号') }])
    }
    for (const version of [foreign, 'abc', -1, 99_999_999, { id: 1 }]) {
      const answer = await review(doc.id, 'approve', 'reviewer', { version })
      expect(answer.status).toBe(400)
      expect(String(answer.json.message)).toContain('[version] 不是这条内容的版本')
    }
    expect((await latest(doc.id))._status).toBe('draft')
    expect((await live(other.id))._status).toBe('draft')
    const read = await readDraft(ctx, tokens.reviewer, 'bulletins', doc.id)
    const rejected = await review(doc.id, 'reject', 'reviewer', { version: String(read.version), comment: '数据需核实' })
    expect(rejected.status).toBe(200)
    expect(rejected.json.reviewState).toBe('rejected')
  })

  it('should keep editors and liaisons out of approve and reject (403) even with the current version', async () => {
    const doc = await submittedBulletin()
    const { version } = await readDraft(ctx, tokens.editor, 'bulletins', doc.id)
    for (const who of ['editor', 'liaison'] as const) {
      for (const action of ['approve', 'reject']) {
        const answer = await review(doc.id, action, who, { version, comment: '自己通过' })
        expect(answer.status).toBe(403)
      }
    }
    expect((await latest(doc.id)).reviewState).toBe('submitted')
    expect((await review(doc.id, 'approve', 'admin', { version })).status).toBe(200)
  })

  it('should refuse the save itself when another save landed after the version check (409), and publish nothing', async () => {
    const doc = await submittedBulletin()
    const read = await readDraft(ctx, tokens.reviewer, 'bulletins', doc.id)
    // A reviewer's correction saved in between: what the endpoint checked is no longer what the save starts from.
    await editAs('reviewer', doc.id, { summary: '中途的修改' })
    const reviewedVersion = { collection: 'bulletins', id: doc.id, updatedAt: String(read.doc.updatedAt) }
    const save = ctx.payload.update({
      collection: 'bulletins',
      id: doc.id,
      data: { _status: 'published' },
      user: users.reviewer,
      overrideAccess: false,
      context: { reviewedVersion },
    })
    await expect(save).rejects.toMatchObject({ status: 409 })
    expect((await live(doc.id))._status).toBe('draft')
  })

  it('should approve an exposure whose publish saves other documents in the same request', async () => {
    const exposure = await ctx.payload.create({
      collection: 'exposures',
      data: { title: '乱堆放', description: '描述', place: '某小区', foundAt: '2026-01-01', deadline: '2026-01-04', unit: refs.unit },
      draft: true,
      overrideAccess: true,
    })
    expect((await review(exposure.id, 'submit', 'editor', {}, 'exposures')).status).toBe(200)
    const read = await readDraft(ctx, tokens.reviewer, 'exposures', exposure.id)
    const approved = await review(exposure.id, 'approve', 'reviewer', { version: read.version }, 'exposures')
    expect(approved.status).toBe(200)
    expect(approved.json.status).toBe('published')
  })
})

describe('Payload’s own publish paths', () => {
  it('should publish through PATCH exactly the text in the request, not a draft submitted after it was read', async () => {
    const doc = await submittedBulletin('请求里的标题')
    const read = await readDraft(ctx, tokens.reviewer, 'bulletins', doc.id)
    await editAs('editor', doc.id, { title: '之后提交的标题' })
    // A publish naming no text, after the editor's change withdrew the submission: refused.
    const bare = await rest(ctx, 'PATCH', `/bulletins/${doc.id}`, { token: tokens.reviewer, body: { _status: 'published' } })
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.json)).toContain('提交后又被修改的内容已退回草稿')
    expect((await review(doc.id, 'submit', 'editor')).status).toBe(200)
    const { title, summary, body, series, date } = read.doc
    const published = await rest(ctx, 'PATCH', `/bulletins/${doc.id}`, {
      token: tokens.reviewer,
      body: { title, summary, body, series, date, _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect((await live(doc.id)).title).toBe('请求里的标题')
  })

  it('should treat GraphQL like REST: an editor’s draft change withdraws the submission; a reviewer publishes the text sent', async () => {
    const doc = await submittedBulletin('GraphQL 读到的标题')
    const edited = await graphql(
      ctx,
      `mutation { updateBulletin(id: ${doc.id}, draft: true, data: { title: "GraphQL 之后的标题" }) { id reviewState } }`,
      tokens.editor,
    )
    expect(edited.errors).toEqual([])
    expect(edited.data?.updateBulletin).toEqual({ id: doc.id, reviewState: 'draft' })
    const bare = await graphql(ctx, `mutation { updateBulletin(id: ${doc.id}, data: { _status: published }) { id } }`, tokens.reviewer)
    expect(bare.errors.map((e) => e.message)).toEqual([expect.stringContaining('_status')])
    expect((await live(doc.id))._status).toBe('draft')
    expect((await review(doc.id, 'submit', 'editor')).status).toBe(200)
    const sent = await graphql(
      ctx,
      `mutation { updateBulletin(id: ${doc.id}, data: { title: "GraphQL 读到的标题", _status: published }) { id title _status } }`,
      tokens.reviewer,
    )
    expect(sent.errors).toEqual([])
    expect((await live(doc.id)).title).toBe('GraphQL 读到的标题')
  })
})
