/** A closed survey's public results (site/loaders/surveys.ts): counts and percentages, never text answers. */
import type { QuestionResult } from '../../../cms/domain/surveys/index.ts'

export type SurveyResultsEntry = {
  /** The survey's CMS id. */
  id: string
  responses: number
  awareness: { correct: number; answered: number; percent: number } | null
  questions: QuestionResult[]
  districts: { name: string; responses: number; percent: number; awareness: number | null }[]
}
