/**
 * 民生实事 on a real Payload (temp SQLite): the stage and the earliest open due day are derived (typed
 * values replaced), bad milestones are refused naming the field, the liaison of the responsible unit
 * reports progress as a draft and nobody else may, and the workbench count and the builder's clock
 * move with the milestones' due days (China time).
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addChinaDays, chinaDayStart } from '../../cms/domain/dates.ts'
import { workbenchSummary } from '../../cms/endpoints/workbenchSummary.ts'
import type { Project, User } from '../../cms/payload-types.ts'
import { payloadClock } from '../../publisher/clock.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { rest, tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs
let editor: User
let reviewer: User
let liaison: User
let otherLiaison: User

beforeAll(async () => {
  ctx = await startTempPayload('projects')
  payload = ctx.payload
  refs = await makeRefs(payload)
  editor = await makeUser(payload, 'editor')
  reviewer = await makeUser(payload, 'reviewer')
  liaison = await makeUser(payload, 'unitLiaison', refs.unit)
  otherLiaison = await makeUser(payload, 'unitLiaison', refs.otherUnit)
})
afterAll(() => ctx.close())

const as = (user: User | undefined) => ({ user, overrideAccess: false as const })
const today = addChinaDays(new Date(), 0) as string

async function publishedProject(data: Partial<Project> = {}): Promise<Project> {
  return payload.create({
    collection: 'projects',
    data: { ...validData.projects(refs), ...data, _status: 'published' } as never,
    overrideAccess: true,
  })
}

describe('projects: derived status and validation', () => {
  it('should replace a typed status and due day with the ones the milestones give, and date the progress', async () => {
    const project = await payload.create({
      collection: 'projects',
      data: {
        ...validData.projects(refs),
        milestones: [
          { title: '设计', dueDate: '2026-03-01', doneDate: '2026-02-27' },
          { title: '施工', dueDate: '2026-06-30' },
          { title: '验收', dueDate: '2026-09-30' },
        ],
        progress: 40,
        status: 'done',
        openMilestoneDue: '2000-01-01',
      } as never,
      draft: true,
      ...as(editor),
    })
    expect([project.status, project.openMilestoneDue]).toEqual(['in-progress', '2026-06-30T00:00:00.000Z'])
    expect(project.progressDate).toBe(`${today}T00:00:00.000Z`)
  })

  it('should refuse a done date in the future, naming the milestone field', async () => {
    const tomorrow = addChinaDays(new Date(), 1) as string
    const text = await rejectionText(
      payload.create({
        collection: 'projects',
        data: { ...validData.projects(refs), milestones: [{ title: '施工', dueDate: '2026-06-30', doneDate: tomorrow }] } as never,
        draft: true,
        ...as(editor),
      }),
    )
    expect(text).toContain('[milestones.0.doneDate]')
    expect(text).toContain('晚于今天')
  })

  it('should refuse 100% while a milestone is open, naming the progress field', async () => {
    const text = await rejectionText(
      payload.create({ collection: 'projects', data: { ...validData.projects(refs), progress: 100 } as never, draft: true, ...as(editor) }),
    )
    expect(text).toContain('[progress]')
    expect(text).toContain('100%')
  })

  it('should refuse to publish a project without milestones or with progress out of range (drafts may be incomplete)', async () => {
    const publish = async (data: Record<string, unknown>) => {
      const draft = await payload.create({
        collection: 'projects',
        data: { ...validData.projects(refs), ...data, reviewState: 'submitted' } as never,
        draft: true,
        overrideAccess: true,
      })
      return rejectionText(
        payload.update({ collection: 'projects', id: draft.id, data: { _status: 'published' } as never, ...as(reviewer) }),
      )
    }
    expect(await publish({ milestones: [] })).toContain('milestones')
    expect(await publish({ progress: -5 })).toContain('progress')
  })
})

describe('projects: who may do what', () => {
  it('should show anonymous visitors published projects only', async () => {
    const draft = await payload.create({ collection: 'projects', data: validData.projects(refs), draft: true, overrideAccess: true })
    const live = await publishedProject()
    const { docs } = await payload.find({ collection: 'projects', where: { id: { in: [draft.id, live.id] } }, ...as(undefined) })
    expect(docs.map((doc) => doc.id)).toEqual([live.id])
  })

  it('should let the responsible unit’s liaison report progress as a draft, never change the title, never publish', async () => {
    const live = await publishedProject()
    const updated = await payload.update({
      collection: 'projects',
      id: live.id,
      data: { progress: 30, progressText: '完成一半管网', title: '被联络员改掉的标题' } as never,
      draft: true,
      ...as(liaison),
    })
    expect([updated.progress, updated.progressText, updated.title]).toEqual([30, '完成一半管网', live.title])
    const published = await payload.findByID({ collection: 'projects', id: live.id, overrideAccess: true })
    expect(published.progress).toBe(0)
    expect(
      await rejectionText(payload.update({ collection: 'projects', id: live.id, data: { _status: 'published' } as never, ...as(liaison) })),
    ).toMatch(/发布|_status|not allowed|权限/i)
  })

  it('should refuse another unit’s liaison and an editor’s publish, and let a reviewer publish', async () => {
    const draft = await payload.create({
      collection: 'projects',
      data: { ...validData.projects(refs), reviewState: 'submitted' } as never,
      draft: true,
      overrideAccess: true,
    })
    const seen = await payload.find({ collection: 'projects', where: { id: { equals: draft.id } }, draft: true, ...as(otherLiaison) })
    expect(seen.docs).toEqual([])
    await expect(
      payload.update({ collection: 'projects', id: draft.id, data: { progress: 50 } as never, draft: true, ...as(otherLiaison) }),
    ).rejects.toThrow()
    expect(
      await rejectionText(payload.update({ collection: 'projects', id: draft.id, data: { _status: 'published' } as never, ...as(editor) })),
    ).toMatch(/发布|_status|权限/i)
    const published = await payload.update({
      collection: 'projects',
      id: draft.id,
      data: { _status: 'published' } as never,
      ...as(reviewer),
    })
    expect(published._status).toBe('published')
  })

  it('should not let a liaison create a project', async () => {
    await expect(payload.create({ collection: 'projects', data: validData.projects(refs), draft: true, ...as(liaison) })).rejects.toThrow()
  })
})

describe('projects: 滞后 by the clock', () => {
  it('should count a project on the workbench once its open milestone’s due day has ended, with a link to the filtered list', async () => {
    await publishedProject({ milestones: [{ title: '施工', dueDate: '2030-05-10' }] })
    const count = async (now: string) => {
      const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
      return (await workbenchSummary(req, new Date(now))).counts.find((c) => c.key === 'projectsLagging')
    }
    const before = await count('2030-05-10T15:59:00.000Z')
    const after = await count('2030-05-10T16:00:00.000Z')
    expect(after?.count).toBe((before?.count ?? 0) + 1)
    expect(after?.label).toBe('滞后的民生实事项目')
    expect(after?.href).toContain(encodeURIComponent('where[and][0][openMilestoneDue][less_than]'))
  })

  it('should have the builder’s clock rebuild when the due day of a published project’s open milestone ends', async () => {
    await publishedProject({ milestones: [{ title: '验收', dueDate: '2031-01-15' }] })
    const next = await payloadClock(payload).next(new Date('2031-01-15T03:00:00.000Z'))
    expect(next?.toISOString()).toBe(chinaDayStart('2031-01-16').toISOString())
  })
})

describe('projects: an attacker through REST', () => {
  it('should give anonymous visitors no drafts, no writes and no derived fields to set', async () => {
    const draft = await payload.create({ collection: 'projects', data: validData.projects(refs), draft: true, overrideAccess: true })
    expect((await rest(ctx, 'GET', `/projects/${draft.id}?draft=true`)).status).toBe(404)
    expect((await rest(ctx, 'POST', '/projects', { body: validData.projects(refs) })).status).toBe(403)
    expect((await rest(ctx, 'PATCH', `/projects/${draft.id}`, { body: { progress: 99 } })).status).toBe(403)
    expect((await rest(ctx, 'DELETE', `/projects/${draft.id}`)).status).toBe(403)
  })

  it('should keep another unit’s liaison out of a draft and an editor from deleting or setting 已完成 by hand', async () => {
    const draft = await payload.create({ collection: 'projects', data: validData.projects(refs), draft: true, overrideAccess: true })
    const other = await tokenFor(ctx, otherLiaison.email)
    expect((await rest(ctx, 'GET', `/projects/${draft.id}?draft=true`, { token: other })).status).toBe(404)
    expect(
      (await rest(ctx, 'PATCH', `/projects/${draft.id}?draft=true`, { token: other, body: { progress: 99 } })).status,
    ).toBeGreaterThanOrEqual(403)
    const token = await tokenFor(ctx, editor.email)
    expect((await rest(ctx, 'DELETE', `/projects/${draft.id}`, { token })).status).toBe(403)
    const typed = await rest(ctx, 'PATCH', `/projects/${draft.id}?draft=true`, { token, body: { status: 'done', openMilestoneDue: null } })
    const doc = typed.json.doc as { status?: string; openMilestoneDue?: string }
    expect([doc.status, doc.openMilestoneDue]).toEqual(['planned', '2099-12-31T00:00:00.000Z'])
  })
})
