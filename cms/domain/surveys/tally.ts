/**
 * The results of a survey as counts: per question how many answered, how many picked each option (a
 * scale's five scores are its options), how many answered correctly (知晓率), for all respondents and
 * per district. Tallies add up: a stored chunk of responses plus the responses after it is the whole
 * (cms/collections/Surveys/results.ts). Pure; never mutates its inputs.
 */
import { type Answer, isCorrect, SURVEY_LIMITS, type SurveyQuestion } from './model.ts'

export type QuestionTally = { answered: number; options: number[]; correct: number }
export type Part = { responses: number; questions: QuestionTally[] }
export type Tally = { all: Part; districts: Record<string, Part> }
export type StoredResponse = { answers: Answer[]; district?: string | null }

const width = (question: SurveyQuestion): number =>
  question.kind === 'scale' ? SURVEY_LIMITS.scaleMax : question.kind === 'text' ? 0 : (question.options?.length ?? 0)

export const emptyPart = (questions: readonly SurveyQuestion[]): Part => ({
  responses: 0,
  questions: questions.map((question) => ({ answered: 0, options: Array.from({ length: width(question) }, () => 0), correct: 0 })),
})

export const emptyTally = (questions: readonly SurveyQuestion[]): Tally => ({ all: emptyPart(questions), districts: {} })

function addTo(part: Part, questions: readonly SurveyQuestion[], answers: readonly Answer[]): Part {
  return {
    responses: part.responses + 1,
    questions: part.questions.map((tally, index) => {
      const question = questions[index] as SurveyQuestion
      const answer = answers[index] ?? null
      if (answer === null) return tally
      const picked =
        typeof answer === 'string'
          ? []
          : (Array.isArray(answer) ? answer : [answer]).map((value) => (question.kind === 'scale' ? value - 1 : value))
      return {
        answered: tally.answered + 1,
        options: tally.options.map((count, option) => count + (picked.includes(option) ? 1 : 0)),
        correct: tally.correct + (isCorrect(question, answer) ? 1 : 0),
      }
    }),
  }
}

/** The tally with these responses added. */
export function addResponses(tally: Tally, questions: readonly SurveyQuestion[], responses: readonly StoredResponse[]): Tally {
  let all = tally.all
  const districts = { ...tally.districts }
  for (const response of responses) {
    all = addTo(all, questions, response.answers)
    if (response.district)
      districts[response.district] = addTo(districts[response.district] ?? emptyPart(questions), questions, response.answers)
  }
  return { all, districts }
}

function mergeParts(a: Part, b: Part): Part {
  return {
    responses: a.responses + b.responses,
    questions: a.questions.map((tally, index) => {
      const other = b.questions[index]
      if (!other) return tally
      return {
        answered: tally.answered + other.answered,
        options: tally.options.map((count, option) => count + (other.options[option] ?? 0)),
        correct: tally.correct + other.correct,
      }
    }),
  }
}

/** Two tallies of disjoint responses as one. */
export function mergeTallies(questions: readonly SurveyQuestion[], ...tallies: readonly Tally[]): Tally {
  return tallies.reduce<Tally>((sum, tally) => {
    const districts = { ...sum.districts }
    for (const [id, part] of Object.entries(tally.districts)) districts[id] = mergeParts(districts[id] ?? emptyPart(questions), part)
    return { all: mergeParts(sum.all, tally.all), districts }
  }, emptyTally(questions))
}
