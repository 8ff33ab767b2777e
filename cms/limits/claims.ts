/**
 * Several shared limits for one request (cms/limits/sharedLimits.ts): take a slot under each, in
 * order, or none at all. A refused request is not counted anywhere, so its wait does not grow
 * while a caller keeps knocking.
 */
import type { Payload } from 'payload'
import type { Claim } from '../domain/loginThrottle.ts'
import { giveBack, takeSlot } from './sharedLimits.ts'

type Db = Pick<Payload, 'count' | 'create' | 'delete' | 'secret'>

/** A slot a request holds: enough to give it back within the same window. */
export type HeldSlot = Claim & { slot: number; at: number }

export type ClaimsVerdict = { allowed: true; held: HeldSlot[] } | { allowed: false; retryAfterSeconds: number }

export async function takeAll(payload: Db, claims: readonly Claim[], now = Date.now()): Promise<ClaimsVerdict> {
  const held: HeldSlot[] = []
  for (const claim of claims) {
    const verdict = await takeSlot(payload, claim.rule, claim.subject, now)
    if (!verdict.allowed) {
      await giveAllBack(payload, held)
      return verdict
    }
    held.push({ ...claim, slot: verdict.slot, at: now })
  }
  return { allowed: true, held }
}

/** Withdraw slots taken by `takeAll` (in the window they were taken in). */
export async function giveAllBack(payload: Db, held: readonly HeldSlot[]): Promise<void> {
  for (const slot of held) await giveBack(payload, slot.rule, slot.subject, slot.slot, slot.at)
}
