/**
 * Results as people read them (the admin's charts, the public results page): per question the
 * options with counts and percentages of those who answered it, the 知晓率 where the question has a
 * correct answer, a scale's average. Short-text answers are never shown here (CSV only). Pure.
 */
import { hasCorrect, isChoice, SCALE_LABELS, type SurveyQuestion } from './model.ts'
import type { Part } from './tally.ts'

/** A share in percent, one decimal (0 when nobody answered). */
export const percent = (count: number, total: number): number => (total > 0 ? Math.round((count / total) * 1000) / 10 : 0)

export type OptionRow = { label: string; count: number; percent: number; correct: boolean }
export type QuestionResult = {
  number: number
  prompt: string
  kind: SurveyQuestion['kind']
  answered: number
  rows: OptionRow[]
  /** 知晓率: correct answers of those who answered; null without a correct answer. */
  awareness: { correct: number; percent: number } | null
  /** A scale's average score (one decimal); null otherwise. */
  average: number | null
}

export function questionResults(questions: readonly SurveyQuestion[], part: Part): QuestionResult[] {
  return questions.map((question, index) => {
    const tally = part.questions[index] ?? { answered: 0, options: [], correct: 0 }
    const labels = question.kind === 'scale' ? [...SCALE_LABELS] : (question.options ?? []).map((option) => option.label)
    const rows =
      isChoice(question.kind) || question.kind === 'scale'
        ? labels.map((label, option) => ({
            label,
            count: tally.options[option] ?? 0,
            percent: percent(tally.options[option] ?? 0, tally.answered),
            correct: Boolean(question.options?.[option]?.correct),
          }))
        : []
    const scoreSum = question.kind === 'scale' ? tally.options.reduce((sum, count, option) => sum + count * (option + 1), 0) : 0
    return {
      number: index + 1,
      prompt: question.prompt,
      kind: question.kind,
      answered: tally.answered,
      rows,
      awareness: hasCorrect(question) ? { correct: tally.correct, percent: percent(tally.correct, tally.answered) } : null,
      average: question.kind === 'scale' && tally.answered > 0 ? Math.round((scoreSum / tally.answered) * 10) / 10 : null,
    }
  })
}

/** The survey's overall 知晓率: correct answers over answers, across every question that has a correct answer. */
export function overallAwareness(
  questions: readonly SurveyQuestion[],
  part: Part,
): { correct: number; answered: number; percent: number } | null {
  const measured = questions.flatMap((question, index) => (hasCorrect(question) ? [part.questions[index]] : []))
  if (measured.length === 0) return null
  const correct = measured.reduce((sum, tally) => sum + (tally?.correct ?? 0), 0)
  const answered = measured.reduce((sum, tally) => sum + (tally?.answered ?? 0), 0)
  return { correct, answered, percent: percent(correct, answered) }
}
