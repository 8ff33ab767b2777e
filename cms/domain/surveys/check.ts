/**
 * What an editor's questionnaire must be (errors name the field in Chinese and English), and its
 * shape: the part answers depend on (question kinds, option counts, correct options). Pure.
 */
import { correctSet, isChoice, QUESTION_KINDS, SURVEY_LIMITS, type SurveyQuestion } from './model.ts'

export type PathError = { path: string; message: string }
type Draft = { opensAt?: string | null; closesAt?: string | null; questions?: readonly Partial<SurveyQuestion>[] | null }

function questionErrors(question: Partial<SurveyQuestion>, index: number): PathError[] {
  const at = `questions.${index}`
  const title = `第 ${index + 1} 题 / Question ${index + 1}`
  const options = question.options ?? []
  const kind = question.kind && question.kind in QUESTION_KINDS ? question.kind : null
  if (!kind) return [{ path: `${at}.kind`, message: `${title}：请选择题型。 / choose a kind.` }]
  if (isChoice(kind) && (options.length < SURVEY_LIMITS.optionsMin || options.length > SURVEY_LIMITS.optionsMax))
    return [
      {
        path: `${at}.options`,
        message: `${title}：选择题需要 ${SURVEY_LIMITS.optionsMin}–${SURVEY_LIMITS.optionsMax} 个选项。 / a choice question needs ${SURVEY_LIMITS.optionsMin}–${SURVEY_LIMITS.optionsMax} options.`,
      },
    ]
  if (!isChoice(kind) && options.length > 0)
    return [
      { path: `${at}.options`, message: `${title}：评分题和文字题不设选项，请删除选项。 / scale and text questions take no options.` },
    ]
  if (kind === 'single' && correctSet(question as SurveyQuestion).length > 1)
    return [{ path: `${at}.options`, message: `${title}：单选题最多标记一个正确答案。 / at most one correct option.` }]
  return []
}

export function checkSurvey(draft: Draft): PathError[] {
  const errors: PathError[] = []
  const opens = new Date(draft.opensAt ?? '').getTime()
  const closes = new Date(draft.closesAt ?? '').getTime()
  if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens)
    errors.push({ path: 'closesAt', message: '截止时间：应晚于开始时间。 / Closes at: must be after the opening time.' })
  return [...errors, ...(draft.questions ?? []).flatMap(questionErrors)]
}

/** What stored answers depend on: kinds, option counts and correct options, question by question. */
export const surveyShape = (questions: readonly Partial<SurveyQuestion>[] | null | undefined): string =>
  (questions ?? [])
    .map((question) => `${question.kind}:${(question.options ?? []).map((option) => (option.correct ? 1 : 0)).join('')}`)
    .join('|')
