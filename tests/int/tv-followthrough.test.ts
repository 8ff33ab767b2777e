/**
 * 电视问政 follow-through on a real Payload: the status comes from the follow-ups (a typed status is
 * replaced), the earliest open promise deadline is kept for the workbench, whose count moves with
 * the clock; an issue links the exposure it became.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { workbenchSummary } from '../../cms/endpoints/workbenchSummary.ts'
import type { User } from '../../cms/payload-types.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs
let editor: User

beforeAll(async () => {
  ctx = await startTempPayload('tvfollow')
  payload = ctx.payload
  refs = await makeRefs(payload)
  editor = await makeUser(payload, 'editor')
})
afterAll(() => ctx.close())

const asEditor = { draft: true, user: () => editor, overrideAccess: false } as const
const overdueCount = async (now: string) => {
  const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
  const summary = await workbenchSummary(req, new Date(now))
  return summary.counts.find((c) => c.key === 'promisesOverdue')
}

describe('TV questioning follow-through', () => {
  it('should replace a typed status with the latest follow-up result and keep the earliest open promise deadline', async () => {
    const exposure = await payload.create({ collection: 'exposures', data: validData.exposures(refs), draft: true, overrideAccess: true })
    const episode = await payload.create({
      collection: 'tv-episodes',
      data: {
        ...validData['tv-episodes'](refs),
        issues: [
          {
            title: '飞线充电',
            status: 'solved',
            promise: '年底前建成充电车棚',
            promiseDeadline: '2026-04-18',
            exposure: exposure.id,
            followUps: [
              { date: '2026-04-20', text: '小区内部仍有飞线', result: 'in-progress' },
              { date: '2026-04-10', text: '主干道已拆除', result: 'solved' },
            ],
          },
          { title: '占道经营', promiseDeadline: '2026-12-31', followUps: [] },
        ],
      },
      draft: true,
      user: asEditor.user(),
      overrideAccess: false,
    })
    expect(episode.issues?.map((issue) => issue.status)).toEqual(['in-progress', 'open'])
    expect([episode.issuesRaised, episode.issuesSolved]).toEqual([2, 0])
    expect(episode.openPromiseDeadline).toBe('2026-04-18T00:00:00.000Z')
    const link = episode.issues?.[0]?.exposure
    expect(typeof link === 'object' ? link?.id : link).toBe(exposure.id)

    const before = await overdueCount('2026-04-18T15:59:00.000Z')
    const after = await overdueCount('2026-04-18T16:00:00.000Z')
    expect(after?.count).toBe((before?.count ?? 0) + 1)
    expect(after?.href).toContain(encodeURIComponent('where[and][0][openPromiseDeadline][less_than]'))
    expect(after?.label).toBe('承诺逾期未兑现的电视问政')

    const issues = (episode.issues ?? []).map((issue, i) =>
      i === 0
        ? {
            ...issue,
            status: 'open' as const,
            followUps: [...(issue.followUps ?? []), { date: '2026-04-25', text: '全部整改', result: 'solved' as const }],
          }
        : issue,
    )
    const solved = await payload.update({
      collection: 'tv-episodes',
      id: episode.id,
      data: { issues, openPromiseDeadline: '2000-01-01', issuesSolved: 9 },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(solved.issues?.map((issue) => issue.status)).toEqual(['solved', 'open'])
    expect([solved.issuesRaised, solved.issuesSolved]).toEqual([2, 1])
    expect(solved.openPromiseDeadline).toBe('2026-12-31T00:00:00.000Z')
    expect((await overdueCount('2026-04-18T16:00:00.000Z'))?.count).toBe(before?.count ?? 0)

    const untouched = await payload.update({
      collection: 'tv-episodes',
      id: episode.id,
      data: { title: '改标题' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect([untouched.issues?.[0]?.status, untouched.openPromiseDeadline]).toEqual(['solved', '2026-12-31T00:00:00.000Z'])
  })
})
