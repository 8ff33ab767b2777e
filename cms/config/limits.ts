/**
 * Limits and campaign terms from the environment (README "Configuration"), each a whole number:
 *   MEDIA_MAX_BYTES                upload size limit, default 20 MB
 *   SCORE_IMPORT_MAX_BYTES         largest score spreadsheet, default 10 MB
 *   ENDORSE_IP_DAILY_CAP           endorsements per client network per China day, default 30
 *   EXPOSURE_DEADLINE_DAYS         default rectification term, 0–365, default 3
 *   ACCOUNTABILITY_WINDOW_DAYS     three-strikes window, default 90
 *   REPORT_CONTACT_RETENTION_DAYS  days before a closed report's contact is erased, default 90
 *   MESSAGE_REPLY_WORKING_DAYS     working days (China's official calendar) to answer a 留言, 1–60, default 5
 */
import { DEFAULT_IP_DAILY_CAP } from '../domain/endorsements.ts'
import { DEFAULT_DEADLINE_DAYS } from '../domain/exposureRules.ts'
import { DEFAULT_REPLY_WORKING_DAYS } from '../domain/messages/deadline.ts'
import { DEFAULT_CONTACT_RETENTION_DAYS } from '../domain/residentReports.ts'
import { DEFAULT_MAX_UPLOAD_BYTES } from '../domain/uploadRules.ts'
import { type Env, wholeNumber } from './source.ts'

export const DEFAULT_MAX_SCORE_IMPORT_BYTES = 10 * 1024 * 1024
export const DEFAULT_ACCOUNTABILITY_WINDOW_DAYS = 90
const GIGABYTE = 1024 * 1024 * 1024
const TEN_YEARS = 3650

export type Limits = { mediaMaxBytes: number; scoreImportMaxBytes: number; endorseIpDailyCap: number }
export type Terms = {
  exposureDeadlineDays: number
  accountabilityWindowDays: number
  reportContactRetentionDays: number
  messageReplyWorkingDays: number
}

export const readLimits = (env: Env): Limits => ({
  mediaMaxBytes: wholeNumber(env, 'MEDIA_MAX_BYTES', DEFAULT_MAX_UPLOAD_BYTES, 1, 4 * GIGABYTE),
  scoreImportMaxBytes: wholeNumber(env, 'SCORE_IMPORT_MAX_BYTES', DEFAULT_MAX_SCORE_IMPORT_BYTES, 1, GIGABYTE),
  endorseIpDailyCap: wholeNumber(env, 'ENDORSE_IP_DAILY_CAP', DEFAULT_IP_DAILY_CAP, 1, 1_000_000),
})

export const readTerms = (env: Env): Terms => ({
  exposureDeadlineDays: wholeNumber(env, 'EXPOSURE_DEADLINE_DAYS', DEFAULT_DEADLINE_DAYS, 0, 365),
  accountabilityWindowDays: wholeNumber(env, 'ACCOUNTABILITY_WINDOW_DAYS', DEFAULT_ACCOUNTABILITY_WINDOW_DAYS, 1, TEN_YEARS),
  reportContactRetentionDays: wholeNumber(env, 'REPORT_CONTACT_RETENTION_DAYS', DEFAULT_CONTACT_RETENTION_DAYS, 0, TEN_YEARS),
  messageReplyWorkingDays: wholeNumber(env, 'MESSAGE_REPLY_WORKING_DAYS', DEFAULT_REPLY_WORKING_DAYS, 1, 60),
})
