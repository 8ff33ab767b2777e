/**
 * The rules of writing survey responses in batches (a group commit, README "Performance"): which
 * response of a batch takes which slot of its network's daily cap, and what a repeated browser in
 * the same batch is told. The database stays the judge: a planned slot is only a guess that its
 * unique index confirms or refuses (then the response is planned again). Pure.
 */

/** What became of one response: stored, the browser had already answered, or its network is full for today. */
export type BatchOutcome = 'stored' | 'duplicate' | 'full'

/** Collected for a few ms or up to this many responses, then written with one statement. */
export const SURVEY_BATCH_MAX_ROWS = 100
export const SURVEY_BATCH_WAIT_MS = 3
/** Rounds of planning again after another process took a planned slot, before the batch gives up (503). */
export const SURVEY_BATCH_MAX_ROUNDS = 5

/** The unique slot key of a response: slot n of this network's digest for the day, per survey. */
export const netSlotOf = (survey: number | string, network: string, slot: number): string => `${survey}|${network}|${slot}`

/** The slot number of a stored `netSlot`, or null when it is not one. */
export function slotNumber(netSlot: string): number | null {
  const match = /\|(\d+)$/.exec(netSlot)
  return match ? Number(match[1]) : null
}

/** The groups a cap counts per: one network's responses to one survey. */
export const capGroup = (survey: number | string, network: string): string => `${survey}|${network}`

/**
 * The index of the first response of each browser key in the batch, and for every later one the
 * index of that first: a browser answers once even when it posts twice into one batch.
 */
export function firstOfEachKey(keys: readonly string[]): { firsts: number[]; followerOf: Map<number, number> } {
  const seen = new Map<string, number>()
  const firsts: number[] = []
  const followerOf = new Map<number, number>()
  keys.forEach((key, index) => {
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, index)
      firsts.push(index)
    } else followerOf.set(index, first)
  })
  return { firsts, followerOf }
}

/** A later post of a browser in the same batch: refused as a duplicate when its first was stored, else told the same. */
export const followerOutcome = (first: BatchOutcome): BatchOutcome => (first === 'stored' ? 'duplicate' : first)

/**
 * Slots for responses in batch order: per cap group the lowest free slots below `cap` (`taken`: the
 * slots stored already, by group); null for a response whose network has none left today.
 */
export function planSlots(
  groups: readonly string[],
  taken: ReadonlyMap<string, { has: (slot: number) => boolean }>,
  cap: number,
): (number | null)[] {
  const next = new Map<string, number>()
  return groups.map((group) => {
    const used = taken.get(group)
    let slot = next.get(group) ?? 0
    while (slot < cap && used?.has(slot)) slot++
    next.set(group, slot + 1)
    return slot < cap ? slot : null
  })
}
