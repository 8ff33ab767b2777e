/**
 * takeSlot for hot paths (点赞's new browser ids): the slots wanted within a few ms in this process
 * are claimed together (cms/limits/slotsFast.ts, one statement on SQLite and PostgreSQL); same buckets,
 * same unique index, so the limit is exact across processes. MongoDB: takeSlot.
 */
import type { Payload } from 'payload'
import { bucketOf, type LimitRule, type LimitVerdict, retryAfterSeconds, windowOf } from '../domain/sharedLimits.ts'
import { groupCommit } from '../groupCommit.ts'
import { oneWriterAtATime } from '../oneWriter.ts'
import { memoDigest } from './digestMemo.ts'
import { takeSlot } from './sharedLimits.ts'
import { claimSlots, isSqlDb, type SlotClaim } from './slotsFast.ts'

const queues = new WeakMap<Payload, (claim: SlotClaim) => Promise<number | null>>()

export async function takeSlotSoon(payload: Payload, rule: LimitRule, subject: string, now = Date.now()): Promise<LimitVerdict> {
  if (!isSqlDb(payload)) return takeSlot(payload, rule, subject, now)
  let queue = queues.get(payload)
  if (!queue) {
    queue = groupCommit({
      maxItems: 200,
      maxWaitMs: 2,
      // One writer at a time with the residents' stores (cms/oneWriter.ts).
      flush: (claims: SlotClaim[]) => oneWriterAtATime(payload, () => claimSlots(payload, claims)),
    })
    queues.set(payload, queue)
  }
  const window = windowOf(rule, now)
  const bucket = memoDigest(`${rule.name}|${payload.secret}|${window.number}|${subject}`, () =>
    bucketOf(payload.secret, rule, subject, now),
  )
  const slot = await queue({ bucket, max: rule.max, expiresAt: window.endsAt })
  return slot === null ? { allowed: false, retryAfterSeconds: retryAfterSeconds(rule, now) } : { allowed: true, slot }
}
