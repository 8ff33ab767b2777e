/**
 * The rules of storing 随手拍 reports in batches (a group commit, README "Performance"): the reports
 * arriving within a few ms are written in ONE transaction, and each gets what it would have got alone,
 * in arrival order. A report is refused when its network has no report slot left this hour (429), when
 * its one-time challenge was used already (in the database or by an earlier report of the batch), or
 * when a report of the last day (stored, or earlier in the batch) has the same text or one of its
 * photos (409). The database stays the judge of slots and challenges (unique index); this says what
 * the batch's reads and claims mean. Pure.
 */

/** What became of one report of a batch. */
export type ReportOutcome = 'stored' | 'full' | 'used' | 'duplicate'

/** Collected for a few ms or up to this many reports, then written in one transaction. */
export const REPORT_BATCH_MAX = 32
export const REPORT_BATCH_WAIT_MS = 3

export type BatchReport = { textHash: string; photoHashes: readonly string[] }

/**
 * Outcomes in batch order. `slotOk[i]`: the report's network slot was claimed; `challengeOk[i]`: its
 * challenge was used for the first time now; `storedText` / `storedPhotos`: hashes of the reports of
 * the duplicate window already stored. A report refused for an earlier reason is not a duplicate source.
 */
export function decideReports(
  reports: readonly BatchReport[],
  slotOk: readonly boolean[],
  challengeOk: readonly boolean[],
  stored: { texts: ReadonlySet<string>; photos: ReadonlySet<string> },
): ReportOutcome[] {
  const texts = new Set(stored.texts)
  const photos = new Set(stored.photos)
  return reports.map((report, i) => {
    if (!slotOk[i]) return 'full'
    if (!challengeOk[i]) return 'used'
    if (texts.has(report.textHash) || report.photoHashes.some((hash) => photos.has(hash))) return 'duplicate'
    texts.add(report.textHash)
    for (const hash of report.photoHashes) photos.add(hash)
    return 'stored'
  })
}
