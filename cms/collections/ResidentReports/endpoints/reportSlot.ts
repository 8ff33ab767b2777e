/**
 * The network's report slot when reports are stored in batches (./reportBatch.ts): looked at before the
 * body is read (a full network is refused at once with 429, nothing read or written), and claimed in the
 * report's own transaction, so a report that is not stored never holds one. A read on the adapter's
 * connection (WAL: it never waits for the writer); the claim in the batch is the judge.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'
import { clientIp } from '../../../auth/loginThrottle.ts'
import { bucketOf, clientNetwork, type LimitRule, retryAfterSeconds, windowOf } from '../../../domain/sharedLimits.ts'
import { memoDigest } from '../../../limits/digestMemo.ts'
import { type SlotClaim, sqlOf } from '../../../limits/slotsFast.ts'
import { tooMany } from './page.ts'

export type SlotLook = { ok: true; claim: SlotClaim } | { ok: false; response: Response }

/** The claim to make in the batch, or the 429 page naming `what` when the network has no slot left in this window. */
export async function lookAtSlot(req: PayloadRequest, rule: LimitRule, what: string, now: number): Promise<SlotLook> {
  const { payload } = req
  const network = clientNetwork(clientIp(req))
  const window = windowOf(rule, now)
  const bucket = memoDigest(`${rule.name}|${payload.secret}|${window.number}|${network}`, () =>
    bucketOf(payload.secret, rule, network, now),
  )
  const [row] = await sqlOf(payload).all(sql`SELECT COUNT(*) AS n FROM rate_slots WHERE bucket = ${bucket}`)
  if (Number(row?.n ?? 0) >= rule.max) return { ok: false, response: tooMany(req, retryAfterSeconds(rule, now), what) }
  return { ok: true, claim: { bucket, max: rule.max, expiresAt: window.endsAt } }
}
