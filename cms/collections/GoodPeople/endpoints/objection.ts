/**
 * POST /api/good-people/:id/objection — 异议反馈 on a nominee during its round's public notice (a plain
 * form POST from the nominee's objection page, /good-people/<slug>/objection/). The checks and the
 * answers are the notice objection's (cms/endpoints/noticeObjection.ts), shared with other notices.
 */

import { paths } from '../../../domain/publicPaths.ts'
import { noticeObjectionEndpoint } from '../../../endpoints/noticeObjection.ts'
import { NOTICE_CLOSED, publishedNominee } from './notice.ts'

export const OBJECTION_CHALLENGE = 'objection' as const

export const objectionEndpoint = noticeObjectionEndpoint({
  purpose: OBJECTION_CHALLENGE,
  notFound: '没有找到这位人选。',
  sentFrom: '人选页面',
  closed: NOTICE_CLOSED,
  find: async (req, now) => {
    const nominee = await publishedNominee(req, now)
    if (!nominee) return null
    return {
      name: nominee.name,
      notice: nominee.notice,
      page: paths.goodPerson(nominee.slug),
      form: paths.goodPersonObjection(nominee.slug),
      relation: { nominee: nominee.id },
    }
  },
})
