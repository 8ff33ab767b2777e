/**
 * Which draft-preview output folders to delete. Pure: the folder list and the clock come in.
 * A folder goes when it is older than `maxAgeMs`, or when newer folders already fill the `keep`
 * slots. Protected folders (the preview being built or served right now) always stay and take a slot.
 */
export type PreviewFolder = { name: string; modifiedMs: number }
export type PruneRule = { now: number; maxAgeMs: number; keep: number; protect: readonly string[] }

export const PREVIEW_MAX_AGE_MS = 30 * 60 * 1000
export const PREVIEW_KEEP = 5

export function foldersToPrune(folders: readonly PreviewFolder[], rule: PruneRule): string[] {
  const protectedCount = folders.filter((folder) => rule.protect.includes(folder.name)).length
  const freeSlots = Math.max(0, rule.keep - Math.max(protectedCount, rule.protect.length))
  const candidates = folders
    .filter((folder) => !rule.protect.includes(folder.name))
    .toSorted((a, b) => b.modifiedMs - a.modifiedMs || a.name.localeCompare(b.name))
  return candidates
    .filter((folder, index) => index >= freeSlots || rule.now - folder.modifiedMs > rule.maxAgeMs)
    .map((folder) => folder.name)
}
