/**
 * 点赞 written in batches (README "Performance"): each process collects the votes arriving within a
 * few ms (cms/groupCommit.ts) and writes them in ONE transaction: a browser that already voted for
 * the nominee today costs nothing; the network's daily cap is claimed as rate slots (the same rows
 * and unique index as takeSlot, so the cap is exact across processes and paths); the votes go in with
 * ONE multi-row insert that skips rows the unique (nominee, day, browser) index refuses (their slots
 * go back); the nominees' counts are read in the same transaction, so the number answered is exact.
 * A batch whose transaction throws stores none of its votes and each request answers 503.
 * SQLite: on a connection of its own (../../../sqliteBatchConnection.ts), BEGIN IMMEDIATE; PostgreSQL:
 * the same statements in one transaction holding an advisory lock. MongoDB: one vote at a time, through Payload.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { burstsInOrder, ENDORSE_BATCH_MAX, ENDORSE_BATCH_WAIT_MS, type VoteOutcome, voteKey } from '../../../domain/endorseBatch.ts'
import { type Burst, burstFields } from '../../../domain/endorsements.ts'
import { firstOfEachKey } from '../../../domain/surveys/batch.ts'
import { groupCommit } from '../../../groupCommit.ts'
import { claimSlots, drizzleOf, pgSql, releaseSlots, type Sql } from '../../../limits/slotsFast.ts'
import { batchConnection } from '../../../sqliteBatchConnection.ts'

/** One checked vote: the nominee is published and in notice, the browser id is signed. */
export type PendingVote = {
  nominee: number | string
  day: string
  browser: string
  ipHash: string
  /** The network's vote slot: bucketOf(rule, network, China-day clock), the cap and the window's end. */
  slot: { bucket: string; max: number; expiresAt: number }
}

const HOUR = 60 * 60 * 1000
/** The PostgreSQL advisory lock that makes vote batches serial across processes (any fixed number; this one says "endorse"). */
const ENDORSE_BATCH_LOCK = 26_0_1
const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/** The batch's votes already stored: point look-ups in the unique (nominee, day, browser) index. */
async function storedKeys(db: Sql, votes: PendingVote[]): Promise<Set<string>> {
  if (votes.length === 0) return new Set()
  const nominees = list([...new Set(votes.map((v) => v.nominee))])
  const days = list([...new Set(votes.map((v) => v.day))])
  const rows = await db.all(
    sql`SELECT nominee_id, day, browser FROM endorsements WHERE nominee_id IN (${nominees}) AND day IN (${days}) AND browser IN (${list(votes.map((v) => v.browser))})`,
  )
  return new Set(rows.map((row) => voteKey({ nominee: String(row.nominee_id), day: String(row.day), browser: String(row.browser) })))
}

type Tally = Burst & { count: number }

/** Each nominee's count and burst numbers before the batch, in ONE pass over its rows (the count after = before + stored). */
async function tallies(db: Sql, nominees: string[], now: number): Promise<Map<string, Tally>> {
  const hourAgo = new Date(now - HOUR).toISOString()
  const weekAgo = new Date(now - 7 * 24 * HOUR).toISOString()
  const rows = await db.all(
    sql`SELECT nominee_id, COUNT(*) AS n, SUM(CASE WHEN created_at > ${hourAgo} THEN 1 ELSE 0 END) AS last_hour, SUM(CASE WHEN created_at > ${weekAgo} AND created_at <= ${hourAgo} THEN 1 ELSE 0 END) AS previous_week FROM endorsements WHERE nominee_id IN (${list(nominees)}) GROUP BY nominee_id`,
  )
  return new Map(
    rows.map((row) => [
      String(row.nominee_id),
      { count: Number(row.n ?? 0), lastHour: Number(row.last_hour ?? 0), previousWeek: Number(row.previous_week ?? 0) },
    ]),
  )
}

/** Writes a batch inside `db` (a transaction); one outcome per vote, in order. */
async function writeIn(payload: Payload, db: Sql, batch: PendingVote[], now: number): Promise<VoteOutcome[]> {
  const kinds: ('stored' | 'duplicate' | 'full')[] = batch.map(() => 'full')
  const { firsts, followerOf } = firstOfEachKey(batch.map(voteKey))
  const already = await storedKeys(
    db,
    firsts.map((i) => batch[i] as PendingVote),
  )
  const fresh = firsts.filter((i) => !already.has(voteKey(batch[i] as PendingVote)))
  for (const i of firsts) if (already.has(voteKey(batch[i] as PendingVote))) kinds[i] = 'duplicate'
  const slots = await claimSlots(
    payload,
    fresh.map((i) => (batch[i] as PendingVote).slot),
    db,
  )
  const counted = fresh.flatMap((i, j) => (slots[j] === null ? [] : [{ i, slot: slots[j] as number }]))
  const postgres = payload.db.name === 'postgres'
  const nominees = [...new Set(batch.map((vote) => String(vote.nominee)))]
  const before = await tallies(db, nominees, now)
  const total = new Map(nominees.map((nominee) => [nominee, before.get(nominee)?.count ?? 0]))
  if (counted.length > 0) {
    const bursts = burstsInOrder(
      counted.map(({ i }) => String((batch[i] as PendingVote).nominee)),
      before,
    )
    const at = new Date(now).toISOString()
    const tuples = counted.map(({ i }, j) => {
      const vote = batch[i] as PendingVote
      const burst = burstFields(bursts[j] as Burst)
      // SQLite keeps booleans as 0/1; PostgreSQL's column is boolean.
      const suspicious = postgres ? burst.suspicious : burst.suspicious ? 1 : 0
      return sql`(${vote.nominee}, ${vote.day}, ${vote.browser}, ${vote.ipHash}, ${suspicious}, ${burst.burstLastHour}, ${burst.burstPreviousWeek}, ${at}, ${at})`
    })
    const inserted = await db.all(
      sql`INSERT INTO endorsements (nominee_id, day, browser, ip_hash, suspicious, burst_last_hour, burst_previous_week, updated_at, created_at) VALUES ${sql.join(tuples, sql`, `)} ON CONFLICT DO NOTHING RETURNING nominee_id, day, browser`,
    )
    const stored = new Set(
      inserted.map((row) => voteKey({ nominee: String(row.nominee_id), day: String(row.day), browser: String(row.browser) })),
    )
    // Inside this IMMEDIATE transaction nobody else writes: the count after is the count before plus what went in.
    for (const row of inserted) total.set(String(row.nominee_id), (total.get(String(row.nominee_id)) ?? 0) + 1)
    const lost = counted.filter(({ i }) => !stored.has(voteKey(batch[i] as PendingVote)))
    for (const { i } of counted) kinds[i] = stored.has(voteKey(batch[i] as PendingVote)) ? 'stored' : 'duplicate'
    await releaseSlots(
      payload,
      lost.map(({ i, slot }) => ({ bucket: (batch[i] as PendingVote).slot.bucket, slot })),
      db,
    )
  }
  for (const [index, first] of followerOf) kinds[index] = kinds[first] === 'full' ? 'full' : 'duplicate'
  return kinds.map((kind, i) => (kind === 'full' ? { kind } : { kind, count: total.get(String((batch[i] as PendingVote).nominee)) ?? 0 }))
}

/** Writes a batch; throws (nothing of the batch stored) when the transaction fails. */
export async function writeVotes(payload: Payload, batch: PendingVote[], now = Date.now()): Promise<VoteOutcome[]> {
  if (payload.db.name === 'postgres')
    return drizzleOf(payload).transaction(async (tx) => {
      const db = pgSql(tx as never)
      // Batches of every process one after another, as SQLite's IMMEDIATE makes them: the count answered stays exact.
      await db.all(sql`SELECT pg_advisory_xact_lock(${ENDORSE_BATCH_LOCK})`)
      return writeIn(payload, db, batch, now)
    })
  if (payload.db.name !== 'sqlite') throw new Error('writeVotes: SQLite and PostgreSQL only (MongoDB counts one vote at a time)')
  // A connection of its own (opened once): the adapter's transactions each leave a new connection behind.
  const own = batchConnection(payload)
  if (own) return own.immediate((db) => writeIn(payload, db, batch, now))
  return drizzleOf(payload).transaction((tx) => writeIn(payload, tx, batch, now), { behavior: 'immediate' })
}

const queues = new WeakMap<Payload, (vote: PendingVote) => Promise<VoteOutcome>>()

/** Queues one checked vote for this process's next batch; resolves with what became of it, rejects with BatchFailed. */
export function commitVote(payload: Payload, vote: PendingVote): Promise<VoteOutcome> {
  let queue = queues.get(payload)
  if (!queue) {
    queue = groupCommit({
      maxItems: ENDORSE_BATCH_MAX,
      maxWaitMs: ENDORSE_BATCH_WAIT_MS,
      flush: (batch: PendingVote[]) => writeVotes(payload, batch),
    })
    queues.set(payload, queue)
  }
  return queue(vote)
}
