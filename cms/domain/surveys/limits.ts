/**
 * The limits of the survey answer endpoint (README "Security"), counted per client network in the
 * database: answers per survey per China day (SURVEY_IP_DAILY_CAP), and new browser ids per China day
 * (twice that). Pure data and rules.
 */
import { BROWSER_IDS_PER_VOTE } from '../endorsements.ts'
import type { LimitRule } from '../sharedLimits.ts'

const DAY_MS = 24 * 60 * 60 * 1000

export const DEFAULT_SURVEY_IP_DAILY_CAP = 50

export const surveyRules = (cap: number): { answers: LimitRule; browsers: LimitRule } => ({
  answers: { name: 'survey-answer', windowMs: DAY_MS, max: cap },
  browsers: { name: 'survey-browser-id', windowMs: DAY_MS, max: BROWSER_IDS_PER_VOTE * cap },
})

/** The answer form's largest body: 30 questions, short texts of 200 characters percent-encoded (cms/http/rules/bodyCaps.ts). */
export const SURVEY_BODY_MAX_BYTES = 64 * 1024
/** Form fields read at most (every option of every question, the district, the honeypot). */
export const SURVEY_MAX_FIELDS = 400
/** The browser-id cookie of surveys, sent only to the survey endpoints. */
export const SURVEY_COOKIE = { name: 'sv_browser', path: '/api/surveys' } as const
/** Responses folded into a stored tally chunk at once (fewer are added up when results are read). */
export const FOLD_AT = 200
