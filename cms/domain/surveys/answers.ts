/**
 * Reading a resident's answers from the survey form (fields `q<n>` for single choice, scale and text,
 * `q<n>o<m>` for each ticked multiple-choice option, `district`), with every problem named in
 * Chinese by its question number. Option values come from the survey only: anything else is refused,
 * never stored. Pure.
 */
import { type Answer, type District, SURVEY_LIMITS, type SurveyQuestion } from './model.ts'

export type FieldError = { field: string; message: string }
export type Parsed = { answers: Answer[]; district: string | null }

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters (except line breaks) are what is refused
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/
const QUESTION_FIELD = /^q(\d{1,2})(?:o(\d{1,2}))?$/

const name = (index: number, question: SurveyQuestion) => `第 ${index + 1} 题“${question.prompt}”`

function one(question: SurveyQuestion, index: number, fields: Readonly<Record<string, string>>): Answer | FieldError {
  const field = `q${index}`
  const raw = (fields[field] ?? '').trim()
  const error = (message: string): FieldError => ({ field, message: `${name(index, question)}：${message}` })
  if (question.kind === 'multiple') {
    const count = question.options?.length ?? 0
    const picked = Array.from({ length: count }, (_, option) => option).filter((option) => fields[`q${index}o${option}`] !== undefined)
    if (picked.length === 0) return question.required ? error('请至少选择一项。') : null
    return picked
  }
  if (raw === '') return question.required ? error(question.kind === 'text' ? '请填写。' : '请选择一项。') : null
  if (question.kind === 'text') {
    if ([...raw].length > SURVEY_LIMITS.textMax) return error(`最多 ${SURVEY_LIMITS.textMax} 个字。`)
    if (CONTROL.test(raw)) return error('含有不能保存的控制字符。')
    return raw
  }
  const value = /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN
  if (question.kind === 'scale')
    return value >= SURVEY_LIMITS.scaleMin && value <= SURVEY_LIMITS.scaleMax ? value : error('请选择 1 到 5 分中的一个。')
  return value < (question.options?.length ?? 0) ? value : error('所选的选项不属于这份问卷，请从页面上的选项中选择。')
}

/** Fields that look like answers but name no question or option of this survey. */
function strangers(questions: readonly SurveyQuestion[], fields: Readonly<Record<string, string>>): FieldError[] {
  return Object.keys(fields).flatMap((key) => {
    const match = QUESTION_FIELD.exec(key)
    if (!match && !/^q/.test(key)) return []
    const question = match ? questions[Number(match[1])] : undefined
    const option = match?.[2]
    const fits =
      question &&
      (option === undefined
        ? question.kind !== 'multiple'
        : question.kind === 'multiple' && Number(option) < (question.options?.length ?? 0))
    return fits ? [] : [{ field: key, message: '提交了不属于这份问卷的题目或选项，请从网站的问卷页面填写。' }]
  })
}

/** The answers of a form, or every problem; `districts` when the survey asks the respondent's district. */
export function parseAnswers(
  questions: readonly SurveyQuestion[],
  fields: Readonly<Record<string, string>>,
  districts: readonly District[] | null,
): { ok: true; value: Parsed } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = strangers(questions, fields)
  const answers: Answer[] = []
  questions.forEach((question, index) => {
    const answer = one(question, index, fields)
    if (answer !== null && typeof answer === 'object' && !Array.isArray(answer)) errors.push(answer)
    else answers.push(answer)
  })
  let district: string | null = null
  if (districts) {
    const raw = (fields.district ?? '').trim()
    if (!raw) errors.push({ field: 'district', message: '所在区县：请选择。' })
    else if (!districts.some((item) => item.id === raw)) errors.push({ field: 'district', message: '所在区县：请从列表中选择。' })
    else district = raw
  }
  if (answers.every((answer) => answer === null) && errors.length === 0) errors.push({ field: 'form', message: '您还没有回答任何题目。' })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { answers, district } }
}

/**
 * The fields of a parsed answer again (for the no-JavaScript confirmation page, which carries the
 * answers back as hidden fields so nothing typed is lost).
 */
export function answerFields(parsed: Parsed): [string, string][] {
  const fields: [string, string][] = parsed.answers.flatMap((answer, index): [string, string][] => {
    if (answer === null) return []
    if (Array.isArray(answer)) return answer.map((option) => [`q${index}o${option}`, '1'])
    return [[`q${index}`, String(answer)]]
  })
  return parsed.district ? [...fields, ['district', parsed.district]] : fields
}
