import type { Payload, PayloadRequest } from 'payload'
import { needsProposal, proposalSummary } from '../../domain/accountabilityRecords.ts'
import { idOf } from '../../domain/ids.ts'
import type { Id } from '../../domain/tree.ts'
import { ACCOUNTABILITY_RECORDS_SLUG } from './index.ts'

/**
 * The three-strikes rule proposes a 问责记录 (status 待确认) for a flagged unit unless one is already
 * waiting or a record covers the same items; a reviewer confirms it and picks the form.
 */
export async function proposeRecord(
  payload: Payload,
  unit: Id,
  items: readonly { id: Id; title: string }[],
  now: Date,
  req?: PayloadRequest,
): Promise<void> {
  if (items.length === 0) return
  const { docs } = await payload.find({
    collection: ACCOUNTABILITY_RECORDS_SLUG,
    where: { unit: { equals: unit } },
    pagination: false,
    depth: 0,
    select: { status: true, exposures: true },
    overrideAccess: true,
    req,
  })
  const existing = docs.map((d) => ({ status: String(d.status), exposures: (d.exposures ?? []).map((e) => idOf(e) as Id) }))
  if (
    !needsProposal(
      items.map((i) => i.id),
      existing,
    )
  )
    return
  await payload.create({
    collection: ACCOUNTABILITY_RECORDS_SLUG,
    data: {
      unit: unit as number,
      date: now.toISOString(),
      form: 'interview',
      summary: proposalSummary(items.map((i) => i.title)),
      exposures: items.map((i) => i.id as number),
    },
    overrideAccess: true,
    req,
    context: { accountabilityRule: true, skipRebuild: true },
  })
}
