/**
 * 问卷调查 from the CMS: the published surveys (explicit fields; correct answers are staff-only and
 * never read here), and the public results of the surveys that closed with 公开结果 ticked — counts
 * and percentages only (short-text answers never leave the CMS). The results are the CMS's own exact
 * sum (cms/collections/Surveys/results.ts), re-read on every build.
 */
import type { Loader } from 'astro/loaders'
import { surveyResults } from '../../cms/collections/Surveys/results.ts'
import { overallAwareness, percent, questionResults, type SurveyQuestion } from '../../cms/domain/surveys/index.ts'
import { slugs } from '../../cms/slugs.ts'
import type * as E from '../lib/entries.ts'
import type { SurveyResultsEntry } from '../lib/surveys/results.ts'
import { cms, payloadLoader } from './payload.ts'
import { feedFields, optional, rows, str } from './refs.ts'

const KINDS = ['single', 'multiple', 'scale', 'text'] as const
const kindOf = (value: unknown) => KINDS.find((kind) => kind === value) ?? 'text'

export const surveysLoader = payloadLoader<E.SurveyEntry>(slugs.surveys, (doc) => ({
  id: str(doc.slug),
  cmsId: str(doc.id),
  updatedAt: str(doc.updatedAt),
  ...feedFields(doc),
  title: str(doc.title),
  intro: optional(doc.intro),
  opensAt: str(doc.opensAt),
  closesAt: str(doc.closesAt),
  askDistrict: Boolean(doc.askDistrict),
  publicResults: Boolean(doc.publicResults),
  questions: rows(doc.questions).map((question) => ({
    prompt: str(question.prompt),
    kind: kindOf(question.kind),
    required: Boolean(question.required),
    options: rows(question.options).map((option) => str(option.label)),
  })),
}))

/** Per closed survey with public results (keyed by its CMS id). */
export const surveyResultsLoader: Loader = {
  name: 'payload:survey-results',
  load: async ({ store, parseData }) => {
    const payload = await cms()
    const now = new Date().toISOString()
    const { docs } = await payload.find({
      collection: slugs.surveys,
      where: { and: [{ _status: { equals: 'published' } }, { publicResults: { equals: true } }, { closesAt: { less_than_equal: now } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const units = await payload.find({
      collection: slugs.units,
      where: { kind: { equals: 'district' } },
      pagination: false,
      depth: 0,
      select: { name: true },
    })
    store.clear()
    for (const doc of docs) {
      const questions = (doc.questions ?? []) as SurveyQuestion[]
      const { tally, responses } = await surveyResults(payload, doc.id, questions)
      const districts = doc.askDistrict
        ? units.docs.map((unit) => {
            const part = tally.districts[String(unit.id)]
            const count = part?.responses ?? 0
            return {
              name: String(unit.name),
              responses: count,
              percent: percent(count, responses),
              awareness: part ? (overallAwareness(questions, part)?.percent ?? null) : null,
            }
          })
        : []
      const entry: SurveyResultsEntry = {
        id: String(doc.id),
        responses,
        awareness: overallAwareness(questions, tally.all),
        questions: questionResults(questions, tally.all),
        districts,
      }
      store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }) })
    }
  },
}
