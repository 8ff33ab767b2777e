import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { isInLiaisonScope, liaisonUnit } from '../../../access/unitScope.ts'
import { idOf } from '../../../domain/ids.ts'
import { checkEntry, checkPromotion, entryLevel, entryReason, type LadderLevel } from '../../../domain/ladder.ts'
import { slugs } from '../../../slugs.ts'

type Promotion = { level: string; by?: unknown; at: string; reason?: string | null }

/**
 * The five-level ladder: a nominee enters at its channel's entry level (cms/domain/ladder.ts
 * CHANNEL_ENTRY; any other level is refused, for admins and the seed too) and then climbs one level
 * at a time; the entry (with the channel's reason) and each promotion are recorded with who and when. The history is the server's: whatever the request sent for it is ignored. A liaison
 * nominates only for their own unit and the units below it (and cannot touch the level: see refuseLiaisonLevel).
 */
export const recordPromotion: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const errors: { path: string; message: string }[] = []
  const unit = idOf(data.unit ?? originalDoc?.unit)
  if (liaisonUnit(req.user) !== undefined && !(await isInLiaisonScope(req, unit))) {
    errors.push({
      path: 'unit',
      message: '联络员只能推荐本单位及下属单位的人选。 / Liaisons nominate only for their own unit and the units below it.',
    })
  }
  const from = (originalDoc?.level ?? undefined) as LadderLevel | undefined
  const channel = data.channel ?? originalDoc?.channel
  const to = (data.level ?? from ?? entryLevel(channel)) as LadderLevel
  const verdict = from === undefined ? checkEntry(channel, to) : checkPromotion(from, to)
  if (!verdict.ok) errors.push({ path: 'level', message: verdict.message })
  if (errors.length > 0) throw new ValidationError({ collection: slugs.goodPeople, errors }, req.t)
  const history: Promotion[] = [...((originalDoc?.promotions as Promotion[] | undefined) ?? [])]
  const reason = from === undefined ? entryReason(channel) : null
  if (verdict.ok) for (const level of verdict.steps) history.push({ level, by: req.user?.id ?? null, at: new Date().toISOString(), reason })
  data.level = to
  data.promotions = history.map(({ level, by, at, reason }) => ({ level, by: idOf(by) ?? null, at, reason: reason ?? null }))
  return data
}
