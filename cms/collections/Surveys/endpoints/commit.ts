/**
 * Survey responses written in batches (README "Performance"): each process collects the answers
 * arriving within a few ms (cms/groupCommit.ts) and writes them with ONE multi-row insert that skips
 * rows a unique index refuses (cms/db.ts insertManyFast). The database stays the judge, across
 * processes: the unique browser digest refuses a browser's second response, the unique `netSlot`
 * (slot n of the network's daily digest, per survey) a response beyond the network's daily cap. Slots
 * are planned from the stored ones (cms/domain/surveys/batch.ts); a row whose planned slot another
 * process took meanwhile is planned again. A write that throws stores none of its batch.
 */
import type { Payload } from 'payload'
import { insertManyFast, valuesWhereIn } from '../../../dbFast.ts'
import {
  type Answer,
  type BatchOutcome,
  capGroup,
  firstOfEachKey,
  followerOutcome,
  netSlotOf,
  planSlots,
  SURVEY_BATCH_MAX_ROUNDS,
  SURVEY_BATCH_MAX_ROWS,
  SURVEY_BATCH_WAIT_MS,
  slotNumber,
} from '../../../domain/surveys/index.ts'
import { groupCommitPer } from '../../../groupCommit.ts'
import { slugs } from '../../../slugs.ts'

/** One checked response waiting to be written; `cap`: the network's responses per survey per day. */
export type PendingResponse = {
  survey: number | string
  browserKey: string
  network: string
  district: number | string | null
  answers: Answer[]
  cap: number
}

const TABLE = 'survey_responses'

/** The browser digests among `keys` that have a stored response. */
async function storedKeys(payload: Payload, keys: string[]): Promise<Set<string>> {
  const where = [{ column: 'browser_key', field: 'browserKey', values: keys }]
  return new Set(await valuesWhereIn(payload, slugs.surveyResponses, TABLE, { column: 'browser_key', field: 'browserKey' }, where))
}

/** The stored slots of the networks and surveys of `pending`, by cap group. */
async function takenSlots(payload: Payload, pending: PendingResponse[]): Promise<Map<string, Set<number>>> {
  const netSlots = await valuesWhereIn(payload, slugs.surveyResponses, TABLE, { column: 'net_slot', field: 'netSlot' }, [
    { column: 'network', field: 'network', values: [...new Set(pending.map((p) => p.network))] },
    { column: 'survey_id', field: 'survey', values: [...new Set(pending.map((p) => p.survey))] },
  ])
  const taken = new Map<string, Set<number>>()
  for (const netSlot of netSlots) {
    const slot = slotNumber(netSlot)
    if (slot === null) continue
    const group = netSlot.slice(0, netSlot.lastIndexOf('|'))
    taken.set(group, (taken.get(group) ?? new Set()).add(slot))
  }
  return taken
}

const rowOf = (p: PendingResponse, slot: number) => {
  const netSlot = netSlotOf(p.survey, p.network, slot)
  return {
    row: {
      survey_id: p.survey,
      browser_key: p.browserKey,
      district_id: p.district,
      answers: JSON.stringify(p.answers),
      network: p.network,
      net_slot: netSlot,
    },
    fields: { survey: p.survey, browserKey: p.browserKey, district: p.district, answers: p.answers, network: p.network, netSlot },
  }
}

/** Writes a batch; one outcome per response, in order. Throws (nothing of the batch stored) when the write fails. */
export async function writeResponses(payload: Payload, batch: PendingResponse[]): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = batch.map(() => 'full')
  const { firsts, followerOf } = firstOfEachKey(batch.map((p) => p.browserKey))
  const answered = await storedKeys(
    payload,
    firsts.map((i) => (batch[i] as PendingResponse).browserKey),
  )
  let todo = firsts.filter((i) => !answered.has((batch[i] as PendingResponse).browserKey))
  for (const i of firsts) if (answered.has((batch[i] as PendingResponse).browserKey)) outcomes[i] = 'duplicate'
  for (let round = 0; todo.length > 0; round++) {
    if (round === SURVEY_BATCH_MAX_ROUNDS) throw new Error(`survey slots still contended after ${round} rounds`)
    const pending = todo.map((i) => batch[i] as PendingResponse)
    const slots = planSlots(
      pending.map((p) => capGroup(p.survey, p.network)),
      await takenSlots(payload, pending),
      pending[0]?.cap ?? 0,
    )
    const plan = todo.flatMap((i, j) => (slots[j] === null ? [] : [{ i, slot: slots[j] as number }]))
    const planned = plan.map(({ i }) => i)
    const rows = plan.map(({ i, slot }) => rowOf(batch[i] as PendingResponse, slot))
    const stored = await insertManyFast(payload, slugs.surveyResponses, TABLE, rows, {
      column: 'browser_key',
      field: 'browserKey',
    })
    for (const i of planned) if (stored.has((batch[i] as PendingResponse).browserKey)) outcomes[i] = 'stored'
    const missed = planned.filter((i) => !stored.has((batch[i] as PendingResponse).browserKey))
    const nowAnswered = await storedKeys(
      payload,
      missed.map((i) => (batch[i] as PendingResponse).browserKey),
    )
    for (const i of missed) if (nowAnswered.has((batch[i] as PendingResponse).browserKey)) outcomes[i] = 'duplicate'
    todo = missed.filter((i) => !nowAnswered.has((batch[i] as PendingResponse).browserKey))
  }
  for (const [index, first] of followerOf) outcomes[index] = followerOutcome(outcomes[first] as BatchOutcome)
  return outcomes
}

/** Queues one checked response for this process's next batch; resolves with what became of it, rejects with BatchFailed. */
export const commitResponse: (payload: Payload, response: PendingResponse) => Promise<BatchOutcome> = groupCommitPer(
  (payload: Payload) => ({
    maxItems: SURVEY_BATCH_MAX_ROWS,
    maxWaitMs: SURVEY_BATCH_WAIT_MS,
    flush: (batch: PendingResponse[]) => writeResponses(payload, batch),
  }),
)
