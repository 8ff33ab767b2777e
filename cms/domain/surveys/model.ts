/**
 * 问卷 (surveys): the shape of a questionnaire as the answer form, the tally and the exports read it.
 * Pure data. Option values on the form are the options' positions (0, 1, …); a survey's questions
 * cannot change shape once answers exist (cms/collections/Surveys/hooks/lockAnsweredShape.ts), so a
 * stored answer always means the same option.
 */
export const QUESTION_KINDS = {
  single: { zh: '单选', en: 'Single choice' },
  multiple: { zh: '多选', en: 'Multiple choice' },
  scale: { zh: '1–5 分评价', en: 'Scale 1–5' },
  text: { zh: '简短文字', en: 'Short text' },
} as const
export type QuestionKind = keyof typeof QUESTION_KINDS

export type SurveyOption = { label: string; correct?: boolean | null }
export type SurveyQuestion = { prompt: string; kind: QuestionKind; required?: boolean | null; options?: SurveyOption[] | null }
export type District = { id: string; name: string }

/** One stored answer per question, in question order: option position(s), a 1–5 score, a text, or null when skipped. */
export type Answer = number | number[] | string | null

export const SURVEY_LIMITS = {
  questionsMax: 30,
  optionsMin: 2,
  optionsMax: 10,
  promptMax: 120,
  optionLabelMax: 40,
  /** Characters of one short-text answer. */
  textMax: 200,
  scaleMin: 1,
  scaleMax: 5,
} as const

/** The labels of the scale's ends, shown on the form and in the results. */
export const SCALE_LABELS = ['1 很不满意', '2 不满意', '3 一般', '4 满意', '5 很满意'] as const

export const isChoice = (kind: QuestionKind): boolean => kind === 'single' || kind === 'multiple'

/** The option positions marked correct (知晓率 questions), empty when the question has no correct answer. */
export const correctSet = (question: SurveyQuestion): number[] =>
  isChoice(question.kind) ? (question.options ?? []).flatMap((option, index) => (option.correct ? [index] : [])) : []

/** Does the question measure awareness (知晓率)? */
export const hasCorrect = (question: SurveyQuestion): boolean => correctSet(question).length > 0

/** Is this answer the correct one? A multiple-choice answer is correct when it picks exactly the correct options. */
export function isCorrect(question: SurveyQuestion, answer: Answer): boolean {
  const correct = correctSet(question)
  if (correct.length === 0 || answer === null) return false
  const picked = typeof answer === 'number' ? [answer] : Array.isArray(answer) ? answer : []
  return picked.length === correct.length && picked.every((value) => correct.includes(value))
}
