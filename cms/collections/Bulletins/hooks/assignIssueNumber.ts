import type { CollectionBeforeChangeHook, Payload } from 'payload'
import { formatIssue, issueYear, nextIssueNumber } from '../../../domain/numbering.ts'
import { slugs } from '../../../slugs.ts'

const MAX_ATTEMPTS = 20

/** Claim the next free number of a series and year; a lost race on the unique index retries. */
export async function claimIssueNumber(payload: Payload, series: string, year: number, bulletin?: number | string): Promise<number> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const claimed = await payload.find({
      collection: slugs.issueClaims,
      where: { and: [{ series: { equals: series } }, { year: { equals: year } }] },
      sort: '-number',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const number = nextIssueNumber(claimed.docs.map((claim) => claim.number))
    try {
      await payload.create({
        collection: slugs.issueClaims,
        data: { series, year, number, bulletin: bulletin as number | undefined },
        overrideAccess: true,
      })
      return number
    } catch {
      // Another save took this number first: look again.
    }
  }
  throw new Error(`无法分配期号（${series} ${year}）/ could not assign an issue number`)
}

/** A bulletin gets its 第N期 number the first time it is published, and keeps it for good. */
export const assignIssueNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const number = data.issueNumber ?? originalDoc?.issueNumber
  if (data._status !== 'published' || number) return data
  const series = String(data.series ?? originalDoc?.series)
  const year = issueYear(String(data.date ?? originalDoc?.date))
  data.issueNumber = await claimIssueNumber(req.payload, series, year, originalDoc?.id)
  data.issueYear = year
  data.issueLabel = formatIssue(year, data.issueNumber)
  return data
}
