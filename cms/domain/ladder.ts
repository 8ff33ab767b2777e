/**
 * The good-person five-level ladder (好人五级评选): 楼道（村组）→ 社区（村）→ 街道（乡镇）→ 县区 → 市级.
 * A nominee climbs one level at a time; pure rules, no storage.
 */

/** The ladder levels, lowest first. */
export const LADDER = ['building', 'community', 'street', 'district', 'city'] as const

/** One level of the ladder. */
export type LadderLevel = (typeof LADDER)[number]

/** Labels for each level. */
export const LADDER_LABELS: Record<LadderLevel, { zh: string; en: string }> = {
  building: { zh: '楼道（村组）', en: 'Building (village group)' },
  community: { zh: '社区（村）', en: 'Community (village)' },
  street: { zh: '街道（乡镇）', en: 'Street (township)' },
  district: { zh: '县区', en: 'County or district' },
  city: { zh: '市级', en: 'City' },
}

/** The verdict on a level change: the levels newly reached, or why it is refused. */
export type PromotionVerdict = { ok: true; steps: LadderLevel[] } | { ok: false; message: string }

const zh = (level: LadderLevel): string => `“${LADDER_LABELS[level].zh}”`
const en = (level: LadderLevel): string => LADDER_LABELS[level].en

/** Checks a move from `from` (null/undefined = new nominee) to `to`: start at the bottom, climb one level, never go down. */
export function checkPromotion(from: LadderLevel | null | undefined, to: LadderLevel): PromotionVerdict {
  const target = LADDER.indexOf(to)
  if (from === null || from === undefined) {
    if (target === 0) return { ok: true, steps: [to] }
    const first = LADDER[0]
    return {
      ok: false,
      message: `新推荐人选必须从${zh(first)}开始，不能直接评到${zh(to)} / A new nominee must start at ${en(first)}, not ${en(to)}`,
    }
  }
  const current = LADDER.indexOf(from)
  if (target === current) return { ok: true, steps: [] }
  if (target === current + 1) return { ok: true, steps: [to] }
  if (target < current) {
    return { ok: false, message: `降级不允许：不能从${zh(from)}降到${zh(to)} / Moving down is not allowed: ${en(from)} to ${en(to)}` }
  }
  const next = LADDER[current + 1]
  return {
    ok: false,
    message: `不能从${zh(from)}跳级到${zh(to)}，必须先评上${zh(next)} / Cannot skip from ${en(from)} to ${en(to)}; ${en(next)} must come first`,
  }
}
