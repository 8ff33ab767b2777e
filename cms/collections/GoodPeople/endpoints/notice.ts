/** The published nominee and whether its round's public notice is open now (anonymous reads: published only). */
import type { PayloadRequest } from 'payload'
import { type NoticeState, noticeState } from '../../../domain/endorsements.ts'
import { idOf } from '../../../domain/ids.ts'
import { slugs } from '../../../slugs.ts'

export type Nominee = { id: number | string; slug: string; name: string; notice: NoticeState }
type Stored = { id: number | string; slug: string; name: string; round: { noticeFrom?: string | null; noticeTo?: string | null } | null }

/**
 * The published nominee and its round's notice dates are read once per process within CACHE_MS (a
 * burst of 点赞 reads them thousands of times a second); the notice state is worked out from them
 * against the clock on every request. An unpublished nominee stops counting within CACHE_MS.
 */
const CACHE_MS = 5_000
const cached = new WeakMap<object, Map<string, { at: number; nominee: Promise<Stored | null> }>>()

export async function publishedNominee(req: PayloadRequest, now: Date): Promise<Nominee | null> {
  const id = String(req.routeParams?.id ?? '')
  if (!/^[\w-]{1,64}$/.test(id)) return null
  const mine = cached.get(req.payload) ?? new Map()
  cached.set(req.payload, mine)
  let hit = mine.get(id)
  if (!hit || Date.now() - hit.at >= CACHE_MS) {
    hit = { at: Date.now(), nominee: readNominee(req, id) }
    if (mine.size > 1000) mine.clear()
    mine.set(id, hit)
    hit.nominee.catch(() => mine.delete(id))
  }
  const stored = await hit.nominee
  if (!stored) return null
  return { id: stored.id, slug: stored.slug, name: stored.name, notice: stored.round ? noticeState(stored.round, now) : 'none' }
}

async function readNominee(req: PayloadRequest, id: string): Promise<Stored | null> {
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
  return { id: person.id, slug: String(person.slug ?? ''), name: String(person.name ?? ''), round: round ?? null }
}

export const NOTICE_CLOSED = '现在不在公示期内，不能点赞或提交异议。'
