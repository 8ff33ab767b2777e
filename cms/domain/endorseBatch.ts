/**
 * 点赞 written in batches (cms/collections/GoodPeople/endpoints/endorseCommit.ts): the pure parts.
 * A batch is what one process collected within ENDORSE_BATCH_WAIT_MS (at most ENDORSE_BATCH_MAX).
 */
import type { Burst } from './endorsements.ts'

export const ENDORSE_BATCH_MAX = 200
export const ENDORSE_BATCH_WAIT_MS = 2

/**
 * What became of one vote: counted, the browser had voted for this nominee today, the network's cap is
 * full, or (a new browser's vote, which brings its id's claim) the network's new browser ids are used up.
 */
export type VoteOutcome = { kind: 'stored'; count: number } | { kind: 'duplicate'; count: number } | { kind: 'full' } | { kind: 'no-id' }

/** The unique key of a vote (the database's unique index on nominee, day, browser). */
export const voteKey = (vote: { nominee: number | string; day: string; browser: string }): string =>
  `${vote.nominee}|${vote.day}|${vote.browser}`

/**
 * The burst numbers of each vote in batch order: the nominee's count before the batch plus the votes
 * for the same nominee earlier in the batch (the hour before each vote; the week before stays).
 */
export function burstsInOrder(nominees: readonly string[], before: ReadonlyMap<string, Burst>): Burst[] {
  const seen = new Map<string, number>()
  return nominees.map((nominee) => {
    const earlier = seen.get(nominee) ?? 0
    seen.set(nominee, earlier + 1)
    const base = before.get(nominee) ?? { lastHour: 0, previousWeek: 0 }
    return { lastHour: base.lastHour + earlier, previousWeek: base.previousWeek }
  })
}
