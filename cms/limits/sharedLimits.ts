/**
 * Limits counted in the database, so every API process shares them (README "Security"): failed
 * logins, password-reset mails, residents' reports, objections, status look-ups, votes, and
 * one-time keys such as used challenges. One row per counted event in the `rate-slots` collection;
 * its unique (bucket, slot) index makes a limit exact under parallel bursts on SQLite and MongoDB
 * alike: a request takes slot n only if no other request took it, so at most `max` succeed per
 * window, however many arrive at once. Works through Payload's Local API only (no adapter SQL).
 */
import { type Payload, ValidationError } from 'payload'
import { bucketOf, type LimitRule, type LimitVerdict, retryAfterSeconds, windowOf } from '../domain/sharedLimits.ts'
import { slugs } from '../slugs.ts'

export type { LimitRule, LimitVerdict } from '../domain/sharedLimits.ts'

type Db = Pick<Payload, 'count' | 'create' | 'delete' | 'secret'>

/**
 * A taken slot: the adapters turn the unique-index violation into a ValidationError of this
 * collection (our rows are otherwise always valid). Checked by class and by shape: in the admin's
 * minified production bundle the class is renamed and the message is translated (zh), so neither
 * the name nor the text says "ValidationError" or "unique" there.
 */
const isUniqueViolation = (error: unknown): boolean => {
  if (error instanceof ValidationError) return true
  const shaped = error as { status?: number; data?: { collection?: unknown; errors?: unknown } } | null
  if (shaped?.status === 400 && shaped.data?.collection === slugs.rateSlots && Array.isArray(shaped.data.errors)) return true
  const text = `${(error as { name?: string })?.name ?? ''} ${(error as Error)?.message ?? ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`
  return /unique|duplicate|E11000|constraint/i.test(text) || (error as { name?: string })?.name === 'ValidationError'
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)

async function used(payload: Db, bucket: string): Promise<number> {
  return (await payload.count({ collection: slugs.rateSlots, where: { bucket: { equals: bucket } }, overrideAccess: true })).totalDocs
}

async function claim(payload: Db, bucket: string, slot: number, expiresAt: number): Promise<boolean> {
  try {
    await payload.create({
      collection: slugs.rateSlots,
      data: { bucket, slot, expiresAt: new Date(expiresAt).toISOString() } as never,
      overrideAccess: true,
      disableTransaction: true,
      depth: 0,
    })
    return true
  } catch (error) {
    if (isUniqueViolation(error)) return false
    throw error
  }
}

/**
 * Count one event for `subject` under `rule`, or refuse when the window is full. Taken slots are
 * kept until the window ends (undo one with `giveBack` when the request turned out not to count).
 */
export async function takeSlot(payload: Db, rule: LimitRule, subject: string, now = Date.now()): Promise<LimitVerdict> {
  const bucket = bucketOf(payload.secret, rule, subject, now)
  const expiresAt = windowOf(rule, now).endsAt
  const taken = await used(payload, bucket)
  // From the count upwards first (no holes in the usual case), then the holes a giveBack left below it.
  const order = taken >= rule.max ? [] : [...range(taken, rule.max), ...range(0, taken)]
  for (const slot of order) {
    if (await claim(payload, bucket, slot, expiresAt)) return { allowed: true, slot }
  }
  return { allowed: false, retryAfterSeconds: retryAfterSeconds(rule, now) }
}

/** How many events `subject` has in the current window (no side effect). */
export async function usedSlots(payload: Db, rule: LimitRule, subject: string, now = Date.now()): Promise<number> {
  return used(payload, bucketOf(payload.secret, rule, subject, now))
}

/** Would `takeSlot` refuse? (No side effect; use it to refuse early, then `takeSlot` to count.) */
export async function isFull(payload: Db, rule: LimitRule, subject: string, now = Date.now()): Promise<LimitVerdict> {
  return (await usedSlots(payload, rule, subject, now)) >= rule.max
    ? { allowed: false, retryAfterSeconds: retryAfterSeconds(rule, now) }
    : { allowed: true, slot: -1 }
}

/** Withdraw a slot taken in this window (the request did not count after all). */
export async function giveBack(payload: Db, rule: LimitRule, subject: string, slot: number, now = Date.now()): Promise<void> {
  const bucket = bucketOf(payload.secret, rule, subject, now)
  await payload.delete({
    collection: slugs.rateSlots,
    where: { and: [{ bucket: { equals: bucket } }, { slot: { equals: slot } }] },
    overrideAccess: true,
    disableTransaction: true,
  })
}

/** Forget every event of `subject` under `rule` in the current window (e.g. failures after a good sign-in). */
export async function resetSubject(payload: Db, rule: LimitRule, subject: string, now = Date.now()): Promise<void> {
  await payload.delete({
    collection: slugs.rateSlots,
    where: { bucket: { equals: bucketOf(payload.secret, rule, subject, now) } },
    overrideAccess: true,
    disableTransaction: true,
  })
}

/**
 * Use a one-time key (a challenge's nonce, a signed vote token) once: true the first time, false for
 * every later use until `expiresAt`, in every process.
 */
export async function useOnce(payload: Db, namespace: string, key: string, expiresAt: number): Promise<boolean> {
  return claim(payload, `once|${namespace}|${key}`, 0, expiresAt)
}
