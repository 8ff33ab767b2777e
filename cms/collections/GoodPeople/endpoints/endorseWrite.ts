/**
 * One 点赞 batch inside its transaction (./endorseCommit.ts opens it): the votes, and the new browser
 * ids' rate slots that arrived with them (GET /:id/endorse), so a batch is ONE commit. In order:
 * votes a browser already gave today cost nothing; every rate slot of the batch (the networks' vote
 * slots and browser-id slots) is claimed with one plan and one insert (cms/limits/slotsFast.ts) — when
 * the batch holds votes of browsers issued with them (the page's script), the id slots are claimed
 * first and a vote whose id got none is not counted; the
 * nominees' counts and burst numbers are running tallies (./endorseTally.ts); the counted votes
 * go in with ONE multi-row insert that skips rows the unique (nominee, day, browser) index refuses
 * (their slots go back). The count answered is the count after this batch: nobody else writes inside it.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { burstsInOrder, type VoteOutcome, voteKey } from '../../../domain/endorseBatch.ts'
import { type Burst, burstFields } from '../../../domain/endorsements.ts'
import { firstOfEachKey } from '../../../domain/surveys/batch.ts'
import { claimSlots, releaseSlots, type SlotClaim, type Sql } from '../../../limits/slotsFast.ts'
import { noteStored, type Tally, tallies } from './endorseTally.ts'

/** One checked vote: the nominee is published and in notice, the browser id is signed. */
export type PendingVote = {
  nominee: number | string
  day: string
  browser: string
  ipHash: string
  /** The network's vote slot: bucketOf(rule, network, China-day clock), the cap and the window's end. */
  slot: SlotClaim
  /** A browser issued in this very request (the page's script, one request per vote): its network's new-id slot, claimed before the vote's. */
  idClaim?: SlotClaim
}

/** What one batch wrote: an outcome per vote and a slot (or null: the network's share is used up) per browser-id claim. */
export type BatchWritten = { votes: VoteOutcome[]; slots: (number | null)[] }

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )
const keyOfRow = (row: Record<string, unknown>) =>
  voteKey({ nominee: String(row.nominee_id), day: String(row.day), browser: String(row.browser) })

/** The batch's votes already stored: point look-ups in the unique (nominee, day, browser) index. */
async function storedKeys(db: Sql, votes: PendingVote[]): Promise<Set<string>> {
  if (votes.length === 0) return new Set()
  const nominees = list([...new Set(votes.map((v) => v.nominee))])
  const days = list([...new Set(votes.map((v) => v.day))])
  const rows = await db.all(
    sql`SELECT nominee_id, day, browser FROM endorsements WHERE nominee_id IN (${nominees}) AND day IN (${days}) AND browser IN (${list(votes.map((v) => v.browser))})`,
  )
  return new Set(rows.map(keyOfRow))
}

/** The counted votes' rows: burst numbers in batch order; SQLite keeps booleans as 0/1, PostgreSQL's column is boolean. */
function voteRows(payload: Payload, votes: PendingVote[], before: Map<string, Tally>, now: number) {
  const bursts = burstsInOrder(
    votes.map((vote) => String(vote.nominee)),
    before,
  )
  const at = new Date(now).toISOString()
  const postgres = payload.db.name === 'postgres'
  return votes.map((vote, j) => {
    const burst = burstFields(bursts[j] as Burst)
    const suspicious = postgres ? burst.suspicious : burst.suspicious ? 1 : 0
    return sql`(${vote.nominee}, ${vote.day}, ${vote.browser}, ${vote.ipHash}, ${suspicious}, ${burst.burstLastHour}, ${burst.burstPreviousWeek}, ${at}, ${at})`
  })
}

/** Writes a batch inside `db` (a transaction): one outcome per vote, in order, and the browser-id claims' slots. */
export async function writeBatch(
  payload: Payload,
  db: Sql,
  batch: PendingVote[],
  idClaims: SlotClaim[],
  now: number,
): Promise<BatchWritten> {
  const kinds: ('stored' | 'duplicate' | 'full' | 'no-id')[] = batch.map(() => 'full')
  const { firsts, followerOf } = firstOfEachKey(batch.map(voteKey))
  // A browser issued in this batch (random id) has no stored vote: only the others are looked up.
  const known = firsts.filter((i) => !(batch[i] as PendingVote).idClaim)
  const already = await storedKeys(
    db,
    known.map((i) => batch[i] as PendingVote),
  )
  let fresh = firsts.filter((i) => !already.has(voteKey(batch[i] as PendingVote)))
  for (const i of known) if (already.has(voteKey(batch[i] as PendingVote))) kinds[i] = 'duplicate'
  let idSlots: (number | null)[] = []
  const issued = fresh.filter((i) => (batch[i] as PendingVote).idClaim)
  if (issued.length > 0) {
    // New browsers' votes: their ids' slots first (with the batch's other new ids); a vote whose id got none is not counted.
    const got = await claimSlots(payload, [...issued.map((i) => (batch[i] as PendingVote).idClaim as SlotClaim), ...idClaims], db)
    const refused = new Set(issued.filter((_, j) => got[j] === null))
    for (const i of refused) kinds[i] = 'no-id'
    fresh = fresh.filter((i) => !refused.has(i))
    idSlots = got.slice(issued.length)
  }
  // The votes' slots, and the new browser ids' slots (when not claimed above): one plan, one insert.
  const claims = fresh.map((i) => (batch[i] as PendingVote).slot)
  const claimed = await claimSlots(payload, issued.length > 0 ? claims : [...claims, ...idClaims], db)
  if (issued.length === 0) idSlots = claimed.slice(fresh.length)
  const counted = fresh.flatMap((i, j) => (claimed[j] === null ? [] : [{ i, slot: claimed[j] as number }]))
  const nominees = [...new Set(batch.map((vote) => String(vote.nominee)))]
  const before = nominees.length > 0 ? await tallies(payload, db, nominees, now) : new Map<string, Tally>()
  const total = new Map(nominees.map((nominee) => [nominee, before.get(nominee)?.count ?? 0]))
  if (counted.length > 0) {
    const tuples = voteRows(
      payload,
      counted.map(({ i }) => batch[i] as PendingVote),
      before,
      now,
    )
    const inserted = await db.all(
      sql`INSERT INTO endorsements (nominee_id, day, browser, ip_hash, suspicious, burst_last_hour, burst_previous_week, updated_at, created_at) VALUES ${sql.join(tuples, sql`, `)} ON CONFLICT DO NOTHING RETURNING id, nominee_id, day, browser`,
    )
    noteStored(
      payload,
      inserted.map((row) => ({ nominee: String(row.nominee_id), id: Number(row.id) })),
    )
    const stored = new Set(inserted.map(keyOfRow))
    for (const row of inserted) total.set(String(row.nominee_id), (total.get(String(row.nominee_id)) ?? 0) + 1)
    for (const { i } of counted) kinds[i] = stored.has(voteKey(batch[i] as PendingVote)) ? 'stored' : 'duplicate'
    const lost = counted.filter(({ i }) => !stored.has(voteKey(batch[i] as PendingVote)))
    await releaseSlots(
      payload,
      lost.map(({ i, slot }) => ({ bucket: (batch[i] as PendingVote).slot.bucket, slot })),
      db,
    )
  }
  for (const [index, first] of followerOf) kinds[index] = kinds[first] === 'full' ? 'full' : 'duplicate'
  return {
    votes: kinds.map((kind, i) =>
      kind === 'full' || kind === 'no-id' ? { kind } : { kind, count: total.get(String((batch[i] as PendingVote).nominee)) ?? 0 },
    ),
    slots: idSlots,
  }
}
