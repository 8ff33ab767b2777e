/**
 * The survey's CSV export (editors and reviewers only): one row per response, answers as the option
 * labels residents saw, short-text answers included (they are never public). Formula-escaped with the
 * audit export's csvCell; UTF-8 BOM and CRLF for Excel. Pure.
 */
import { csvCell } from '../auditCsv.ts'
import { chinaDateTime } from '../volunteering/time.ts'
import { type Answer, isCorrect, SCALE_LABELS, type SurveyQuestion } from './model.ts'

export type CsvResponse = { at: string; district: string | null; answers: Answer[] }

function answerText(question: SurveyQuestion, answer: Answer | undefined): string {
  if (answer === null || answer === undefined) return ''
  if (typeof answer === 'string') return answer
  if (question.kind === 'scale' && typeof answer === 'number') return SCALE_LABELS[answer - 1] ?? String(answer)
  const picked = Array.isArray(answer) ? answer : [answer]
  return picked.map((option) => question.options?.[option]?.label ?? String(option)).join('；')
}

export function surveyCsv(questions: readonly SurveyQuestion[], responses: readonly CsvResponse[], askDistrict: boolean): string {
  const header = [
    '提交时间（北京时间）',
    ...(askDistrict ? ['所在区县'] : []),
    ...questions.map((question, index) => `${index + 1}. ${question.prompt}`),
    '答对题数',
  ]
  const rows = responses.map((response) => [
    chinaDateTime(response.at),
    ...(askDistrict ? [response.district ?? ''] : []),
    ...questions.map((question, index) => answerText(question, response.answers[index])),
    questions.filter((question, index) => isCorrect(question, response.answers[index] ?? null)).length,
  ])
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
