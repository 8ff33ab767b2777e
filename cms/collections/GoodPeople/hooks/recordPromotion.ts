import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { liaisonUnit } from '../../../access/index.ts'
import { idOf } from '../../../domain/ids.ts'
import { checkPromotion, type LadderLevel } from '../../../domain/ladder.ts'
import { slugs } from '../../../slugs.ts'

type Promotion = { level: string; by?: unknown; at: string }

/**
 * The five-level ladder: a nominee starts at 楼道（村组） and climbs one level at a time; each
 * promotion is recorded with who and when. A liaison nominates only for their own unit.
 */
export const recordPromotion: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const errors: { path: string; message: string }[] = []
  const ownUnit = liaisonUnit(req.user)
  const unit = idOf(data.unit ?? originalDoc?.unit)
  if (ownUnit !== undefined && String(unit) !== String(ownUnit)) {
    errors.push({ path: 'unit', message: '联络员只能推荐本单位的人选。 / Liaisons nominate only for their own unit.' })
  }
  const from = originalDoc?.level as LadderLevel | undefined
  const to = (data.level ?? from ?? 'building') as LadderLevel
  const verdict = checkPromotion(from, to)
  if (!verdict.ok) errors.push({ path: 'level', message: verdict.message })
  if (errors.length > 0) throw new ValidationError({ collection: slugs.goodPeople, errors }, req.t)
  const history: Promotion[] = [...((originalDoc?.promotions as Promotion[] | undefined) ?? [])]
  if (verdict.ok) for (const level of verdict.steps) history.push({ level, by: req.user?.id ?? null, at: new Date().toISOString() })
  data.level = to
  data.promotions = history.map(({ level, by, at }) => ({ level, by: idOf(by) ?? null, at }))
  return data
}
