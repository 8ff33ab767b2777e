/**
 * Score import (测评成绩导入): one row per unit, one column per indicator. Pure: the sheet as read
 * (cells, formulas, merged ranges), the round's indicators and the known units come in; a preview
 * with a message per row and cell comes out, plus the score rows when — and only when — nothing is wrong.
 */
import { type IndicatorDef, type ScoreRow, validateEvaluation } from './ranking.ts'
import { cellText, isBlank, isFormula, quote, type RawCell, readScore } from './scoreCells.ts'
import { type Column, type HeaderPlan, type Problem, planColumns, type SheetRow } from './scoreColumns.ts'
import type { Id } from './tree.ts'
import { indexUnits, type UnitIndex, type UnitRef } from './unitMatch.ts'

export type { Problem, SheetRow } from './scoreColumns.ts'
export type { UnitRef } from './unitMatch.ts'

/** A merged range as Excel names it (B5:C5), with 1-based row (line) and column bounds. */
export type MergedRange = { ref: string; top: number; left: number; bottom: number; right: number }
export type ImportSheet = { rows: readonly SheetRow[]; merges?: readonly MergedRange[] }

export type PreviewRow = {
  line: number
  label: string
  unit?: { id: Id; name: string }
  scores: Record<string, number>
  /** Indicator keys whose cell says 不涉及 / N/A. */
  notApplicable: string[]
  problems: Problem[]
}
export type ImportSummary = { rows: number; matched: number; errors: number; notes: number; skipped: number; notApplicable: number }
export type ImportPreview = {
  indicators: { key: string; name: string; maxScore: number }[]
  rows: PreviewRow[]
  /** File-level messages: header, missing or extra columns, skipped rows. */
  problems: Problem[]
  /** The rows to store; null while there is any error. */
  scores: ScoreRow[] | null
  summary: ImportSummary
}
export type ImportOptions = { onProgress?: (done: number, total: number) => void; maxRows?: number }

export const DEFAULT_MAX_IMPORT_ROWS = 20_000
const SUGGESTION_BUDGET = 100

type RowContext = {
  plan: HeaderPlan
  unitColumns: Column[]
  scoreColumns: { column: Column; indicator: IndicatorDef }[]
  merges: readonly MergedRange[]
  units: UnitIndex
  seen: Map<string, number>
  suggestions: { left: number }
}

const at = (line: number, column?: string): string => (column ? `第${line}行${quote(column)}列：` : `第${line}行：`)
const covers = (merge: MergedRange, line: number, index?: number): boolean =>
  merge.top <= line && line <= merge.bottom && (index === undefined || (merge.left <= index + 1 && index + 1 <= merge.right))

/** "第7、9–12行" from line ranges. */
export const lineRanges = (ranges: readonly (readonly [number, number])[]): string =>
  `第${ranges.map(([from, to]) => (to > from ? `${from}–${to}` : String(from))).join('、')}行`

/** Blank lines between the header and the last filled row (a file's trailing blank lines are not rows). */
function blankRanges(filled: readonly SheetRow[], headerLine: number): [number, number][] {
  const ranges: [number, number][] = []
  let last = headerLine
  for (const row of filled) {
    if (row.line > last + 1) ranges.push([last + 1, row.line - 1])
    last = row.line
  }
  return ranges
}

type UnitVerdict = { label: string; unit?: UnitRef; error?: string }

function resolveUnit(row: SheetRow, ctx: RowContext): UnitVerdict {
  const cells = ctx.unitColumns.filter((col) => !ctx.merges.some((m) => covers(m, row.line, col.index))).map((col) => row.cells[col.index])
  if (cells.length === 0) return { label: '' } // the merged-cell error already names this row
  if (cells.some((cell) => isFormula(cell) && cell.result === null)) {
    return { label: '', error: `${at(row.line)}单位格的公式没有计算结果，请改填单位名称或代码` }
  }
  const texts = cells.map(cellText).filter((text) => text !== '')
  const label = texts[0] ?? ''
  if (texts.length === 0) return { label, error: `${at(row.line)}单位为空，请填写单位名称或代码` }
  const matches = texts.map((text) => ctx.units.match(text))
  const match = matches.find((m) => m.kind === 'found') ?? matches.find((m) => m.kind === 'ambiguous') ?? matches[0]
  if (match.kind === 'ambiguous') {
    const codes = match.units.map((unit) => unit.code ?? unit.id).join('、')
    return { label, error: `${at(row.line)}单位${quote(label)}对应多个单位（代码：${codes}），请改用单位代码` }
  }
  if (match.kind === 'missing') {
    const names = ctx.suggestions.left-- > 0 ? ctx.units.suggest(label) : []
    const hint = names.length > 0 ? `，是否为：${names.join('、')}？` : '，请检查单位名称或代码'
    return { label, error: `${at(row.line)}未找到单位${quote(label)}${hint}` }
  }
  const first = ctx.seen.get(String(match.unit.id))
  if (first !== undefined) return { label, error: `${at(row.line)}单位${quote(match.unit.name)}与第${first}行重复，每个单位只能有一行` }
  ctx.seen.set(String(match.unit.id), row.line)
  return { label, unit: match.unit }
}

function checkRow(row: SheetRow, ctx: RowContext): PreviewRow {
  const preview: PreviewRow = { line: row.line, label: '', scores: {}, notApplicable: [], problems: [] }
  const merged = ctx.merges.filter((merge) => covers(merge, row.line))
  for (const merge of merged) {
    const header = ctx.plan.columns[merge.left - 1]?.header || undefined
    const message = `${at(row.line, header)}合并单元格 ${merge.ref}，请取消合并，每个单元格单独填写`
    preview.problems.push({ level: 'error', column: header, message })
  }
  const { label, unit, error } = resolveUnit(row, ctx)
  preview.label = label
  if (unit) preview.unit = { id: unit.id, name: unit.name }
  if (error) preview.problems.push({ level: 'error', column: ctx.unitColumns[0]?.header, message: error })
  for (const { column, indicator } of ctx.scoreColumns) {
    if (merged.some((merge) => covers(merge, row.line, column.index))) continue
    const verdict = readScore(row.cells[column.index], indicator.maxScore)
    if (!verdict.ok) {
      preview.problems.push({ level: 'error', column: column.header, message: `${at(row.line, column.header)}${verdict.message}` })
    } else if ('notApplicable' in verdict) {
      preview.notApplicable.push(indicator.key)
      const message = `${at(row.line, column.header)}不涉及，不计分，该单位总分按其适用的指标折算`
      preview.problems.push({ level: 'info', column: column.header, message })
    } else preview.scores[indicator.key] = verdict.score
  }
  if (ctx.scoreColumns.length > 0 && preview.notApplicable.length === ctx.scoreColumns.length) {
    preview.problems.push({ level: 'info', message: `${at(row.line)}全部指标均为不涉及，该单位没有总分，不参加排名` })
  }
  return preview
}

/** Data in columns without a header (each reported once, with the first row it appears in). */
function headerlessData(rows: readonly SheetRow[], plan: HeaderPlan): Problem[] {
  const reported = new Map<number, number>()
  for (const row of rows) {
    row.cells.forEach((cell: RawCell, index) => {
      const role = plan.columns[index]?.role.kind ?? 'blank'
      if (role === 'blank' && !isBlank(cell) && !reported.has(index)) reported.set(index, row.line)
    })
  }
  return [...reported].map(([index, line]) => ({
    level: 'error' as const,
    message: `第${index + 1}列没有表头，但有数据（从第${line}行起），请补上指标名称或删除该列`,
  }))
}

function headerMerges(merges: readonly MergedRange[], plan: HeaderPlan): Problem[] {
  return merges
    .filter((merge) => merge.top <= plan.line && merge.bottom >= plan.line)
    .map((merge) => ({ level: 'error' as const, message: `第${plan.line}行（表头）有合并单元格 ${merge.ref}，请取消合并，每列一个标题` }))
}

const empty = (indicators: readonly IndicatorDef[], problems: Problem[]): ImportPreview => ({
  indicators: indicators.map(({ key, name, maxScore }) => ({ key, name, maxScore })),
  rows: [],
  problems,
  scores: null,
  summary: { rows: 0, matched: 0, errors: problems.filter((p) => p.level === 'error').length, notes: 0, skipped: 0, notApplicable: 0 },
})

/** Checks a whole sheet against a round; see ImportPreview. Never mutates its inputs. */
export function validateImport(
  sheet: ImportSheet,
  indicators: readonly IndicatorDef[],
  units: readonly UnitRef[],
  options: ImportOptions = {},
): ImportPreview {
  if (indicators.length === 0)
    return empty(indicators, [{ level: 'error', message: '本轮测评还没有设置指标，请先填写指标并保存，再导入分数' }])
  const plan = planColumns(sheet.rows, indicators)
  if (!('line' in plan)) return empty(indicators, plan.problems)
  const merges = (sheet.merges ?? []).filter((merge) => merge.bottom > plan.line)
  const dataRows = sheet.rows.slice(plan.rowIndex + 1)
  const filled = dataRows.filter((row) => !row.cells.every(isBlank) || merges.some((m) => covers(m, row.line)))
  const maxRows = options.maxRows ?? DEFAULT_MAX_IMPORT_ROWS
  const setup: Problem[] = validateEvaluation(indicators, [], []).map((error) => ({
    level: 'error',
    message: `本轮指标设置有误，请先修改指标：${error.message}`,
  }))
  const problems = [...setup, ...plan.problems, ...headerMerges(sheet.merges ?? [], plan), ...headerlessData(dataRows, plan)]
  if (filled.length > maxRows) {
    problems.push({ level: 'error', message: `表格有 ${filled.length} 行数据，单次最多导入 ${maxRows} 行，请拆分后分批导入` })
    const tooMany = empty(indicators, problems)
    return { ...tooMany, summary: { ...tooMany.summary, rows: filled.length } }
  }
  const byKey = new Map(indicators.map((ind) => [ind.key, ind]))
  const ctx: RowContext = {
    plan,
    unitColumns: plan.columns.filter((col) => col.role.kind === 'unit'),
    scoreColumns: plan.columns.flatMap((column) => {
      const indicator = column.role.kind === 'indicator' ? byKey.get(column.role.key) : undefined
      return indicator ? [{ column, indicator }] : []
    }),
    merges,
    units: indexUnits(units),
    seen: new Map(),
    suggestions: { left: SUGGESTION_BUDGET },
  }
  const rows: PreviewRow[] = []
  filled.forEach((row, i) => {
    rows.push(checkRow(row, ctx))
    if ((i + 1) % 500 === 0) options.onProgress?.(i + 1, filled.length)
  })
  options.onProgress?.(filled.length, filled.length)
  const blanks = blankRanges(filled, plan.line)
  const skipped = blanks.reduce((sum, [from, to]) => sum + to - from + 1, 0)
  if (skipped > 0) problems.push({ level: 'info', message: `已跳过 ${skipped} 个空行（${lineRanges(blanks)}）` })
  return summarize(indicators, rows, problems, skipped)
}

function summarize(indicators: readonly IndicatorDef[], rows: PreviewRow[], problems: Problem[], skipped: number): ImportPreview {
  const all = [...problems, ...rows.flatMap((row) => row.problems)]
  const errors = all.filter((p) => p.level === 'error').length
  const cell = (row: PreviewRow, key: string): ScoreRow => {
    const unit = (row.unit as { id: Id }).id
    if (row.notApplicable.includes(key)) return { unit, indicator: key, score: null, notApplicable: true }
    return { unit, indicator: key, score: row.scores[key] as number }
  }
  const scores: ScoreRow[] | null = errors > 0 ? null : rows.flatMap((row) => indicators.map((ind) => cell(row, ind.key)))
  const notApplicable = rows.reduce((sum, row) => sum + row.notApplicable.length, 0)
  return {
    indicators: indicators.map(({ key, name, maxScore }) => ({ key, name, maxScore })),
    rows,
    problems,
    scores,
    summary: {
      rows: rows.length,
      matched: rows.filter((row) => row.unit).length,
      errors,
      notes: all.length - errors,
      skipped,
      notApplicable,
    },
  }
}
