/**
 * Record one 点赞 of a browser holding a signed id (README "Security"): the network's daily cap first,
 * then the unique (nominee, day, browser) key decides. SQLite and PostgreSQL: in this process's next
 * batch (./endorseCommit.ts). MongoDB: one at a time through Payload (takeSlot, create, giveBack).
 */
import type { PayloadRequest } from 'payload'
import { chinaDay } from '../../../domain/dates.ts'
import type { VoteOutcome } from '../../../domain/endorseBatch.ts'
import { type BrowserId, type Burst, burstFields, chinaDayClock, ipDigest } from '../../../domain/endorsements.ts'
import { memoDigest } from '../../../limits/digestMemo.ts'
import { giveBack, type LimitRule, takeSlot } from '../../../limits/sharedLimits.ts'
import { slugs } from '../../../slugs.ts'
import { type LiteRequest, networkOf } from './browserId.ts'
import { commitVote, slotClaim } from './endorseCommit.ts'

const HOUR = 60 * 60 * 1000

const count = async (req: Pick<PayloadRequest, 'payload'>, where: Record<string, unknown>): Promise<number> =>
  (await req.payload.count({ collection: slugs.endorsements, where: where as never, overrideAccess: true })).totalDocs

export const endorsementCount = (req: Pick<PayloadRequest, 'payload'>, nominee: number | string): Promise<number> =>
  count(req, { nominee: { equals: nominee } })

async function burstBefore(req: Pick<PayloadRequest, 'payload'>, nominee: number | string, now: Date): Promise<Burst> {
  const hourAgo = new Date(now.getTime() - HOUR).toISOString()
  const weekAgo = new Date(now.getTime() - 7 * 24 * HOUR).toISOString()
  const [lastHour, previousWeek] = await Promise.all([
    count(req, { and: [{ nominee: { equals: nominee } }, { createdAt: { greater_than: hourAgo } }] }),
    count(req, {
      and: [{ nominee: { equals: nominee } }, { createdAt: { greater_than: weekAgo } }, { createdAt: { less_than_equal: hourAgo } }],
    }),
  ])
  return { lastHour, previousWeek }
}

/**
 * Counts the vote, or says why not; throws BatchFailed (nothing stored) when its batch could not be
 * written. `idRule`: the browser is new (issued in this request): its id's slot under that rule is
 * claimed with the vote, first — no id slot, no vote ('no-id').
 */
export async function recordVote(
  req: LiteRequest,
  nominee: number | string,
  browser: BrowserId,
  rule: LimitRule,
  now: Date,
  idRule?: LimitRule,
): Promise<VoteOutcome> {
  const clock = chinaDayClock(now.getTime())
  const network = networkOf(req)
  const day = chinaDay(now) as string
  const { secret } = req.payload
  // The digests are HMACs of the network: once per process, network and day.
  const ipHash = memoDigest(`ip|${secret}|${day}|${network}`, () => ipDigest(secret, network, day))
  if (req.payload.db.name === 'sqlite' || req.payload.db.name === 'postgres') {
    const slot = slotClaim(secret, rule, network, clock)
    const idClaim = idRule && slotClaim(secret, idRule, network, clock)
    return commitVote(req.payload, { nominee, day, browser: browser.id, ipHash, slot, ...(idClaim && { idClaim }) })
  }
  if (idRule && !(await takeSlot(req.payload, idRule, network, clock)).allowed) return { kind: 'no-id' }
  const slot = await takeSlot(req.payload, rule, network, clock)
  if (!slot.allowed) return { kind: 'full' }
  const key = { nominee, day, browser: browser.id }
  try {
    const burst = burstFields(await burstBefore(req, nominee, now))
    await req.payload.create({
      collection: slugs.endorsements,
      data: { ...key, ipHash, ...burst } as never,
      overrideAccess: true,
      disableTransaction: true,
      depth: 0,
    })
  } catch (error) {
    // Not counted after all: the slot goes back to the network.
    await giveBack(req.payload, rule, network, slot.slot, clock)
    const already = await count(req, {
      and: [{ nominee: { equals: nominee } }, { day: { equals: day } }, { browser: { equals: key.browser } }],
    })
    if (already === 0) throw error
    return { kind: 'duplicate', count: await endorsementCount(req, nominee) }
  }
  return { kind: 'stored', count: await endorsementCount(req, nominee) }
}
