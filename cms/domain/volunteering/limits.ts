/**
 * The limits of the sign-up endpoint, counted per client network in the database
 * (cms/domain/sharedLimits.ts): attempts separately from accepted sign-ups, like 随手拍. Pure data.
 */
import type { LimitRule } from '../sharedLimits.ts'

const HOUR = 60 * 60 * 1000

/** 6 accepted sign-ups per network per hour (a family signing up together still fits). */
export const SIGNUP_LIMIT: LimitRule = { name: 'volunteer-signups', windowMs: HOUR, max: 6 }
/** 30 sign-up posts (accepted or not) per network per hour. */
export const SIGNUP_ATTEMPT_LIMIT: LimitRule = { name: 'volunteer-signup-attempts', windowMs: HOUR, max: 30 }
/** 30 cancellations per network per hour. */
export const CANCEL_LIMIT: LimitRule = { name: 'volunteer-cancels', windowMs: HOUR, max: 30 }
/** The form's one-time challenge purpose (cms/domain/formPages.ts). */
export const SIGNUP_CHALLENGE = 'volunteer-signup' as const
/** The sign-up form's largest body: a name, a phone, a box, the challenge (cms/http/rules/bodyCaps.ts). */
export const SIGNUP_BODY_MAX_BYTES = 8 * 1024
