/**
 * The header row of a score sheet: which column names the unit, which holds which indicator,
 * which are ignored (总分, 备注 …) and which do not belong. Pure.
 */
import { distance } from 'fastest-levenshtein'
import type { IndicatorDef } from './ranking.ts'
import { cellText, columnLetter, normalizeText, quote, type RawCell } from './scoreCells.ts'

/** A message for the editor; `column` is the header text of the cell concerned. */
export type Problem = { level: 'error' | 'info'; column?: string; message: string }

export type SheetRow = { line: number; cells: readonly RawCell[] }

/** Headers accepted for the unit column (name or code; the value is matched against both). */
export const UNIT_HEADERS = [
  '单位',
  '单位名称',
  '单位名',
  '单位代码',
  '单位编码',
  '代码',
  '街道',
  '社区',
  '部门',
  '被测评单位',
  '被测评单位名称',
]

/** Columns an evaluator's sheet often carries that are not imported, with the reason shown to the editor. */
export const IGNORED_HEADERS: Record<string, string> = {
  总分: '总分由系统按权重计算',
  合计: '总分由系统按权重计算',
  总计: '总分由系统按权重计算',
  得分合计: '总分由系统按权重计算',
  名次: '名次由系统计算',
  排名: '名次由系统计算',
  升降: '升降由系统计算',
  榜单: '红黑榜由系统计算',
  上期名次: '名次由系统计算',
  序号: '序号不需要导入',
  编号: '序号不需要导入',
  备注: '备注不导入',
  说明: '备注不导入',
}

export type ColumnRole = { kind: 'unit' } | { kind: 'indicator'; key: string } | { kind: 'ignored' } | { kind: 'extra' } | { kind: 'blank' }
export type Column = { index: number; header: string; role: ColumnRole }
export type HeaderPlan = { line: number; rowIndex: number; columns: Column[]; problems: Problem[] }

const UNIT_SET = new Set(UNIT_HEADERS.map(normalizeText))
const IGNORED = new Map(Object.entries(IGNORED_HEADERS).map(([header, reason]) => [normalizeText(header), reason]))
const withoutNote = (text: string): string => text.replace(/[（(][^）)]*[）)]$/, '')
const nonBlank = (row: SheetRow): number => row.cells.filter((cell) => cellText(cell) !== '').length
const isUnitHeader = (cell: RawCell): boolean => UNIT_SET.has(normalizeText(cellText(cell)))
const letterOf = (index: number): string => `${columnLetter(index + 1)}列`

/** The header row: the first row naming a unit column; title rows (one filled cell) above it are skipped. */
export function findHeaderRow(rows: readonly SheetRow[]): { rowIndex: number; titles: number[] } | null {
  const titles: number[] = []
  for (const [rowIndex, row] of rows.entries()) {
    const filled = nonBlank(row)
    if (filled === 0) continue
    if (row.cells.some(isUnitHeader)) return { rowIndex, titles }
    if (filled > 1 || titles.length >= 5) return null
    titles.push(row.line)
  }
  return null
}

function roleOf(header: string, lookup: Map<string, string>): ColumnRole {
  const plain = normalizeText(header)
  if (!plain) return { kind: 'blank' }
  if (UNIT_SET.has(plain)) return { kind: 'unit' }
  const key = lookup.get(plain) ?? lookup.get(normalizeText(withoutNote(header)))
  if (key) return { kind: 'indicator', key }
  return IGNORED.has(plain) ? { kind: 'ignored' } : { kind: 'extra' }
}

function closestIndicator(header: string, indicators: readonly IndicatorDef[]): string | undefined {
  const plain = normalizeText(withoutNote(header))
  const best = indicators.map((ind) => ({ name: ind.name, d: distance(plain, normalizeText(ind.name)) })).sort((a, b) => a.d - b.d)[0]
  return best && best.d <= Math.max(1, Math.floor(plain.length / 2)) ? best.name : undefined
}

function columnProblems(columns: readonly Column[], indicators: readonly IndicatorDef[]): Problem[] {
  const problems: Problem[] = []
  const list = indicators.map((ind) => `${ind.name}（${ind.key}）`).join('、')
  const seen = new Map<string, Column>()
  for (const col of columns) {
    const { role, header } = col
    if (role.kind === 'ignored') {
      problems.push({ level: 'info', column: header, message: `${quote(header)}列不导入：${IGNORED.get(normalizeText(header))}` })
    } else if (role.kind === 'extra') {
      const guess = closestIndicator(header, indicators)
      const hint = guess ? `是否为：${guess}？` : `本轮指标为：${list}`
      problems.push({ level: 'error', column: header, message: `多余的列${quote(header)}（${letterOf(col.index)}）不是本轮指标，${hint}` })
    } else if (role.kind === 'indicator') {
      const first = seen.get(role.key)
      if (first) {
        const where = `${letterOf(first.index)}、${letterOf(col.index)}`
        problems.push({ level: 'error', column: header, message: `指标${quote(header)}有两列（${where}），只能保留一列` })
      } else seen.set(role.key, col)
    }
  }
  for (const ind of indicators) {
    if (!seen.has(ind.key)) problems.push({ level: 'error', message: `缺少指标列“${ind.name}”（${ind.key}），表头应包含：${list}` })
  }
  return problems
}

/** Plans the columns of the header row found in `rows`, or explains why there is none. */
export function planColumns(rows: readonly SheetRow[], indicators: readonly IndicatorDef[]): HeaderPlan | { problems: Problem[] } {
  const found = findHeaderRow(rows)
  if (!found) {
    const message = `未找到表头：第一行应为表头，其中一列为单位（可用列名：${UNIT_HEADERS.join('、')}），其余各列为指标名称或代码`
    return { problems: [{ level: 'error', message }] }
  }
  const lookup = new Map<string, string>()
  for (const ind of indicators) {
    lookup.set(normalizeText(ind.key), ind.key)
    lookup.set(normalizeText(ind.name), ind.key)
  }
  const row = rows[found.rowIndex]
  const columns = row.cells.map((cell, index) => ({ index, header: cellText(cell), role: roleOf(cellText(cell), lookup) }))
  const titles: Problem[] = found.titles.map((line) => ({ level: 'info', message: `第${line}行是标题，已跳过` }))
  return { line: row.line, rowIndex: found.rowIndex, columns, problems: [...titles, ...columnProblems(columns, indicators)] }
}
