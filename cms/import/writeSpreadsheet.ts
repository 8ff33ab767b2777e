/** The ranking table written as .xlsx (exceljs) or as CSV with a UTF-8 BOM so Excel shows Chinese correctly (papaparse). */
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { RankingTable } from '../domain/rankingExport.ts'

export async function rankingXlsx(table: RankingTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '创城宣传管理平台'
  const sheet = workbook.addWorksheet(sheetName.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31) || '排名', {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.addRow(table.header).font = { bold: true }
  sheet.addRows(table.rows)
  if (table.notes.length > 0) sheet.addRows([[], ...table.notes.map((note) => [note])])
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 24 : Math.max(8, (table.header[i]?.length ?? 4) * 2 + 2)
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** CSV text with a BOM; cells that Excel would run as formulas (=, +, -, @) are escaped; notes follow an empty line. */
export function rankingCsv(table: RankingTable): string {
  const rows = table.rows.map((row) => row.map((cell) => cell ?? ''))
  const notes = table.notes.length > 0 ? [[], ...table.notes.map((note) => [note])] : []
  return `\uFEFF${Papa.unparse([table.header, ...rows, ...notes], { escapeFormulae: true, newline: '\r\n' })}`
}
