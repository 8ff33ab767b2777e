import type { Payload, PayloadRequest } from 'payload'
import { ACCOUNTABILITY_FORMS } from '../../domain/accountabilityRecords.ts'
import { chinaDay } from '../../domain/dates.ts'
import { type Id, idOf } from '../../domain/ids.ts'
import { proposalReason, titlesToPropose } from '../../domain/titles.ts'
import { slugs } from '../../slugs.ts'

type Record = { id: Id; unit: unknown; date?: string | null; form?: string | null; summary?: string | null; status?: string | null }

/**
 * A confirmed 问责 record proposes revoking each title its unit holds (published, not revoked), once
 * per title and record: 摘牌提议 for a reviewer, never a removal (cms/domain/titles.ts).
 */
export async function proposeRevocations(payload: Payload, record: Record, req?: PayloadRequest): Promise<number> {
  const unit = idOf(record.unit)
  if (record.status !== 'confirmed' || unit === null) return 0
  const { docs: titles } = await payload.find({
    collection: slugs.civilityTitles,
    where: { and: [{ unit: { equals: unit } }, { _status: { equals: 'published' } }] },
    pagination: false,
    depth: 0,
    select: { holder: true, revocation: true, level: true, category: true, year: true },
    overrideAccess: true,
    req,
  })
  if (titles.length === 0) return 0
  const { docs: existing } = await payload.find({
    collection: slugs.titleRevocations,
    where: { record: { equals: record.id } },
    pagination: false,
    depth: 0,
    select: { title: true, record: true },
    overrideAccess: true,
    req,
  })
  const wanted = titlesToPropose(
    titles.map((title) => ({ id: title.id, revoked: Boolean(title.revocation?.date) })),
    record.id,
    existing.map((row) => ({ title: idOf(row.title) as Id, record: idOf(row.record) as Id })),
  )
  const unitDoc = await payload.findByID({ collection: slugs.units, id: unit, depth: 0, overrideAccess: true, req })
  const form = ACCOUNTABILITY_FORMS[record.form as keyof typeof ACCOUNTABILITY_FORMS]?.zh ?? String(record.form ?? '')
  const date = chinaDay(record.date ?? new Date()) ?? ''
  for (const id of wanted) {
    const title = titles.find((candidate) => candidate.id === id)
    await payload.create({
      collection: slugs.titleRevocations,
      data: {
        title: id,
        record: record.id,
        summary: `摘牌提议：${String(title?.holder ?? '')}（${title?.year ?? ''}年度）`.slice(0, 60),
        reason: proposalReason({ unit: String(unitDoc.name), form, date, summary: String(record.summary ?? '') }),
      } as never,
      overrideAccess: true,
      req,
    })
  }
  return wanted.length
}
