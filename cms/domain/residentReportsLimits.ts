/**
 * Sliding-window rate limits for the residents' endpoints (cms/domain/slidingWindow.ts): at most
 * `max` events per key in any `windowMs`. In memory, in the one server process. Pure: the clock is
 * passed in. `take` reserves a slot at the start of a request; `give back` withdraws it when the
 * request turned out not to count (invalid input), so a crash in between never grants a free one.
 */
import type { WindowLimits } from './slidingWindow.ts'

export { SlidingWindow, type WindowLimits, type WindowVerdict } from './slidingWindow.ts'

const HOUR = 60 * 60 * 1000

/** 5 reports per IP per hour; 30 status look-ups per IP per 10 minutes; 20 objections per IP per day. */
export const REPORT_LIMIT: WindowLimits = { windowMs: HOUR, max: 5, maxKeys: 10_000 }
export const STATUS_LOOKUP_LIMIT: WindowLimits = { windowMs: 10 * 60 * 1000, max: 30, maxKeys: 10_000 }
export const OBJECTION_LIMIT: WindowLimits = { windowMs: 24 * HOUR, max: 20, maxKeys: 10_000 }
