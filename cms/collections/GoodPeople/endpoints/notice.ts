/** The published nominee and whether its round's public notice is open now (anonymous reads: published only). */
import type { Payload } from 'payload'
import { chinaDay } from '../../../domain/dates.ts'
import { type NoticeState, noticeState } from '../../../domain/endorsements.ts'
import { idOf } from '../../../domain/ids.ts'
import { bumpOnChange, cachedRead } from '../../../http/hotReadCache.ts'
import { slugs } from '../../../slugs.ts'

export type Nominee = { id: number | string; slug: string; name: string; notice: NoticeState }
type Stored = { id: number | string; slug: string; name: string; round: { noticeFrom?: string | null; noticeTo?: string | null } | null }

/**
 * The published nominee and its round's notice dates are read once per process (cms/http/hotReadCache.ts;
 * a burst of 点赞 reads them thousands of times a second); the notice state is worked out from them
 * against the clock on every request. Saving or deleting a nominee or a round empties the cache of the
 * process that saved it at once (hooks: `nomineeCacheHooks`), every other process within CACHE_MS.
 */
const CACHE_MS = 5_000
export const NOMINEE_TOPIC = 'endorse-nominee'
/** afterChange / afterDelete hooks of 好人 and 评选轮次 (cms/collections/GoodPeople, SelectionRounds). */
export const nomineeCacheHooks = bumpOnChange(NOMINEE_TOPIC)

/** What publishedNominee reads of a request: the Payload instance and the route's id. */
export type NomineeRequest = { payload: Payload; routeParams?: Record<string, unknown> }

export async function publishedNominee(req: NomineeRequest, now: Date): Promise<Nominee | null> {
  const id = String(req.routeParams?.id ?? '')
  if (!/^[\w-]{1,64}$/.test(id)) return null
  const stored = await cachedRead(req.payload, NOMINEE_TOPIC, id, CACHE_MS, () => readNominee(req.payload, id))
  if (!stored) return null
  return { id: stored.id, slug: stored.slug, name: stored.name, notice: stored.round ? noticeState(stored.round, now) : 'none' }
}

async function readNominee(payload: Payload, id: string): Promise<Stored | null> {
  const { docs } = await payload.find({
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
          await payload.find({
            collection: slugs.selectionRounds,
            where: { id: { equals: roundId } },
            limit: 1,
            depth: 0,
            select: { noticeFrom: true, noticeTo: true },
            overrideAccess: false,
          })
        ).docs
  const round = rounds[0] as { noticeFrom?: string | null; noticeTo?: string | null } | undefined
  // Kept as China days ('2026-03-10'): noticeState reads a day as it is, with no date parsing per vote.
  const days = round && { noticeFrom: round.noticeFrom && chinaDay(round.noticeFrom), noticeTo: round.noticeTo && chinaDay(round.noticeTo) }
  return { id: person.id, slug: String(person.slug ?? ''), name: String(person.name ?? ''), round: days ?? null }
}

export const NOTICE_CLOSED = '现在不在公示期内，不能点赞或提交异议。'
