/**
 * 志愿活动报名 (sign-up without an account): what a resident's form must hold, when an activity takes
 * sign-ups, and how its places are counted. Pure: the clock is passed in. The places are counted in
 * the database by cms/limits/sharedLimits.ts (a bucket per activity, max = places), so every API
 * process agrees and no burst of parallel sign-ups gets more than `places`.
 */
import type { LimitRule } from '../sharedLimits.ts'

export type FieldError = { field: string; message: string }
export type SignupInput = { name: string; phone: string; showName: boolean }

export const SIGNUP_LIMITS = { nameMin: 2, nameMax: 20, placesMax: 500 } as const

const MOBILE = /^1[3-9]\d{9}$/
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** Check a sign-up form; every problem names its field in Chinese. */
export function validateSignup(
  form: Readonly<Record<string, unknown>>,
): { ok: true; value: SignupInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const name = text(form.name)
  const phone = text(form.phone).replace(/[\s-]/g, '')
  const length = [...name].length
  if (length < SIGNUP_LIMITS.nameMin || length > SIGNUP_LIMITS.nameMax || CONTROL.test(name))
    errors.push({ field: 'name', message: `姓名：必填，${SIGNUP_LIMITS.nameMin}–${SIGNUP_LIMITS.nameMax} 个字。` })
  if (!MOBILE.test(phone)) errors.push({ field: 'phone', message: '手机号：必填，请填写 11 位手机号（活动变动时通知您）。' })
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: { name, phone, showName: form.showName === 'yes' } }
}

export type SignupWindow = { startsAt: string; endsAt: string; places: number }
export type SignupState = 'open' | 'closed' | 'ended'

/** Sign-ups are taken until the activity starts; after it ends it is a past activity. */
export function signupState(activity: Pick<SignupWindow, 'startsAt' | 'endsAt'>, now: Date): SignupState {
  if (now.getTime() >= new Date(activity.endsAt).getTime()) return 'ended'
  return now.getTime() >= new Date(activity.startsAt).getTime() ? 'closed' : 'open'
}

export const placesLeft = (places: number, taken: number): number => Math.max(0, places - taken)

/**
 * The places of one activity as a shared limit: one window that never ends (the bucket stays the
 * same whatever the activity's dates become), `max` = places. Taken with `PLACES_AT` as the clock.
 */
const CENTURIES_MS = 1e13
export const PLACES_AT = 0
export const placesRule = (places: number): LimitRule => ({ name: 'volunteer-places', windowMs: CENTURIES_MS, max: Math.max(0, places) })

/** What a liaison sees instead of the name and phone: 张* · 尾号 5678. */
export function rosterLabel(name: string, phone: string): string {
  const first = [...name][0] ?? '?'
  return `${first}${'*'.repeat(Math.max(1, [...name].length - 1))} · 尾号 ${phone.slice(-4)}`
}
