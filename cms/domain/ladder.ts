/**
 * The good-person five-level ladder (好人五级评选): 楼道（村组）→ 社区（村）→ 街道（乡镇）→ 县区 → 市级.
 * A nominee enters at its nominating channel's entry level (CHANNEL_ENTRY, with the reason), then
 * climbs one level at a time; pure rules, no storage.
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

/** Labels of the nominating channels. */
export const NOMINATION_CHANNELS: Record<NominationChannel, { zh: string; en: string }> = {
  residents: { zh: '群众推荐', en: 'Residents' },
  workplace: { zh: '单位推荐', en: 'Workplaces' },
  organisation: { zh: '群团组织推荐', en: 'Mass organisations' },
  school: { zh: '学校推荐', en: 'Schools' },
  media: { zh: '媒体推荐', en: 'Media' },
  internet: { zh: '网络推荐', en: 'Internet' },
}

/** Where a channel's nominations enter the ladder, and why (recorded on the nominee's promotion history). */
export type ChannelEntry = { level: LadderLevel; reason: { zh: string; en: string } }

/**
 * The one table of entry levels. Seed 002 names the six channels and the five levels and says the
 * selection starts from the grassroots (从基层开展好人评选); it does not map channels to levels, so
 * this mapping is the office's rule: every channel that has a grassroots nominator enters at 楼道 or
 * 社区, and only the two channels without one (media, internet) enter at 县区, where the district
 * office verifies the deeds first. No nominee enters anywhere else, admins included.
 */
export const CHANNEL_ENTRY: Record<NominationChannel, ChannelEntry> = {
  residents: {
    level: 'building',
    reason: {
      zh: '群众推荐从楼道（村组）起评：邻里最了解被推荐人的事迹',
      en: 'Residents nominate in their building or village group, where neighbours know the deeds',
    },
  },
  workplace: {
    level: 'community',
    reason: {
      zh: '单位推荐从社区（村）起评：单位不属于某个楼道，由所在社区（村）受理',
      en: 'Workplaces belong to no building; their community takes the nomination',
    },
  },
  organisation: {
    level: 'community',
    reason: {
      zh: '群团组织推荐从社区（村）起评：由社区（村）一级的工会、共青团、妇联等基层组织提出',
      en: 'Mass organisations nominate through their community-level branches',
    },
  },
  school: {
    level: 'community',
    reason: {
      zh: '学校推荐从社区（村）起评：学校不属于某个楼道，由所在社区（村）受理',
      en: 'Schools belong to no building; their community takes the nomination',
    },
  },
  media: {
    level: 'district',
    reason: {
      zh: '媒体推荐从县区起评：媒体报道不来自某个楼道或社区，没有基层推荐人，由县区文明办核实事迹后参评',
      en: 'Media nominations have no grassroots nominator; the district office verifies the deeds first',
    },
  },
  internet: {
    level: 'district',
    reason: {
      zh: '网络推荐从县区起评：网络民众推荐没有基层推荐人，由县区文明办核实身份和事迹后参评',
      en: 'Internet nominations have no grassroots nominator; the district office verifies who and what first',
    },
  },
}

/** Each channel's entry level (from CHANNEL_ENTRY). */
export const CHANNEL_ENTRY_LEVEL = Object.fromEntries(
  Object.entries(CHANNEL_ENTRY).map(([channel, entry]) => [channel, entry.level]),
) as Record<NominationChannel, LadderLevel>

/** The entry level of a channel; the bottom of the ladder for an unknown channel. */
export const entryLevel = (channel: unknown): LadderLevel => CHANNEL_ENTRY[channel as NominationChannel]?.level ?? LADDER[0]

/** Why a channel enters where it does (null for an unknown channel). */
export const entryReason = (channel: unknown): string | null => CHANNEL_ENTRY[channel as NominationChannel]?.reason.zh ?? null

/** The lower of two levels (an entry level never above the level finally reached). */
export const lowerLevel = (a: LadderLevel, b: LadderLevel): LadderLevel => (LADDER.indexOf(a) <= LADDER.indexOf(b) ? a : b)

/** The verdict on a level change: the levels newly reached, or why it is refused. */
export type PromotionVerdict = { ok: true; steps: LadderLevel[] } | { ok: false; message: string }

const zh = (level: LadderLevel): string => `“${LADDER_LABELS[level].zh}”`
const en = (level: LadderLevel): string => LADDER_LABELS[level].en

/** A new nominee enters at its channel's entry level only (empty = that level); anything else is refused. */
export function checkEntry(channel: unknown, to: LadderLevel | null | undefined): PromotionVerdict {
  const entry = entryLevel(channel)
  if (to === null || to === undefined || to === entry) return { ok: true, steps: [entry] }
  const name = NOMINATION_CHANNELS[channel as NominationChannel] ?? { zh: String(channel), en: String(channel) }
  return {
    ok: false,
    message:
      `新推荐人选的“当前层级”（level）只能是${zh(entry)}：${name.zh}从${zh(entry)}起评，此后逐级推选；请选${zh(entry)}或留空 / ` +
      `A new nominee's level must be ${en(entry)}: ${name.en} nominations enter there, then rise one level at a time`,
  }
}

/**
 * Checks a move of an existing nominee from `from` to `to`: one level up at a time, never down
 * (a new nominee is checked by checkEntry).
 */
export function checkPromotion(from: LadderLevel, to: LadderLevel): PromotionVerdict {
  const target = LADDER.indexOf(to)
  if (target < 0) return { ok: false, message: `层级“${String(to)}”不存在 / Unknown level "${String(to)}"` }
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
