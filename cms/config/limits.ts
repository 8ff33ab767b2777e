/**
 * Limits and campaign terms from the environment (README "Configuration"), each a whole number:
 *   MEDIA_MAX_BYTES                upload size limit, default 20 MB
 *   VIDEO_MAX_BYTES                largest MP4 video upload, default 200 MB
 *   SCORE_IMPORT_MAX_BYTES         largest score spreadsheet, default 10 MB
 *   ENDORSE_IP_DAILY_CAP           endorsements per client network per China day, default 30
 *   EXPOSURE_DEADLINE_DAYS         default rectification term, 0–365, default 3
 *   ACCOUNTABILITY_WINDOW_DAYS     three-strikes window, default 90
 *   REPORT_CONTACT_RETENTION_DAYS  days before a closed report's contact is erased, default 90
 *   QUIZ_QUESTIONS                 questions per 应知应会 quiz page, 1–30, default 10
 *   QUIZ_NETWORK_HOURLY_CAP        quiz answers one client network may send per hour, default 30
 *   QUIZ_HOURLY_CAP                quizzes counted per hour from everyone, default 3000 (beyond: shown, not counted)
 *   SURVEY_IP_DAILY_CAP            survey responses per client network per survey per China day, default 50
 *   MESSAGE_REPLY_WORKING_DAYS     working days (China's official calendar) to answer a 留言, 1–60, default 5
 *   PHOTO_WORKERS                  photo worker processes each ROLE=all/builder process starts, 0–8, default 1 (0: in-process)
 */
import { DEFAULT_IP_DAILY_CAP } from '../domain/endorsements.ts'
import { DEFAULT_DEADLINE_DAYS } from '../domain/exposureRules.ts'
import { DEFAULT_REPLY_WORKING_DAYS } from '../domain/messages/deadline.ts'
import { DEFAULT_QUIZ_HOURLY_CAP, DEFAULT_QUIZ_NETWORK_HOURLY_CAP, DEFAULT_QUIZ_QUESTIONS } from '../domain/quiz/rules.ts'
import { DEFAULT_CONTACT_RETENTION_DAYS } from '../domain/residentReports.ts'
import { DEFAULT_SURVEY_IP_DAILY_CAP } from '../domain/surveys/limits.ts'
import { DEFAULT_MAX_UPLOAD_BYTES } from '../domain/uploadRules.ts'
import { DEFAULT_VIDEO_MAX_BYTES } from '../domain/video.ts'
import { type Env, wholeNumber } from './source.ts'

export const DEFAULT_MAX_SCORE_IMPORT_BYTES = 10 * 1024 * 1024
export const DEFAULT_ACCOUNTABILITY_WINDOW_DAYS = 90
const GIGABYTE = 1024 * 1024 * 1024
const TEN_YEARS = 3650

export type Limits = {
  mediaMaxBytes: number
  scoreImportMaxBytes: number
  endorseIpDailyCap: number
  quizQuestions: number
  quizNetworkHourlyCap: number
  quizHourlyCap: number
  videoMaxBytes: number
  surveyIpDailyCap: number
  /** Residents' photos are re-encoded in this many child processes (publisher/photoWorkers.ts); 0: by the accepting process. */
  photoWorkers: number
}
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
  quizQuestions: wholeNumber(env, 'QUIZ_QUESTIONS', DEFAULT_QUIZ_QUESTIONS, 1, 30),
  quizNetworkHourlyCap: wholeNumber(env, 'QUIZ_NETWORK_HOURLY_CAP', DEFAULT_QUIZ_NETWORK_HOURLY_CAP, 1, 1_000_000),
  quizHourlyCap: wholeNumber(env, 'QUIZ_HOURLY_CAP', DEFAULT_QUIZ_HOURLY_CAP, 1, 10_000_000),
  videoMaxBytes: wholeNumber(env, 'VIDEO_MAX_BYTES', DEFAULT_VIDEO_MAX_BYTES, 1, 4 * GIGABYTE),
  surveyIpDailyCap: wholeNumber(env, 'SURVEY_IP_DAILY_CAP', DEFAULT_SURVEY_IP_DAILY_CAP, 1, 1_000_000),
  photoWorkers: wholeNumber(env, 'PHOTO_WORKERS', 1, 0, 8),
})

export const readTerms = (env: Env): Terms => ({
  exposureDeadlineDays: wholeNumber(env, 'EXPOSURE_DEADLINE_DAYS', DEFAULT_DEADLINE_DAYS, 0, 365),
  accountabilityWindowDays: wholeNumber(env, 'ACCOUNTABILITY_WINDOW_DAYS', DEFAULT_ACCOUNTABILITY_WINDOW_DAYS, 1, TEN_YEARS),
  reportContactRetentionDays: wholeNumber(env, 'REPORT_CONTACT_RETENTION_DAYS', DEFAULT_CONTACT_RETENTION_DAYS, 0, TEN_YEARS),
  messageReplyWorkingDays: wholeNumber(env, 'MESSAGE_REPLY_WORKING_DAYS', DEFAULT_REPLY_WORKING_DAYS, 1, 60),
})

/** The largest file an upload may carry: an image or PDF (MEDIA_MAX_BYTES) or a video (VIDEO_MAX_BYTES). */
export const largestUpload = (limits: Pick<Limits, 'mediaMaxBytes' | 'videoMaxBytes'>): number =>
  Math.max(limits.mediaMaxBytes, limits.videoMaxBytes)
