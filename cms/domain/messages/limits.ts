/**
 * The 留言 endpoints' limits, counted per client network in the database (cms/domain/sharedLimits.ts),
 * attempts separately from accepted messages like 随手拍; the form's challenge purpose and byte caps. Pure data.
 */
import { REPORT_LIMITS } from '../residentReports.ts'
import type { LimitRule } from '../sharedLimits.ts'

const HOUR = 60 * 60 * 1000

/** 5 accepted messages per network per hour. */
export const MESSAGE_LIMIT: LimitRule = { name: 'messages', windowMs: HOUR, max: 5 }
/** 30 message posts (accepted or not) per network per hour. */
export const MESSAGE_ATTEMPT_LIMIT: LimitRule = { name: 'message-attempts', windowMs: HOUR, max: 30 }
/** 30 status look-ups per network per 10 minutes. */
export const MESSAGE_LOOKUP_LIMIT: LimitRule = { name: 'message-lookups', windowMs: 10 * 60 * 1000, max: 30 }
/** 20 ratings per network per hour. */
export const RATING_LIMIT: LimitRule = { name: 'message-ratings', windowMs: HOUR, max: 20 }

/** The form page's one-time challenge (cms/domain/formPages.ts). */
export const MESSAGE_CHALLENGE = 'message' as const

export const MESSAGE_PHOTOS_MAX = REPORT_LIMITS.photosMax
/** The whole form: three photos, the text fields and the multipart envelope (cms/http/rules/bodyCaps.ts). */
export const messageBodyMaxBytes = (photoMaxBytes: number): number => MESSAGE_PHOTOS_MAX * photoMaxBytes + 64 * 1024
/** A rating: the code, one choice. */
export const RATING_BODY_MAX_BYTES = 4 * 1024
