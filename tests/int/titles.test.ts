/**
 * 文明称号 on a real Payload (temp SQLite): who may read and write titles and 摘牌提议 (anonymous, a
 * liaison, an editor, a reviewer; overrideAccess: false), validation errors naming the field, the 摘牌
 * rule (a confirmed 问责 proposes, a reviewer accepts or rejects, nothing is removed automatically),
 * and the workbench counts (异议 and its attacks: title-objections.test.ts).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addChinaDays } from '../../cms/domain/dates.ts'
import type { User } from '../../cms/payload-types.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs
let users: Record<'admin' | 'reviewer' | 'editor' | 'liaison' | 'otherLiaison', User>
const quiet = { skipRebuild: true }
const day = (offset: number) => `${addChinaDays(new Date(), offset)}T00:00:00.000Z`

async function title(data: Record<string, unknown> = {}): Promise<number> {
  const created = await payload.create({
    collection: 'civility-titles',
    data: { ...validData['civility-titles'](refs), _status: 'published', ...data } as never,
    overrideAccess: true,
    context: quiet,
  })
  return created.id
}

async function confirmedRecord(unit: number, summary = '曝光三次仍未整改。'): Promise<number> {
  const record = await payload.create({
    collection: 'accountability-records',
    data: { unit, date: day(0), form: 'interview', summary },
    user: users.reviewer,
    overrideAccess: false,
    context: quiet,
  })
  return record.id
}

const proposalsOf = async (record: number) =>
  (await payload.find({ collection: 'title-revocations', where: { record: { equals: record } }, depth: 0, overrideAccess: true })).docs

beforeAll(async () => {
  ctx = await startTempPayload('titles')
  payload = ctx.payload
  refs = await makeRefs(payload)
  users = {
    admin: await makeUser(payload, 'admin'),
    reviewer: await makeUser(payload, 'reviewer'),
    editor: await makeUser(payload, 'editor'),
    liaison: await makeUser(payload, 'unitLiaison', refs.unit),
    otherLiaison: await makeUser(payload, 'unitLiaison', refs.otherUnit),
  }
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('titles: access and validation', () => {
  it('should show the public published titles only, and staff the drafts', async () => {
    const published = await title()
    const draft = await title({ _status: 'draft' })
    const read = async (user?: User) =>
      (
        await payload.find({ collection: 'civility-titles', where: { id: { in: [published, draft] } }, user, overrideAccess: false })
      ).docs.map((doc) => doc.id)
    expect(await read()).toEqual([published])
    expect(await read(users.liaison)).toEqual([published])
    expect((await read(users.editor)).sort()).toEqual([published, draft].sort())
  })

  it('should refuse anonymous and liaison writes, and an editor publishing', async () => {
    const data = { ...validData['civility-titles'](refs) } as never
    await expect(payload.create({ collection: 'civility-titles', data, overrideAccess: false })).rejects.toThrow()
    await expect(payload.create({ collection: 'civility-titles', data, user: users.liaison, overrideAccess: false })).rejects.toThrow()
    await expect(payload.create({ collection: 'civility-titles', data, user: users.otherLiaison, overrideAccess: false })).rejects.toThrow()
    expect(
      await rejectionText(
        payload.create({
          collection: 'civility-titles',
          data: { ...(data as object), _status: 'published' } as never,
          user: users.editor,
          overrideAccess: false,
        }),
      ),
    ).toMatch(/编辑和联络员不能直接发布/)
    const draft = await payload.create({ collection: 'civility-titles', data, user: users.editor, overrideAccess: false, draft: true })
    expect(draft.holder).toBe('测试街道')
  })

  it('should let no editor revoke a title: 摘牌 fields are the reviewers’', async () => {
    const id = await title({ _status: 'draft' })
    const revocation = { date: day(0), reason: '编辑擅自摘牌' }
    const edited = await payload.update({
      collection: 'civility-titles',
      id,
      data: { revocation } as never,
      user: users.editor,
      overrideAccess: false,
      draft: true,
    })
    expect(edited.revocation?.date ?? null).toBeNull()
    const reviewed = await payload.update({
      collection: 'civility-titles',
      id,
      data: { revocation } as never,
      user: users.reviewer,
      overrideAccess: false,
      draft: true,
    })
    expect(reviewed.revocation?.reason).toBe('编辑擅自摘牌')
  })

  it('should name the field in each validation error', async () => {
    const create = (data: Record<string, unknown>) =>
      payload.create({
        collection: 'civility-titles',
        data: { category: 'family', level: 'city', year: 2025, ...data } as never,
        user: users.editor,
        overrideAccess: false,
        draft: true,
      })
    expect(await rejectionText(create({}))).toMatch(/称号持有者/)
    expect(await rejectionText(create({ holder: '李家', year: 1900 }))).toMatch(/授予年度/)
    expect(await rejectionText(create({ holder: '李家', noticeFrom: day(3), noticeTo: day(1) }))).toMatch(
      /公示期：结束日期不能早于开始日期/,
    )
    expect(await rejectionText(create({ holder: '李家', reviews: [{ year: 2024, result: 'pass' }] }))).toMatch(/复查年度/)
    expect(await rejectionText(create({ holder: '李家', noticeFrom: day(1) }))).toMatch(/\[noticeTo\] 公示期：开始和结束日期要一起填写/)
  })
})

describe('摘牌: proposed on 问责, decided by a reviewer', () => {
  it('should propose, never revoke, when the holder is confirmed for 问责; and not for a rule proposal', async () => {
    const held = await title({ unit: refs.otherUnit })
    const proposed = await payload.create({
      collection: 'accountability-records',
      data: { unit: refs.otherUnit, date: day(0), form: 'interview', summary: '规则提议' },
      overrideAccess: true,
      context: { ...quiet, accountabilityRule: true },
    })
    expect(proposed.status).toBe('proposed')
    expect(await proposalsOf(proposed.id)).toEqual([])
    await payload.update({
      collection: 'accountability-records',
      id: proposed.id,
      data: { status: 'confirmed' },
      user: users.reviewer,
      overrideAccess: false,
      context: quiet,
    })
    const [proposal] = await proposalsOf(proposed.id)
    expect(proposal?.status).toBe('pending')
    expect(proposal?.reason).toContain('目标考核扣分、文明单位摘牌、领导干部问责')
    const still = await payload.findByID({ collection: 'civility-titles', id: held, overrideAccess: false })
    expect(still.revocation?.date ?? null).toBeNull()
  })

  it('should keep proposals from anonymous, liaisons and editors’ decisions', async () => {
    await title({ unit: refs.unit })
    const record = await confirmedRecord(refs.unit)
    const [proposal] = await proposalsOf(record)
    if (!proposal) throw new Error('no proposal')
    const read = (user?: User) => payload.find({ collection: 'title-revocations', user, overrideAccess: false })
    await expect(read()).rejects.toThrow()
    await expect(read(users.liaison)).rejects.toThrow()
    await expect(read(users.otherLiaison)).rejects.toThrow()
    expect((await read(users.editor)).totalDocs).toBeGreaterThan(0)
    const accept = { status: 'accepted', reason: '擅自', revokedOn: day(0) } as never
    await expect(
      payload.update({ collection: 'title-revocations', id: proposal.id, data: accept, user: users.editor, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'title-revocations', id: proposal.id, data: accept, user: users.liaison, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.create({ collection: 'title-revocations', data: { title: 1, record } as never, user: users.reviewer, overrideAccess: false }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'title-revocations', id: proposal.id, overrideAccess: true })).status).toBe('pending')
  })

  it('should reject only with a reason, and leave the title held', async () => {
    const held = await title({ holder: '驳回测试单位', unit: refs.unit, year: 2024 })
    const record = await confirmedRecord(refs.unit, '驳回测试')
    const proposal = (await proposalsOf(record)).find((row) => row.title === held)
    if (!proposal) throw new Error('no proposal')
    const decide = (data: Record<string, unknown>) =>
      payload.update({ collection: 'title-revocations', id: proposal.id, data: data as never, user: users.reviewer, overrideAccess: false })
    expect(await rejectionText(decide({ status: 'rejected' }))).toMatch(/不予摘牌的理由/)
    const rejected = await decide({ status: 'rejected', rejectReason: '问责事项与该称号无关' })
    expect(rejected.status).toBe('rejected')
    expect(rejected.decidedBy).toBeTruthy()
    await expect(decide({ status: 'accepted', reason: '改主意', revokedOn: day(0) })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'civility-titles', id: held, overrideAccess: true })).revocation?.date ?? null).toBeNull()
  })

  it('should revoke and publish on acceptance: public as 已摘牌 with reason and date', async () => {
    const held = await title({ holder: '摘牌测试单位', unit: refs.unit, year: 2023 })
    const record = await confirmedRecord(refs.unit, '摘牌测试')
    const proposal = (await proposalsOf(record)).find((row) => (row.title as number) === held)
    if (!proposal) throw new Error('no proposal')
    const decide = (data: Record<string, unknown>) =>
      payload.update({ collection: 'title-revocations', id: proposal.id, data: data as never, user: users.reviewer, overrideAccess: false })
    expect(await rejectionText(decide({ status: 'accepted', reason: '' }))).toMatch(/摘牌原因/)
    await decide({ status: 'accepted', revokedOn: day(0) })
    const publicView = await payload.findByID({ collection: 'civility-titles', id: held, overrideAccess: false })
    expect(publicView._status).toBe('published')
    expect(publicView.revocation?.reason).toContain('摘牌测试')
    expect(publicView.revocation?.date).toBeTruthy()
    expect(JSON.stringify(publicView.revocation)).not.toContain('"proposal"')
    // A second 问责 proposes nothing for a revoked title.
    const again = await confirmedRecord(refs.unit, '再次问责')
    expect((await proposalsOf(again)).some((row) => row.title === held)).toBe(false)
  })

  it('should refuse to accept over an unpublished draft of the title', async () => {
    const held = await title({ holder: '草稿测试单位', unit: refs.otherUnit, year: 2023 })
    await payload.update({
      collection: 'civility-titles',
      id: held,
      data: { issuer: '草稿中的修改' } as never,
      user: users.editor,
      overrideAccess: false,
      draft: true,
    })
    const record = await confirmedRecord(refs.otherUnit, '草稿测试')
    const proposal = (await proposalsOf(record)).find((row) => (row.title as number) === held)
    if (!proposal) throw new Error('no proposal')
    expect(
      await rejectionText(
        payload.update({
          collection: 'title-revocations',
          id: proposal.id,
          data: { status: 'accepted', revokedOn: day(0) } as never,
          user: users.reviewer,
          overrideAccess: false,
        }),
      ),
    ).toMatch(/未发布的草稿/)
    expect((await payload.findByID({ collection: 'title-revocations', id: proposal.id, overrideAccess: true })).status).toBe('pending')
  })
})

describe('the workbench', () => {
  it('should count pending 摘牌提议 for reviewers only, titles in 公示 and open title objections for staff', async () => {
    const counts = async (user: User) =>
      (await rest(ctx, 'GET', '/workbench/summary', { token: await tokenFor(ctx, user.email) })).json.counts as {
        key: string
        count: number
        href: string
      }[]
    const objected = await title({ holder: '异议计数单位' })
    await payload.create({
      collection: 'objections',
      data: { title: objected, summary: '异议', message: '该单位情况与公示内容不符。' } as never,
      overrideAccess: true,
    })
    const reviewer = await counts(users.reviewer)
    const pending = (
      await payload.count({ collection: 'title-revocations', where: { status: { equals: 'pending' } }, overrideAccess: true })
    ).totalDocs
    expect(pending).toBeGreaterThan(0)
    expect(reviewer.find((c) => c.key === 'titleRevocations')).toMatchObject({ count: pending })
    expect(reviewer.find((c) => c.key === 'titleRevocations')?.href).toContain('/admin/collections/title-revocations?')
    expect(reviewer.find((c) => c.key === 'titleObjections')?.count).toBeGreaterThan(0)
    const editor = await counts(users.editor)
    expect(editor.some((c) => c.key === 'titleRevocations')).toBe(false)
    const notice = await title({ holder: '工作台公示单位', noticeFrom: day(0), noticeTo: day(2), year: Number(day(0).slice(0, 4)) })
    expect((await counts(users.editor)).find((c) => c.key === 'titleNotices')?.count).toBeGreaterThanOrEqual(1)
    expect(notice).toBeGreaterThan(0)
    expect((await counts(users.liaison)).some((c) => c.key.startsWith('title'))).toBe(false)
  })
})
