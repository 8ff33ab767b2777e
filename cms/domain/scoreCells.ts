/**
 * Spreadsheet cells as the score import sees them. Pure: what a reader produced comes in
 * (text, numbers, formulas with their cached result), plain values and verdicts go out.
 */

/** A formula cell: the formula text and the value Excel cached when it last calculated (null when it never did). */
export type FormulaCell = { formula: string; result: string | number | null }

/** One cell as read from a file: text, a number, nothing, or a formula. */
export type RawCell = string | number | null | FormulaCell

export const isFormula = (cell: RawCell | undefined): cell is FormulaCell => typeof cell === 'object' && cell !== null

/** The value a cell shows: a formula shows its cached result. */
export function cellValue(cell: RawCell | undefined): string | number | null {
  if (cell === undefined) return null
  return isFormula(cell) ? cell.result : cell
}

/** The cell as trimmed text ('' for nothing). */
export function cellText(cell: RawCell | undefined): string {
  const value = cellValue(cell)
  return value === null ? '' : String(value).trim()
}

export const isBlank = (cell: RawCell | undefined): boolean => !isFormula(cell) && cellText(cell) === ''

/** Full-width letters and digits to half-width (NFKC), all whitespace (including 全角空格) removed, lower case. */
export const normalizeText = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/** A score written as text: "85", "85.5", "８５", "８５．５"; null when it is not a plain number. */
export function parseNumberText(text: string): number | null {
  const plain = text.normalize('NFKC').replace(/\s+/g, '')
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : null
}

/** Excel's column letter for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** Text quoted for a message, cut to a readable length. */
export const quote = (text: string): string => `“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`

export type ScoreVerdict = { ok: true; score: number } | { ok: true; notApplicable: true } | { ok: false; message: string }

/** What a cell may say instead of a score when the indicator does not apply to the unit (normalized: NFKC, no spaces, lower case). */
export const NOT_APPLICABLE_WORDS = ['不涉及', 'n/a'] as const

/** Whether a cell says 不涉及 / N/A (also full-width, any case, with spaces). */
export const isNotApplicableText = (text: string): boolean => (NOT_APPLICABLE_WORDS as readonly string[]).includes(normalizeText(text))

/** Reads one score cell against its indicator's range (0..maxScore), or as 不涉及 / N/A; the message has no row or column prefix. */
export function readScore(cell: RawCell | undefined, maxScore: number): ScoreVerdict {
  if (isFormula(cell) && cell.result === null) {
    return { ok: false, message: `公式没有计算结果（=${cell.formula}），请在 Excel 中重新计算并保存，或改填数值` }
  }
  const value = cellValue(cell)
  if (value === null || String(value).trim() === '') {
    return { ok: false, message: `分数为空，应填写 0–${maxScore} 的数字；该指标对该单位不适用的，填写“不涉及”` }
  }
  if (typeof value === 'string' && isNotApplicableText(value)) return { ok: true, notApplicable: true }
  const score = typeof value === 'number' ? value : parseNumberText(value)
  if (score === null || !Number.isFinite(score)) return { ok: false, message: `${quote(String(value).trim())}不是数字` }
  if (score < 0 || score > maxScore) return { ok: false, message: `${score} 超出范围（0–${maxScore}）` }
  return { ok: true, score }
}
