/**
 * Pure rules of the 应知应会 quiz: what a knowledge item marked as a quiz question must have, which
 * questions a page gets, how a submission is judged, and which questions residents miss most.
 */
export const QUIZ_OPTIONS_MIN = 2
export const QUIZ_OPTIONS_MAX = 6
export const QUIZ_QUESTION_MAX = 120
export const QUIZ_OPTION_MAX = 60
export const QUIZ_EXPLANATION_MAX = 400
/** Default questions per quiz page (QUIZ_QUESTIONS). */
export const DEFAULT_QUIZ_QUESTIONS = 10
/** Default counted quizzes per client network per hour (QUIZ_NETWORK_HOURLY_CAP). */
export const DEFAULT_QUIZ_NETWORK_HOURLY_CAP = 30
/** Default counted quizzes per hour from everyone (QUIZ_HOURLY_CAP); beyond it results are shown, not counted. */
export const DEFAULT_QUIZ_HOURLY_CAP = 3000
/** The largest quiz form (the token and one short answer per question; no text a resident types). */
export const QUIZ_BODY_MAX_BYTES = 8 * 1024
/** Field names: the signed token, one radio group per question (`a-<id>`, value = option number 1–6). */
export const QUIZ_TOKEN_FIELD = 'quizToken'
export const answerField = (id: string | number): string => `a-${id}`

/** The quiz fields of a knowledge item as stored (the group `quiz`). */
export type QuizMark = {
  enabled?: boolean | null
  question?: string | null
  options?: { text?: string | null }[] | null
  correct?: number | null
  explanation?: string | null
}

export type QuizFieldError = { field: 'question' | 'options' | 'correct' | 'explanation'; message: string }

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
export const optionTexts = (mark: QuizMark | null | undefined): string[] => (mark?.options ?? []).map((option) => text(option?.text))

/** Every problem of a marked item, each naming its field (zh / en); none when the item is not marked. */
export function quizMarkErrors(mark: QuizMark | null | undefined): QuizFieldError[] {
  if (!mark?.enabled) return []
  const errors: QuizFieldError[] = []
  const question = text(mark.question)
  if (!question || question.length > QUIZ_QUESTION_MAX)
    errors.push({
      field: 'question',
      message: `测试题题目：标记为测试题时必填，最多 ${QUIZ_QUESTION_MAX} 字。 / Quiz question: required, at most ${QUIZ_QUESTION_MAX} characters.`,
    })
  const options = optionTexts(mark)
  const badOption = options.some((option) => !option || option.length > QUIZ_OPTION_MAX) || new Set(options).size !== options.length
  if (options.length < QUIZ_OPTIONS_MIN || options.length > QUIZ_OPTIONS_MAX || badOption)
    errors.push({
      field: 'options',
      message: `测试题选项：需要 ${QUIZ_OPTIONS_MIN}–${QUIZ_OPTIONS_MAX} 个选项，每项 1–${QUIZ_OPTION_MAX} 字，不能重复。 / Quiz options: ${QUIZ_OPTIONS_MIN}–${QUIZ_OPTIONS_MAX} distinct options of 1–${QUIZ_OPTION_MAX} characters.`,
    })
  const correct = mark.correct
  if (typeof correct !== 'number' || !Number.isInteger(correct) || correct < 1 || correct > Math.max(options.length, 1))
    errors.push({
      field: 'correct',
      message: `测试题正确选项：请填写正确选项的序号（1–${Math.max(options.length, 1)}，即上面选项中的第几项）。 / Correct option: the number of the right option (1–${Math.max(options.length, 1)}).`,
    })
  const explanation = text(mark.explanation)
  if (!explanation || explanation.length > QUIZ_EXPLANATION_MAX)
    errors.push({
      field: 'explanation',
      message: `测试题答案解析：标记为测试题时必填，最多 ${QUIZ_EXPLANATION_MAX} 字。 / Explanation: required, at most ${QUIZ_EXPLANATION_MAX} characters.`,
    })
  return errors
}

/** `n` distinct ids drawn at random (`pick(k)` → integer in [0, k)); all of them, shuffled, when fewer. */
export function pickQuestions<T>(ids: readonly T[], n: number, pick: (k: number) => number): T[] {
  const pool = [...ids]
  const count = Math.min(n, pool.length)
  for (let i = 0; i < count; i++) {
    const j = i + pick(pool.length - i)
    ;[pool[i], pool[j]] = [pool[j] as T, pool[i] as T]
  }
  return pool.slice(0, count)
}

/** A published quiz question as the endpoint judges it (correct is 1-based). */
export type QuizQuestion = { id: string; question: string; options: string[]; correct: number; explanation: string }

export type QuizOutcome = 'right' | 'wrong' | 'skipped'
export type JudgedQuestion = { id: string; gone: true } | ({ gone: false; chosen: number | null; outcome: QuizOutcome } & QuizQuestion)

export type AnswerReading = { ok: true; chosen: Map<string, number | null> } | { ok: false; errors: { field: string; message: string }[] }

/**
 * The answers of a form: one `a-<id>` per question of the ticket (missing = skipped). An answer for a
 * question not in the ticket, or an option number that is not 1–6, refuses the whole form.
 */
export function readAnswers(fields: Readonly<Record<string, string>>, ids: readonly string[]): AnswerReading {
  const errors: { field: string; message: string }[] = []
  const chosen = new Map<string, number | null>(ids.map((id) => [id, null]))
  for (const [name, value] of Object.entries(fields)) {
    if (!name.startsWith('a-')) continue
    const id = name.slice(2)
    if (!chosen.has(id)) {
      errors.push({ field: name, message: `答案“${name}”：这道题不在本次测试中，请从测试页面重新作答。` })
      continue
    }
    if (!/^[1-6]$/.test(value.trim())) {
      errors.push({ field: name, message: `答案“${name}”：请选择一个选项（1–${QUIZ_OPTIONS_MAX}）。` })
      continue
    }
    chosen.set(id, Number(value.trim()))
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, chosen }
}

/** Judge a ticket's answers against the questions published now (an unpublished one is `gone`, never counted). */
export function judgeQuiz(ids: readonly string[], chosen: ReadonlyMap<string, number | null>, published: readonly QuizQuestion[]) {
  const byId = new Map(published.map((question) => [question.id, question]))
  const questions: JudgedQuestion[] = ids.map((id) => {
    const question = byId.get(id)
    if (!question) return { id, gone: true }
    const pick = chosen.get(id) ?? null
    const valid = pick !== null && pick <= question.options.length ? pick : null
    const outcome: QuizOutcome = valid === null ? 'skipped' : valid === question.correct ? 'right' : 'wrong'
    return { ...question, gone: false, chosen: valid, outcome }
  })
  const judged = questions.filter((question) => !question.gone)
  return { questions, total: judged.length, score: judged.filter((question) => question.outcome === 'right').length }
}

/** Counted results of one question: shown = in a counted quiz; byOption[i] = times option i+1 was chosen. */
export type QuestionTally = { id: string; title: string; shown: number; right: number; wrong: number; skipped: number; byOption: number[] }

/** Share of counted quizzes in which the question was not answered right (wrong or left open), 0–100. */
export const missPercent = (tally: Pick<QuestionTally, 'shown' | 'right'>): number =>
  tally.shown > 0 ? Math.round(((tally.shown - tally.right) / tally.shown) * 1000) / 10 : 0

/** The most-missed questions first (by miss share, then by how often shown); unseen questions left out. */
export function mostMissed(tallies: readonly QuestionTally[], limit: number): QuestionTally[] {
  return tallies
    .filter((tally) => tally.shown > 0)
    .toSorted((a, b) => missPercent(b) - missPercent(a) || b.shown - a.shown || a.title.localeCompare(b.title, 'zh'))
    .slice(0, limit)
}

const HOUR_MS = 60 * 60 * 1000
/** Quiz answers one client network may send per hour (QUIZ_NETWORK_HOURLY_CAP); every post counts. */
export const quizNetworkRule = (max: number) => ({ name: 'quiz-network', windowMs: HOUR_MS, max })
/** Quizzes counted per hour from everyone (QUIZ_HOURLY_CAP); beyond it the result is shown, not counted. */
export const quizCountedRule = (max: number) => ({ name: 'quiz-counted', windowMs: HOUR_MS, max })
