/**
 * 点赞 written in batches (README "Performance"): each process collects what arrives within a few ms
 * (cms/groupCommit.ts) — votes (POST /:id/endorse) and the rate slots of new browser ids (GET
 * /:id/endorse) — and writes them in ONE transaction, one commit (./endorseWrite.ts says what it
 * writes). A batch whose transaction throws stores nothing of it: each vote answers 503, each new
 * browser id fails its request (500), and no slot is kept.
 * SQLite: on a connection of its own (../../../sqliteBatchConnection.ts), BEGIN IMMEDIATE; PostgreSQL:
 * the same statements in one transaction holding an advisory lock. MongoDB: one vote at a time, through Payload.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { ENDORSE_BATCH_MAX, ENDORSE_BATCH_WAIT_MS, type VoteOutcome } from '../../../domain/endorseBatch.ts'
import { bucketOf, type LimitRule, type LimitVerdict, retryAfterSeconds, windowOf } from '../../../domain/sharedLimits.ts'
import { groupCommitPer } from '../../../groupCommit.ts'
import { memoDigest } from '../../../limits/digestMemo.ts'
import { takeSlot } from '../../../limits/sharedLimits.ts'
import { drizzleOf, isSqlDb, pgSql, type SlotClaim, type Sql } from '../../../limits/slotsFast.ts'
import { batchConnection } from '../../../sqliteBatchConnection.ts'
import { forgetTallies } from './endorseTally.ts'
import { type BatchWritten, type PendingVote, writeBatch } from './endorseWrite.ts'

export type { PendingVote } from './endorseWrite.ts'

/** The PostgreSQL advisory lock that makes vote batches serial across processes (any fixed number; this one says "endorse"). */
const ENDORSE_BATCH_LOCK = 26_0_1

/** Runs `write` in one transaction: SQLite BEGIN IMMEDIATE (its own connection when the database is a file), PostgreSQL with the lock. */
function inTransaction<T>(payload: Payload, write: (db: Sql) => Promise<T>): Promise<T> {
  if (payload.db.name === 'postgres')
    return drizzleOf(payload).transaction(async (tx) => {
      const db = pgSql(tx as never)
      // Batches of every process one after another, as SQLite's IMMEDIATE makes them: the count answered stays exact.
      await db.all(sql`SELECT pg_advisory_xact_lock(${ENDORSE_BATCH_LOCK})`)
      return write(db)
    })
  if (payload.db.name !== 'sqlite') throw new Error('writeVotes: SQLite and PostgreSQL only (MongoDB counts one vote at a time)')
  // A connection of its own (opened once): the adapter's transactions each leave a new connection behind.
  const own = batchConnection(payload)
  if (own) return own.immediate(write)
  return drizzleOf(payload).transaction(write, { behavior: 'immediate' })
}

/** Writes a batch of votes and browser-id claims in one transaction; throws (nothing of the batch stored) when it fails. */
export async function writeEndorseBatch(
  payload: Payload,
  votes: PendingVote[],
  idClaims: SlotClaim[],
  now = Date.now(),
): Promise<BatchWritten> {
  try {
    return await inTransaction(payload, (db) => writeBatch(payload, db, votes, idClaims, now))
  } catch (error) {
    // The running tallies may hold what was rolled back: read them in full next time.
    forgetTallies(payload)
    throw error
  }
}

/** Writes a batch of votes alone (one transaction); one outcome per vote. */
export async function writeVotes(payload: Payload, batch: PendingVote[], now = Date.now()): Promise<VoteOutcome[]> {
  return (await writeEndorseBatch(payload, batch, [], now)).votes
}

type Item = { vote: PendingVote } | { claim: SlotClaim }
type Outcome = VoteOutcome | { slot: number | null }

async function flush(payload: Payload, items: Item[]): Promise<Outcome[]> {
  const votes: PendingVote[] = []
  const claims: SlotClaim[] = []
  for (const item of items)
    if ('vote' in item) votes.push(item.vote)
    else claims.push(item.claim)
  const written = await writeEndorseBatch(payload, votes, claims)
  let v = 0
  let c = 0
  return items.map((item) => ('vote' in item ? (written.votes[v++] as VoteOutcome) : { slot: written.slots[c++] ?? null }))
}

const enqueue = groupCommitPer((payload: Payload) => ({
  maxItems: ENDORSE_BATCH_MAX,
  maxWaitMs: ENDORSE_BATCH_WAIT_MS,
  flush: (items: Item[]) => flush(payload, items),
}))

/** Queues one checked vote for this process's next batch; resolves with what became of it, rejects with BatchFailed. */
export const commitVote = (payload: Payload, vote: PendingVote): Promise<VoteOutcome> => enqueue(payload, { vote }) as Promise<VoteOutcome>

/** The slot `subject` (a network) wants under `rule` at `now` (a China-day clock): takeSlot's bucket, the cap and the window's end. */
export function slotClaim(secret: string, rule: LimitRule, subject: string, now: number): SlotClaim {
  const window = windowOf(rule, now)
  // The bucket is an HMAC of the network: once per process, rule, window and network.
  const bucket = memoDigest(`${rule.name}|${secret}|${window.number}|${subject}`, () => bucketOf(secret, rule, subject, now))
  return { bucket, max: rule.max, expiresAt: window.endsAt }
}

/**
 * takeSlot for 点赞's new browser ids, claimed in the next vote batch's transaction (same buckets and
 * unique index as takeSlot, so the cap is exact across processes and paths). MongoDB: takeSlot.
 */
export async function takeBrowserSlot(payload: Payload, rule: LimitRule, subject: string, now = Date.now()): Promise<LimitVerdict> {
  if (!isSqlDb(payload)) return takeSlot(payload, rule, subject, now)
  const { slot } = (await enqueue(payload, { claim: slotClaim(payload.secret, rule, subject, now) })) as { slot: number | null }
  return slot === null ? { allowed: false, retryAfterSeconds: retryAfterSeconds(rule, now) } : { allowed: true, slot }
}
