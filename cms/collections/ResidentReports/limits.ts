/**
 * The process-wide limits of the residents' endpoints (in memory: one server process serves the
 * site, admin and API). Attempts are capped separately from accepted reports, so a resident who
 * fixes a typo is not punished while a flood of invalid posts still stops.
 */
import { REPORT_LIMIT, SlidingWindow, STATUS_LOOKUP_LIMIT } from '../../domain/residentReportsLimits.ts'

export const reportAttempts = new SlidingWindow({ windowMs: 60 * 60 * 1000, max: 30, maxKeys: 10_000 })
export const reportsPerIp = new SlidingWindow(REPORT_LIMIT)
export const statusLookups = new SlidingWindow(STATUS_LOOKUP_LIMIT)
