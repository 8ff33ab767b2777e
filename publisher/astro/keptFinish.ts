/**
 * The second half of a targeted publish through the kept renderer (keptRenderer.ts renders): the rendered
 * pages' media placed, the new build folder assembled as after an Astro render (targetedBuild.mjs), the feeds dated.
 */

import { setFeedTimes } from './feedTimes.ts'
import type { Kept } from './keptApp.ts'
import type { KeptJob } from './keptRenderer.ts'
import { type MediaSource, placePublicMedia } from './publicMedia.ts'
import type { RenderedFacts } from './renderedFacts.ts'
import type { EarlySearch } from './searchUpdate.mjs'
import { assembleAndLog, type SnapshotReady } from './targetedBuild.mjs'

/**
 * The other half: place the rendered pages' media and assemble the new build folder (as targetedBuild.mjs
 * does after Astro). `media`: where the uploads are (the build's settings).
 */
export async function finishWithKept(
  kept: Kept,
  job: KeptJob,
  early: EarlySearch | null,
  log: (line: string) => void,
  snapshotReady: SnapshotReady,
  media: MediaSource,
  facts: RenderedFacts | null = null,
): Promise<void> {
  // Uploads on disk are linked by the media index step from the uploads folder; from a bucket they
  // are fetched (and made public) for the rendered pages first, as the Astro build does.
  if (media.storage.kind !== 'local') {
    const placed = await placePublicMedia(job.outDir, media)
    log(`[campaign:media] /media/: ${placed.local} files linked by published pages`)
  }
  const logLine = (line: string) => log(`[campaign:targeted-build] ${line}`)
  const { replaced } = await assembleAndLog(job.outDir, job.request, kept.site, media, logLine, snapshotReady, early, facts)
  // As the Astro build's last integration does (feedTimes.ts): feeds dated by their newest change — those
  // this build replaced (an unchanged feed is the live build's file, with its time).
  const feedsStarted = Date.now()
  if (job.request.targeted?.into)
    log(
      `[campaign:feed-times] ${setFeedTimes(job.request.targeted.into, replaced)} feeds dated by their newest change in ${Date.now() - feedsStarted} ms`,
    )
}
