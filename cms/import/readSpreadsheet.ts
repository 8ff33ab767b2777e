/**
 * Reads an uploaded score sheet by its CONTENT, never its name: a zip (.xlsx) goes through the
 * zip-bomb guard and exceljs; anything else must be CSV text in UTF-8 (with or without BOM),
 * UTF-16 (Excel's “Unicode 文本”) or GBK/GB18030 (what Chinese Excel saves as CSV).
 */
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import type { RawCell } from '../domain/scoreCells.ts'
import type { MergedRange, Problem, SheetRow } from '../domain/scoreImport.ts'
import { ScoreImportError } from './errors.ts'
import { readXlsx } from './readXlsx.ts'
import { checkZip } from './zipGuard.ts'

export { DEFAULT_MAX_SCORE_IMPORT_BYTES } from '../config/limits.ts'

export type UploadedFile = { name: string; data: Buffer }
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
export type ReadSheet = { format: 'xlsx' | 'csv'; encoding?: Encoding; rows: SheetRow[]; merges: MergedRange[]; notes: Problem[] }

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
const startsWith = (data: Buffer, ...bytes: number[]): boolean => bytes.every((byte, i) => data[i] === byte)
// Text has no NUL, no C0 control characters other than tab and line breaks, and nothing undecodable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/

function notASpreadsheet(name: string): ScoreImportError {
  const renamed = /\.xlsx?$/i.test(name) ? '（文件名是 Excel，但内容不是 Excel 格式，可能已损坏或被改了扩展名）' : ''
  return new ScoreImportError(`不是有效的 Excel（.xlsx）或 CSV 文件${renamed} / Not a valid Excel (.xlsx) or CSV file`)
}

/** The text of a CSV and the encoding it was in, or null when the bytes are not text. */
export function decodeText(data: Buffer): { text: string; encoding: Encoding } | null {
  const attempt = (encoding: Encoding, bytes: Buffer): { text: string; encoding: Encoding } | null => {
    try {
      const text =
        encoding === 'gb18030' ? iconv.decode(bytes, 'gb18030') : new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
      return NOT_TEXT.test(text) ? null : { text, encoding }
    } catch {
      return null
    }
  }
  if (startsWith(data, 0xef, 0xbb, 0xbf)) return attempt('utf-8', data.subarray(3))
  if (startsWith(data, 0xff, 0xfe)) return attempt('utf-16le', data.subarray(2))
  if (startsWith(data, 0xfe, 0xff)) return attempt('utf-16be', data.subarray(2))
  return attempt('utf-8', data) ?? attempt('gb18030', data)
}

function readCsv(text: string): SheetRow[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] })
  const broken = parsed.errors.find((error) => error.type === 'Quotes')
  if (broken) {
    const line = (broken.row ?? 0) + 1
    throw new ScoreImportError(`CSV 格式错误：第${line}行附近的引号没有闭合 / CSV error: unterminated quote near line ${line}`)
  }
  return parsed.data.map((cells, i) => ({
    line: i + 1,
    cells: cells.map((cell): RawCell => (cell.trim() === '' ? null : cell)),
  }))
}

/** Reads the first worksheet (or the CSV) of an upload, at most `maxBytes` (SCORE_IMPORT_MAX_BYTES); throws ScoreImportError with a Chinese message when it cannot. */
export async function readSpreadsheet(file: UploadedFile, maxBytes: number): Promise<ReadSheet> {
  const { data, name } = file
  if (data.length === 0) throw new ScoreImportError('文件是空的 / The file is empty')
  if (data.length > maxBytes) {
    const size = megabytes(data.length)
    const limit = megabytes(maxBytes)
    throw new ScoreImportError(`文件过大：${size}，上限 ${limit} / File too large: ${size}; the limit is ${limit}`, { status: 413 })
  }
  if (startsWith(data, 0x50, 0x4b, 0x03, 0x04) || startsWith(data, 0x50, 0x4b, 0x05, 0x06)) {
    await checkZip(data)
    return { format: 'xlsx', ...(await readXlsx(data)) }
  }
  if (startsWith(data, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new ScoreImportError(
      '这是旧版 Excel（.xls）或加密的工作簿，请在 Excel 中“另存为” .xlsx 或 CSV 后再导入 / Old .xls or encrypted workbook: save as .xlsx or CSV',
    )
  }
  const decoded = decodeText(data)
  if (!decoded) throw notASpreadsheet(name)
  return { format: 'csv', encoding: decoded.encoding, rows: readCsv(decoded.text), merges: [], notes: [] }
}
