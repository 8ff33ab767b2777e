/** The published nominee and whether its round's public notice is open now (anonymous reads: published only). */
import type { PayloadRequest } from 'payload'
import { type NoticeState, noticeState } from '../../../domain/endorsements.ts'
import { idOf } from '../../../domain/ids.ts'
import { slugs } from '../../../slugs.ts'

export type Nominee = { id: number | string; slug: string; name: string; notice: NoticeState }

export async function publishedNominee(req: PayloadRequest, now: Date): Promise<Nominee | null> {
  const id = String(req.routeParams?.id ?? '')
  if (!/^[\w-]{1,64}$/.test(id)) return null
  const { docs } = await req.payload.find({
    collection: slugs.goodPeople,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    select: { slug: true, name: true, round: true },
    overrideAccess: false,
  })
  const person = docs[0]
  if (!person) return null
  const roundId = idOf(person.round)
  const rounds =
    roundId === null
      ? []
      : (
          await req.payload.find({
            collection: slugs.selectionRounds,
            where: { id: { equals: roundId } },
            limit: 1,
            depth: 0,
            select: { noticeFrom: true, noticeTo: true },
            overrideAccess: false,
          })
        ).docs
  const round = rounds[0] as { noticeFrom?: string | null; noticeTo?: string | null } | undefined
  return {
    id: person.id,
    slug: String(person.slug ?? ''),
    name: String(person.name ?? ''),
    notice: round ? noticeState(round, now) : 'none',
  }
}

export const NOTICE_CLOSED = '现在不在公示期内，不能点赞或提交异议。'
