/**
 * Which saves ask for a site publish (cms/hooks/requestSiteRebuild.ts): publishing and unpublishing do; a
 * draft saved over a published document does not (its published version, all the site shows, is
 * unchanged). Real Payload on a temp SQLite file; the requests are the rows of the site-publish queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types.ts'
import { PUBLISH_QUEUE } from '../../cms/publishPort.ts'
import { richText } from '../../seed/lexical.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let reviewer: User

/** The publish requests queued so far, newest last (their reasons). */
async function requests(): Promise<string[]> {
  const found = await ctx.payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: PUBLISH_QUEUE } },
    sort: 'createdAt',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs.map((job) => String((job.input as { reason?: string } | null)?.reason ?? ''))
}

beforeAll(async () => {
  ctx = await startTempPayload('draft-requests')
  reviewer = await makeUser(ctx.payload, 'reviewer')
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('publish requests of drafts', () => {
  it('should ask for a publish when a bulletin is published or unpublished, never for a draft saved over the published one', async () => {
    const draft = await ctx.payload.create({
      collection: 'bulletins',
      data: {
        title: '草稿请求测试',
        slug: 'draft-requests',
        series: 'briefing',
        date: '2026-11-20',
        body: richText(['正文']),
        reviewState: 'submitted',
      },
      draft: true,
      overrideAccess: true,
    })
    // A new draft: nothing public.
    expect(await requests()).toEqual([])
    await ctx.payload.update({
      collection: 'bulletins',
      id: draft.id,
      data: { _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    const published = await requests()
    expect(published).toEqual([`bulletins:${draft.id}`])
    // A draft of the published bulletin: the published version (what the site shows) keeps its title, no request.
    await ctx.payload.update({
      collection: 'bulletins',
      id: draft.id,
      data: { title: '只是草稿的新标题' },
      draft: true,
      user: reviewer,
      overrideAccess: false,
    })
    const main = await ctx.payload.findByID({ collection: 'bulletins', id: draft.id, draft: false, overrideAccess: true })
    expect(main.title).toBe('草稿请求测试')
    expect(main._status).toBe('published')
    expect(await requests()).toEqual(published)
    // Unpublishing asks.
    await ctx.payload.update({ collection: 'bulletins', id: draft.id, data: { _status: 'draft' }, user: reviewer, overrideAccess: false })
    const unpublished = await ctx.payload.findByID({ collection: 'bulletins', id: draft.id, draft: false, overrideAccess: true })
    expect(unpublished._status).toBe('draft')
    expect(await requests()).toEqual([`bulletins:${draft.id}`, `bulletins:${draft.id}`])
  }, 180_000)
})
