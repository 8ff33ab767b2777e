/**
 * 政务公开 documents on a real Payload (temp SQLite): who may read and write them, the 文号, date,
 * attachment and validity rules as editors meet them (clear errors naming the field), China days, and
 * the workbench count of documents whose replacement is no longer published.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { workbenchSummary } from '../../cms/endpoints/workbenchSummary.ts'
import type { User } from '../../cms/payload-types.ts'
import { simplePdf } from '../../seed/pdf.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs
let [editor, reviewer, liaison, otherLiaison]: User[] = []
let pdf: number

beforeAll(async () => {
  ctx = await startTempPayload('documents')
  payload = ctx.payload
  refs = await makeRefs(payload)
  editor = await makeUser(payload, 'editor')
  reviewer = await makeUser(payload, 'reviewer')
  liaison = await makeUser(payload, 'unitLiaison', refs.unit)
  otherLiaison = await makeUser(payload, 'unitLiaison', refs.otherUnit)
  const data = simplePdf('Regulation')
  pdf = (
    await payload.create({
      collection: 'media',
      data: { alt: '管理办法全文' },
      file: { data, name: 'rule.pdf', mimetype: 'application/pdf', size: data.length },
      overrideAccess: true,
    })
  ).id
})
afterAll(() => ctx.close())

const as = (user: User) => ({ user, overrideAccess: false as const })
const draft = (user: User, data: Record<string, unknown> = {}) =>
  payload.create({ collection: 'documents', data: { ...validData.documents(refs), ...data }, draft: true, ...as(user) })
const publish = async (data: Record<string, unknown> = {}) => {
  const doc = await draft(editor, data)
  await payload.update({ collection: 'documents', id: doc.id, data: { reviewState: 'submitted' }, draft: true, ...as(editor) })
  return payload.update({ collection: 'documents', id: doc.id, data: { _status: 'published' }, ...as(reviewer) })
}
const anonymousFind = (id: number) =>
  payload.find({ collection: 'documents', where: { id: { equals: id } }, overrideAccess: false }).then((result) => result.docs)

describe('who may read and write documents', () => {
  it('should let an editor draft and a reviewer publish; the public reads only what is published', async () => {
    const doc = await draft(editor, { docNumber: '示文明办〔2026〕3号' })
    expect(await anonymousFind(doc.id)).toEqual([])
    await payload.update({ collection: 'documents', id: doc.id, data: { reviewState: 'submitted' }, draft: true, ...as(editor) })
    expect(
      await rejectionText(payload.update({ collection: 'documents', id: doc.id, data: { _status: 'published' }, ...as(editor) })),
    ).toContain('[_status]')
    const published = await payload.update({ collection: 'documents', id: doc.id, data: { _status: 'published' }, ...as(reviewer) })
    expect(published._status).toBe('published')
    const [read] = await anonymousFind(doc.id)
    expect(read?.docNumber).toBe('示文明办〔2026〕3号')
    expect(read?.reviewLog ?? []).toEqual([])
  })

  it('should refuse anonymous callers and unit liaisons (of any unit) every write', async () => {
    const doc = await publish()
    const data = validData.documents(refs)
    await expect(payload.create({ collection: 'documents', data, overrideAccess: false })).rejects.toThrow()
    for (const user of [liaison, otherLiaison]) {
      await expect(payload.create({ collection: 'documents', data, draft: true, ...as(user) })).rejects.toThrow()
      await expect(
        payload.update({ collection: 'documents', id: doc.id, data: { title: '改' }, draft: true, ...as(user) }),
      ).rejects.toThrow()
      await expect(payload.delete({ collection: 'documents', id: doc.id, ...as(user) })).rejects.toThrow()
    }
    await expect(payload.delete({ collection: 'documents', id: doc.id, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'documents', id: doc.id, ...as(editor) })).rejects.toThrow()
    const [still] = await anonymousFind(doc.id)
    expect(still?.title).toBe(doc.title)
  })

  it('should show a liaison only published documents, like the public', async () => {
    const hidden = await draft(editor)
    const found = await payload.find({ collection: 'documents', where: { id: { equals: hidden.id } }, ...as(liaison) })
    expect(found.docs).toEqual([])
  })

  it('should keep an editor’s change to a published document a draft until a reviewer publishes it', async () => {
    const doc = await publish({ title: '原标题' })
    await payload.update({ collection: 'documents', id: doc.id, data: { title: '新标题' }, draft: true, ...as(editor) })
    const [read] = await anonymousFind(doc.id)
    expect(read?.title).toBe('原标题')
  })
})

describe('document rules as editors meet them', () => {
  it('should refuse a malformed 文号 naming the field and the right form', async () => {
    const text = await rejectionText(draft(editor, { docNumber: '示文明办[2026]3号' }))
    expect(text).toContain('[docNumber] 文号（docNumber）“示文明办[2026]3号”格式不对')
    expect(text).toContain('应写作“示文明办〔2026〕3号”')
  })

  it('should refuse a second document with the same 文号', async () => {
    await draft(editor, { docNumber: '示城管发〔2026〕9号' })
    expect(await rejectionText(draft(editor, { docNumber: '示城管发〔2026〕9号' }))).toContain('docNumber')
  })

  it('should refuse a publish date before the date signed', async () => {
    const text = await rejectionText(draft(editor, { signedDate: '2026-03-10', publishDate: '2026-03-09' }))
    expect(text).toContain('[publishDate] 发布日期（publishDate）2026-03-09 不能早于成文日期 2026-03-10')
  })

  it('should store the China day an admin in China picked (local midnight arrives as 16:00 UTC the day before)', async () => {
    const doc = await draft(editor, { signedDate: '2026-03-09T16:00:00.000Z', publishDate: '2026-03-11T16:00:00.000Z' })
    expect([doc.signedDate, doc.publishDate]).toEqual(['2026-03-10T00:00:00.000Z', '2026-03-12T00:00:00.000Z'])
  })

  it('should take PDF attachments and refuse an image', async () => {
    const doc = await draft(editor, { attachments: [pdf] })
    expect(doc.attachments?.map((file) => (typeof file === 'object' ? file.id : file))).toEqual([pdf])
    expect(await rejectionText(draft(editor, { attachments: [pdf, refs.image] }))).toContain(
      '[attachments] 附件（attachments）只能是 PDF 文件',
    )
  })

  it('should require a published replacement when revised or repealed, never the document itself', async () => {
    const fresh = await publish({ title: '新办法' })
    const pending = await draft(editor, { title: '未发布的新办法' })
    expect(await rejectionText(draft(editor, { validity: 'revised' }))).toContain('[replacedBy] 效力为“已修订”时必须选择替代文件')
    expect(await rejectionText(draft(editor, { validity: 'repealed', replacedBy: pending.id }))).toContain(
      '[replacedBy] 替代文件（replacedBy）必须是已发布的文件',
    )
    expect(await rejectionText(draft(editor, { validity: 'effective', replacedBy: fresh.id }))).toContain(
      '效力为“有效”的文件不能填写替代文件',
    )
    const old = await publish({ title: '旧办法' })
    expect(
      await rejectionText(
        payload.update({
          collection: 'documents',
          id: old.id,
          data: { validity: 'revised', replacedBy: old.id },
          draft: true,
          ...as(editor),
        }),
      ),
    ).toContain('[replacedBy] 替代文件（replacedBy）不能是本文件自己')
    const revised = await payload.update({
      collection: 'documents',
      id: old.id,
      data: { validity: 'revised', replacedBy: fresh.id },
      ...as(reviewer),
    })
    expect([revised.validity, typeof revised.replacedBy === 'object' ? revised.replacedBy?.id : revised.replacedBy]).toEqual([
      'revised',
      fresh.id,
    ])
    // The new document cannot in turn name the old one: a loop.
    expect(
      await rejectionText(
        payload.update({ collection: 'documents', id: fresh.id, data: { validity: 'repealed', replacedBy: old.id }, ...as(reviewer) }),
      ),
    ).toContain('形成循环')
  })

  it('should not delete a document another names as its replacement, and say which', async () => {
    const fresh = await publish({ title: '现行办法' })
    const old = await publish({ title: '旧的办法', validity: 'repealed', replacedBy: fresh.id })
    const text = await rejectionText(payload.delete({ collection: 'documents', id: fresh.id, ...as(reviewer) }))
    expect(text).toContain('不能删除：本文件是《旧的办法》的替代文件（replacedBy）')
    await payload.update({ collection: 'documents', id: old.id, data: { validity: 'effective', replacedBy: null }, ...as(reviewer) })
    await payload.delete({ collection: 'documents', id: fresh.id, ...as(reviewer) })
    expect(await anonymousFind(fresh.id)).toEqual([])
  })

  it('should apply the rules to reviewers and admins too', async () => {
    const admin = await makeUser(payload, 'admin')
    expect(
      await rejectionText(
        payload.create({ collection: 'documents', data: { ...validData.documents(refs), validity: 'revised' }, ...as(admin) }),
      ),
    ).toContain('[replacedBy]')
  })
})

describe('the workbench', () => {
  it('should count documents whose replacement was unpublished after the fact, for staff only', async () => {
    const countFor = async (user: User) => {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      return (await workbenchSummary(req)).counts.find((c) => c.key === 'documentsReplacementGone')
    }
    const before = (await countFor(reviewer))?.count ?? 0
    const fresh = await publish({ title: '后来撤下的新办法' })
    await publish({ title: '被替代的办法', validity: 'revised', replacedBy: fresh.id })
    expect((await countFor(reviewer))?.count).toBe(before)
    await payload.update({ collection: 'documents', id: fresh.id, data: { _status: 'draft' }, ...as(reviewer) })
    const after = await countFor(reviewer)
    expect(after?.count).toBe(before + 1)
    expect(after?.label).toBe('替代文件未发布的已修订/废止文件')
    expect(after?.href).toContain('/admin/collections/documents?')
    expect(await countFor(liaison)).toBeUndefined()
    const summary = await workbenchSummary(await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload))
    expect(summary.sections.find((s) => s.section === 'documents')?.threshold).toBe(30)
  })
})
