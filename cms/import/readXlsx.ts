/** The first worksheet of an .xlsx (already through the zip guard) as plain cells, formulas and merged ranges. */
import ExcelJS from 'exceljs'
import type { RawCell } from '../domain/scoreCells.ts'
import { columnLetter } from '../domain/scoreCells.ts'
import type { MergedRange, Problem, SheetRow } from '../domain/scoreImport.ts'
import { ScoreImportError } from './errors.ts'

type Plain = string | number | null

/** A cell value (or a formula's cached result) as text or a number; dates as yyyy-mm-dd, errors as #DIV/0!. */
function plain(value: ExcelJS.CellValue | undefined): Plain {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('error' in value) return value.error
  if ('hyperlink' in value) return value.text
  return 'result' in value ? plain(value.result) : null
}

function readCell(cell: ExcelJS.Cell): RawCell {
  if (cell.isMerged && cell.master.address !== cell.address) return null
  if (cell.type === ExcelJS.ValueType.Formula) {
    const value = cell.value as ExcelJS.CellFormulaValue
    return { formula: cell.formula ?? '', result: value.result === undefined ? null : plain(value.result) }
  }
  return plain(cell.value)
}

type Box = { top: number; left: number; bottom: number; right: number }

function grow(boxes: Map<string, Box>, cell: ExcelJS.Cell, line: number, column: number): void {
  const key = cell.master.address
  const box = boxes.get(key) ?? { top: line, left: column, bottom: line, right: column }
  boxes.set(key, {
    top: Math.min(box.top, line),
    left: Math.min(box.left, column),
    bottom: Math.max(box.bottom, line),
    right: Math.max(box.right, column),
  })
}

const refOf = (box: Box): string => `${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`

export type XlsxSheet = { rows: SheetRow[]; merges: MergedRange[]; notes: Problem[] }

export async function readXlsx(buffer: Buffer): Promise<XlsxSheet> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0])
  } catch {
    throw new ScoreImportError('文件不是有效的 Excel（.xlsx）文件，无法读取工作表 / Not a valid .xlsx workbook')
  }
  const [sheet, ...others] = workbook.worksheets
  if (!sheet) throw new ScoreImportError('文件不是有效的 Excel（.xlsx）文件：没有找到工作表 / Not a valid .xlsx file: no worksheet')
  const rows: SheetRow[] = []
  const boxes = new Map<string, Box>()
  sheet.eachRow((row, line) => {
    const cells: RawCell[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.isMerged) grow(boxes, cell, line, column)
      cells[column - 1] = readCell(cell)
    })
    rows.push({ line, cells: Array.from(cells, (cell) => cell ?? null) })
  })
  const merges = [...boxes.values()]
    .filter((box) => box.bottom > box.top || box.right > box.left)
    .map((box) => ({ ...box, ref: refOf(box) }))
  const notes: Problem[] =
    others.length > 0 ? [{ level: 'info', message: `只导入第一个工作表“${sheet.name}”，其余 ${others.length} 个工作表未读取` }] : []
  return { rows, merges, notes }
}
