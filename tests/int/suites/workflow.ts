/** The review workflow and issue numbering on a real database (SQLite file or PostgreSQL: tests/int/postgres.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../../cms/payload-types.ts'
import { richText } from '../../../seed/lexical.ts'
import type { OpenDatabase } from '../../helpers/databases.ts'
import { rejectionText } from '../../helpers/errors.ts'
import type { TempPayload } from '../../helpers/tempPayload.ts'
import { makeUser } from '../../helpers/users.ts'

export function workflowSuite(open: OpenDatabase): void {
  describe('workflow suite', () => {
    let ctx: TempPayload
    let editor: User
    let reviewer: User
    let admin: User

    beforeAll(async () => {
      ctx = await open('workflow')
      ;[editor, reviewer, admin] = [
        await makeUser(ctx.payload, 'editor'),
        await makeUser(ctx.payload, 'reviewer'),
        await makeUser(ctx.payload, 'admin'),
      ]
    })
    afterAll(() => ctx.close())

    const as = (user: User) => ({ user, overrideAccess: false as const })
    const draftBulletin = (user: User, title = '第三季度测评通报') =>
      ctx.payload.create({
        collection: 'bulletins',
        data: { title, series: 'evaluation', date: '2026-10-10', body: richText(['正文']) },
        draft: true,
        ...as(user),
      })

    describe('review workflow', () => {
      it('should take a bulletin from editor draft through submission to reviewer publication, logging who and when', async () => {
        const draft = await draftBulletin(editor)
        expect(draft.reviewState).toBe('draft')
        expect(
          await rejectionText(ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { _status: 'published' }, ...as(editor) })),
        ).toContain('[_status] 编辑和联络员不能直接发布')

        const submitted = await ctx.payload.update({
          collection: 'bulletins',
          id: draft.id,
          data: { reviewState: 'submitted' },
          draft: true,
          ...as(editor),
        })
        expect(submitted.reviewState).toBe('submitted')

        const published = await ctx.payload.update({
          collection: 'bulletins',
          id: draft.id,
          data: { _status: 'published' },
          ...as(reviewer),
        })
        expect(published._status).toBe('published')
        expect(published.reviewState).toBe('approved')
        expect(published.reviewLog?.map((entry) => [entry.action, typeof entry.by === 'object' ? entry.by?.id : entry.by])).toEqual([
          ['submitted', editor.id],
          ['approved', reviewer.id],
        ])
        expect(published.issueLabel).toBe('2026年第1期')
        const anonymous = await ctx.payload.find({ collection: 'bulletins', overrideAccess: false, where: { id: { equals: draft.id } } })
        expect(anonymous.docs[0]?.title).toBe('第三季度测评通报')
        expect(anonymous.docs[0]?.reviewLog ?? []).toEqual([])
        expect(anonymous.docs[0]?.reviewState).toBeUndefined()
        expect(anonymous.docs[0]?.lastEditedBy).toBeUndefined()
      })

      it('should let a reviewer reject only with a comment, and not publish what was never submitted', async () => {
        const draft = await draftBulletin(editor, '待退回的通报')
        expect(
          await rejectionText(
            ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { _status: 'published' }, ...as(reviewer) }),
          ),
        ).toContain('只能发布已提交审核的内容')
        await ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...as(editor) })
        expect(
          await rejectionText(
            ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { reviewState: 'rejected' }, draft: true, ...as(reviewer) }),
          ),
        ).toContain('[reviewComment] 退回时必须填写审核意见')
        const rejected = await ctx.payload.update({
          collection: 'bulletins',
          id: draft.id,
          data: { reviewState: 'rejected', reviewComment: '数据需核实' },
          draft: true,
          ...as(reviewer),
        })
        expect(rejected.reviewState).toBe('rejected')
        expect(rejected.reviewLog?.at(-1)?.comment).toBe('数据需核实')
      })

      it('should let an admin force-publish only with a reason, and record it', async () => {
        const draft = await draftBulletin(editor, '紧急通报')
        expect(
          await rejectionText(ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { _status: 'published' }, ...as(admin) })),
        ).toContain('[publishReason]')
        const forced = await ctx.payload.update({
          collection: 'bulletins',
          id: draft.id,
          data: { _status: 'published', publishReason: '市领导要求当日发布' },
          ...as(admin),
        })
        expect(forced._status).toBe('published')
        expect(forced.reviewLog?.at(-1)).toMatchObject({ action: 'force-published', comment: '市领导要求当日发布' })
      })

      it('should keep every change in the version history with who made it', async () => {
        const draft = await draftBulletin(editor, '版本记录')
        await ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { summary: '第二稿' }, draft: true, ...as(editor) })
        const versions = await ctx.payload.findVersions({
          collection: 'bulletins',
          where: { parent: { equals: draft.id } },
          sort: 'createdAt',
          depth: 0,
          ...as(editor),
        })
        expect(versions.docs.map((version) => version.version.summary ?? null)).toEqual([null, '第二稿'])
        expect(versions.docs.every((version) => version.version.lastEditedBy === editor.id)).toBe(true)
        await expect(ctx.payload.findVersions({ collection: 'bulletins', overrideAccess: false })).rejects.toThrow('您无权执行此操作')
      })

      it('should number issues per series and year, never twice even when published at the same moment', async () => {
        const drafts = await Promise.all(Array.from({ length: 6 }, (_, i) => draftBulletin(editor, `并发通报${i}`)))
        await Promise.all(
          drafts.map((draft) =>
            ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { reviewState: 'submitted' }, draft: true, ...as(editor) }),
          ),
        )
        const published = await Promise.all(
          drafts.map((draft) =>
            ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { _status: 'published' }, ...as(reviewer) }),
          ),
        )
        const numbers = published.map((doc) => doc.issueNumber).sort((a, b) => (a ?? 0) - (b ?? 0))
        // 第1期 and 第2期 of 2026's 测评通报 went to the bulletins published above.
        expect(numbers).toEqual([3, 4, 5, 6, 7, 8])
        const briefing = await ctx.payload.create({
          collection: 'bulletins',
          data: {
            title: '工作简报',
            series: 'briefing',
            date: '2026-10-12',
            body: richText(['x']),
            _status: 'published',
            publishReason: '测试',
          },
          ...as(admin),
        })
        expect(briefing.issueLabel).toBe('2026年第1期')
      })
    })
  })
}
