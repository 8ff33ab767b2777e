/**
 * POST /api/civility-titles/:id/objection — 异议反馈 on a new title during its 公示 (a plain form POST
 * from /titles/<slug>/objection/). The checks and answers are the notice objection's
 * (cms/endpoints/noticeObjection.ts), the same as a good-person nominee's, with its own challenge.
 */

import { noticeState } from '../../../domain/endorsements.ts'
import { paths } from '../../../domain/publicPaths.ts'
import { noticeObjectionEndpoint } from '../../../endpoints/noticeObjection.ts'
import { slugs } from '../../../slugs.ts'

export const TITLE_OBJECTION_CHALLENGE = 'title-objection' as const
export const TITLE_NOTICE_CLOSED = '现在不在公示期内，不能提交异议。'

export const titleObjectionEndpoint = noticeObjectionEndpoint({
  purpose: TITLE_OBJECTION_CHALLENGE,
  notFound: '没有找到这个称号。',
  sentFrom: '称号页面',
  closed: TITLE_NOTICE_CLOSED,
  find: async (req, now) => {
    const id = String(req.routeParams?.id ?? '')
    if (!/^[\w-]{1,64}$/.test(id)) return null
    const { docs } = await req.payload.find({
      collection: slugs.civilityTitles,
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
      select: { slug: true, holder: true, noticeFrom: true, noticeTo: true, revocation: true },
      overrideAccess: false,
    })
    const title = docs[0]
    if (!title) return null
    const revoked = Boolean(title.revocation?.date)
    return {
      name: String(title.holder ?? ''),
      notice: revoked ? 'after' : noticeState(title, now),
      page: paths.title(String(title.slug)),
      form: paths.titleObjection(String(title.slug)),
      relation: { title: title.id },
    }
  },
})
