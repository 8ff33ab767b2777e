/**
 * The limits of the residents' endpoints, counted per client network (cms/domain/sharedLimits.ts:
 * IPv4 address, IPv6 /64) in the database, so every API process shares them
 * (cms/limits/sharedLimits.ts). Fixed windows aligned to the epoch. Attempts are capped separately
 * from accepted reports, so a resident who fixes a typo is not punished while a flood of invalid
 * posts still stops. Pure data.
 */
import type { LimitRule } from './sharedLimits.ts'

const HOUR = 60 * 60 * 1000

/** 5 accepted reports per network per hour. */
export const REPORT_LIMIT: LimitRule = { name: 'resident-reports', windowMs: HOUR, max: 5 }
/** 30 report submissions (accepted or not) per network per hour. */
export const REPORT_ATTEMPT_LIMIT: LimitRule = { name: 'resident-report-attempts', windowMs: HOUR, max: 30 }
/** 30 status look-ups per network per 10 minutes. */
export const STATUS_LOOKUP_LIMIT: LimitRule = { name: 'report-status-lookups', windowMs: 10 * 60 * 1000, max: 30 }
/** 20 accepted objections per network per day. */
export const OBJECTION_LIMIT: LimitRule = { name: 'objections', windowMs: 24 * HOUR, max: 20 }
