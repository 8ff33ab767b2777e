/**
 * What every anonymous residents' endpoint checks before the form itself: same-site only (403), and
 * its limits counted per client network in the database (429 + Retry-After), shared by every API
 * process. Also the page a refused challenge answers with.
 */
import type { PayloadRequest } from 'payload'
import { clientIp } from '../../../auth/loginThrottle.ts'
import { settingsOf } from '../../../config/fromPayload.ts'
import { sameSiteVerdict } from '../../../domain/sameSite.ts'
import { bucketOf, clientNetwork, type LimitRule } from '../../../domain/sharedLimits.ts'
import type { ChallengeRefusal } from '../../../limits/challenges.ts'
import { takeSlotSoon } from '../../../limits/slotQueue.ts'
import { releaseSlots } from '../../../limits/slotsFast.ts'
import { answer, type Block, tooMany } from './page.ts'

/** 403 for a request another site's page made the browser send; null when it may go on. */
export function refuseCrossSite(req: PayloadRequest): Response | null {
  const verdict = sameSiteVerdict(req.headers, settingsOf(req.payload).site.siteOrigin)
  if (verdict.ok) return null
  return answer(req, {
    status: 403,
    title: '请在本站页面上提交',
    blocks: [{ kind: 'p', text: verdict.message.split(' / ')[0] ?? verdict.message }],
    json: { ok: false, message: verdict.message },
  })
}

export type Taken = { ok: true; giveBack: () => Promise<void> } | { ok: false; response: Response }

/**
 * Count one event of this client's network under `rule`, or the 429 page naming `what`. The slots
 * wanted by this process's requests within a few ms are claimed in one statement (cms/limits/slotQueue.ts,
 * SQLite; other databases one by one), under the same unique index: exact across processes.
 */
export async function takeLimit(req: PayloadRequest, rule: LimitRule, what: string, now: number): Promise<Taken> {
  const network = clientNetwork(clientIp(req))
  const verdict = await takeSlotSoon(req.payload, rule, network, now)
  if (!verdict.allowed) return { ok: false, response: tooMany(req, verdict.retryAfterSeconds, what) }
  const slot = { bucket: bucketOf(req.payload.secret, rule, network, now), slot: verdict.slot }
  return { ok: true, giveBack: () => releaseSlots(req.payload, [slot]) }
}

/** A refused challenge alone: what happened in the title, what to do, and the way back to the form. */
export function challengeRefused(req: PayloadRequest, refusal: ChallengeRefusal, form: Block): Response {
  return answer(req, {
    status: 400,
    title: refusal.title,
    blocks: [{ kind: 'p', text: refusal.message }, form],
    json: { ok: false, challenge: refusal.failure, errors: [{ field: 'challengeAnswer', message: refusal.message }] },
  })
}
