import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { isInLiaisonScope, liaisonUnit } from '../../../access/unitScope.ts'
import { idOf } from '../../../domain/ids.ts'
import { checkPromotion, entryLevel, type LadderLevel } from '../../../domain/ladder.ts'
import { slugs } from '../../../slugs.ts'

type Promotion = { level: string; by?: unknown; at: string }

/**
 * The five-level ladder: a nominee enters at the level the editors chose (default: its channel's
 * entry level) and then climbs one level at a time; the entry and each promotion are recorded with
 * who and when. The history is the server's: whatever the request sent for it is ignored. A liaison
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
  const to = (data.level ?? from ?? entryLevel(data.channel ?? originalDoc?.channel)) as LadderLevel
  const verdict = checkPromotion(from, to)
  if (!verdict.ok) errors.push({ path: 'level', message: verdict.message })
  if (errors.length > 0) throw new ValidationError({ collection: slugs.goodPeople, errors }, req.t)
  const history: Promotion[] = [...((originalDoc?.promotions as Promotion[] | undefined) ?? [])]
  if (verdict.ok) for (const level of verdict.steps) history.push({ level, by: req.user?.id ?? null, at: new Date().toISOString() })
  data.level = to
  data.promotions = history.map(({ level, by, at }) => ({ level, by: idOf(by) ?? null, at }))
  return data
}
