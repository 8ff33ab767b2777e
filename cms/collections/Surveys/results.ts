/**
 * A survey's results, exact at every read: the stored tally runs (survey-tallies, each the counts of
 * responses (after, through] by id) chained from 0, plus the responses after the last run, added up
 * now. When FOLD_AT or more responses are outside any run, they are stored as the next run; the
 * unique (survey, after) key lets only one process store it (a loser simply adds them up again next
 * time), so no answer is lost or counted twice. Each answer costs one row insert; no counter row is
 * ever updated under load. Response ids grow with insertion order on SQLite (one writer, each insert
 * its own commit); a database whose ids are not numbers only adds up (no runs).
 */
import type { Payload } from 'payload'
import { idOf } from '../../domain/ids.ts'
import {
  type Answer,
  addResponses,
  emptyTally,
  FOLD_AT,
  mergeTallies,
  type SurveyQuestion,
  type Tally,
} from '../../domain/surveys/index.ts'
import { slugs } from '../../slugs.ts'

type Run = { after: number; through: number; counts: Tally }

async function chain(payload: Payload, survey: number | string): Promise<{ runs: Run[]; through: number }> {
  const { docs } = await payload.find({
    collection: slugs.surveyTallies,
    where: { survey: { equals: survey } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { after: true, through: true, counts: true },
  })
  const byAfter = new Map(docs.map((doc) => [Number(doc.after), doc as unknown as Run]))
  const runs: Run[] = []
  let through = 0
  for (let run = byAfter.get(through); run; run = byAfter.get(through)) {
    runs.push(run)
    through = Number(run.through)
  }
  return { runs, through }
}

export type SurveyResults = { tally: Tally; responses: number }

export async function surveyResults(
  payload: Payload,
  survey: number | string,
  questions: readonly SurveyQuestion[],
): Promise<SurveyResults> {
  const { runs, through } = await chain(payload, survey)
  const { docs } = await payload.find({
    collection: slugs.surveyResponses,
    where: { and: [{ survey: { equals: survey } }, ...(through > 0 ? [{ id: { greater_than: through } }] : [])] },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { answers: true, district: true },
  })
  const recent = docs.map((doc) => ({
    answers: doc.answers as Answer[],
    district: idOf(doc.district) === null ? null : String(idOf(doc.district)),
  }))
  const rest = addResponses(emptyTally(questions), questions, recent)
  const last = docs.at(-1)?.id
  if (docs.length >= FOLD_AT && typeof last === 'number') {
    await payload
      .create({
        collection: slugs.surveyTallies,
        data: { survey, after: through, through: last, counts: rest } as never,
        overrideAccess: true,
        disableTransaction: true,
        depth: 0,
      })
      .catch(() => undefined) // another process stored this run first: the next read follows its run
  }
  const tally = mergeTallies(questions, ...runs.map((run) => run.counts), rest)
  return { tally, responses: tally.all.responses }
}
