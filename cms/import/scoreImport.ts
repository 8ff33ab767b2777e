/**
 * Importing a round's scores from an evaluator's spreadsheet, for a person (REST, admin, CLI):
 * preview writes nothing; commit re-reads and re-validates, then stores all scores in ONE draft
 * save of the round (review workflow, ranking hook and version history all apply) — or nothing.
 */
import type { Payload, TypedUser } from 'payload'
import { ValidationError } from 'payload'
import { settingsOf } from '../config/fromPayload.ts'
import { refreshPlannerStatistics } from '../db.ts'
import type { ScoreRow } from '../domain/ranking.ts'
import { hasRole } from '../domain/roles.ts'
import { type ImportPreview, type UnitRef, validateImport } from '../domain/scoreImport.ts'
import type { EvaluationRound } from '../payload-types.ts'
import { slugs } from '../slugs.ts'
import { ScoreImportError } from './errors.ts'
import { type ReadSheet, readSpreadsheet, type UploadedFile } from './readSpreadsheet.ts'

type Id = number | string
export type ImportProgress = { phase: 'read' | 'validate' | 'write' | 'done'; done: number; total: number }
export type OnProgress = (progress: ImportProgress) => void
export type PreviewResult = { round: { id: Id; title: string }; format: ReadSheet['format']; encoding?: string; preview: ImportPreview }
export type CommitResult = PreviewResult & { changed: boolean }

const idOf = (value: unknown): Id => (value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id))

async function loadRound(payload: Payload, roundId: Id, user: TypedUser | null): Promise<EvaluationRound> {
  if (!hasRole(user, 'admin', 'reviewer', 'editor')) {
    throw new ScoreImportError('只有编辑、审核员或管理员可以导入测评分数 / Only editors, reviewers and admins can import scores', {
      status: 403,
    })
  }
  const round = await payload.findByID({
    collection: slugs.evaluationRounds,
    id: roundId,
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!round) throw new ScoreImportError(`测评 ${roundId} 不存在 / Evaluation round ${roundId} not found`, { status: 404 })
  return round
}

async function loadUnits(payload: Payload, user: TypedUser | null): Promise<UnitRef[]> {
  const { docs } = await payload.find({
    collection: slugs.units,
    pagination: false,
    depth: 0,
    select: { name: true, code: true },
    user,
    overrideAccess: false,
  })
  return docs.map((unit) => ({ id: unit.id, name: unit.name, code: unit.code }))
}

/** Reads and checks a file against a round; writes nothing. */
export async function previewImport(
  payload: Payload,
  roundId: Id,
  file: UploadedFile,
  user: TypedUser | null,
  onProgress?: OnProgress,
): Promise<PreviewResult & { currentScores: ScoreRow[] }> {
  const round = await loadRound(payload, roundId, user)
  onProgress?.({ phase: 'read', done: 0, total: 0 })
  const sheet = await readSpreadsheet(file, settingsOf(payload).limits.scoreImportMaxBytes)
  const units = await loadUnits(payload, user)
  const indicators = (round.indicators ?? []).map(({ key, name, weight, maxScore }) => ({ key, name, weight, maxScore }))
  const checked = validateImport(sheet, indicators, units, {
    onProgress: (done, total) => onProgress?.({ phase: 'validate', done, total }),
  })
  const preview: ImportPreview = {
    ...checked,
    problems: [...sheet.notes, ...checked.problems],
    summary: { ...checked.summary, notes: checked.summary.notes + sheet.notes.length },
  }
  const currentScores = (round.scores ?? []).map(
    (row): ScoreRow => ({
      unit: idOf(row.unit),
      indicator: row.indicator,
      score: row.score === null || row.score === undefined ? null : Number(row.score),
      notApplicable: row.notApplicable === true,
    }),
  )
  return { round: { id: round.id, title: round.title }, format: sheet.format, encoding: sheet.encoding, preview, currentScores }
}

/** Same scores and 不涉及 marks, whatever the order (ids compared as strings: SQLite numbers, MongoDB strings). */
export function sameScores(a: readonly ScoreRow[], b: readonly ScoreRow[]): boolean {
  if (a.length !== b.length) return false
  const key = (row: ScoreRow) => `${String(row.unit)}\u0000${row.indicator}`
  const value = (row: ScoreRow) => (row.notApplicable ? '不涉及' : row.score)
  const before = new Map(a.map((row) => [key(row), value(row)]))
  return b.every((row) => before.has(key(row)) && before.get(key(row)) === value(row))
}

const validationText = (error: ValidationError): string =>
  [error.message, ...(error.data?.errors ?? []).map((field) => `[${field.path}] ${field.message}`)].join('\n')

/** Re-reads and re-validates the file, then replaces the round's scores in one draft save — or throws and writes nothing. */
export async function commitImport(
  payload: Payload,
  roundId: Id,
  file: UploadedFile,
  user: TypedUser | null,
  onProgress?: OnProgress,
): Promise<CommitResult> {
  const { currentScores, ...result } = await previewImport(payload, roundId, file, user, onProgress)
  const { scores, summary } = result.preview
  if (!scores) {
    throw new ScoreImportError(
      `文件有 ${summary.errors} 处错误，未导入任何分数 / ${summary.errors} problem(s) found; nothing was imported`,
      {
        preview: result.preview,
      },
    )
  }
  if (sameScores(currentScores, scores)) {
    onProgress?.({ phase: 'done', done: scores.length, total: scores.length })
    return { ...result, changed: false }
  }
  onProgress?.({ phase: 'write', done: 0, total: scores.length })
  try {
    await payload.update({
      collection: slugs.evaluationRounds,
      id: result.round.id,
      data: {
        scores: scores.map(({ unit, indicator, score, notApplicable }) => ({
          unit: unit as number,
          indicator,
          score,
          notApplicable: notApplicable === true,
        })),
      },
      draft: true,
      depth: 0,
      user,
      overrideAccess: false,
    })
  } catch (error) {
    if (error instanceof ValidationError) throw new ScoreImportError(`保存失败，未导入任何分数 / Not saved:\n${validationText(error)}`)
    throw error
  }
  // Thousands of score rows changed: let SQLite's planner see the new table sizes.
  await refreshPlannerStatistics(payload)
  onProgress?.({ phase: 'done', done: scores.length, total: scores.length })
  return { ...result, changed: true }
}
