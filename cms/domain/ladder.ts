/**
 * The good-person five-level ladder (好人五级评选): 楼道（村组）→ 社区（村）→ 街道（乡镇）→ 县区 → 市级.
 * A nominee enters at the level its nominating channel suggests or the editors decide, then climbs
 * one level at a time; pure rules, no storage.
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

/** The six nominating channels (seed 002: 家庭居民、单位职工、群团系统、学校师生、主流媒体、网络民众). */
export type NominationChannel = 'residents' | 'workplace' | 'organisation' | 'school' | 'media' | 'internet'

/**
 * Where a nomination enters when the editors do not choose otherwise: residents nominate in their
 * building or village group; workplaces and schools through their community; mass organisations at
 * street level; media and the internet reach the whole county or district. Editors may set any entry level.
 */
export const CHANNEL_ENTRY_LEVEL: Record<NominationChannel, LadderLevel> = {
  residents: 'building',
  workplace: 'community',
  school: 'community',
  organisation: 'street',
  media: 'district',
  internet: 'district',
}

/** The default entry level of a channel; the bottom of the ladder for an unknown channel. */
export const entryLevel = (channel: unknown): LadderLevel => CHANNEL_ENTRY_LEVEL[channel as NominationChannel] ?? LADDER[0]

/** The lower of two levels (an entry level never above the level finally reached). */
export const lowerLevel = (a: LadderLevel, b: LadderLevel): LadderLevel => (LADDER.indexOf(a) <= LADDER.indexOf(b) ? a : b)

/** The verdict on a level change: the levels newly reached, or why it is refused. */
export type PromotionVerdict = { ok: true; steps: LadderLevel[] } | { ok: false; message: string }

const zh = (level: LadderLevel): string => `“${LADDER_LABELS[level].zh}”`
const en = (level: LadderLevel): string => LADDER_LABELS[level].en

/**
 * Checks a move from `from` (null/undefined = new nominee) to `to`: a new nominee enters at any level
 * (who may choose it is an access question), then climbs one level at a time and never goes down.
 */
export function checkPromotion(from: LadderLevel | null | undefined, to: LadderLevel): PromotionVerdict {
  const target = LADDER.indexOf(to)
  if (target < 0) return { ok: false, message: `层级“${String(to)}”不存在 / Unknown level "${String(to)}"` }
  if (from === null || from === undefined) return { ok: true, steps: [to] }
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
