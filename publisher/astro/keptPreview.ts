/**
 * Draft previews without starting Astro again. The preview build process (its own WorkerRunner,
 * publisher/preview.ts) keeps what its last Astro preview build made (keptApp.ts: the prerender app
 * and the content store) and renders each later targeted preview with it: the same loaders with this
 * preview's request (the store takes the new draft in and puts the last preview's draft back to its
 * published version, site/loaders/payload.ts), the same routes (each keeps only the pages whose key
 * differs from the live build's manifest, site/lib/buildScope.ts), rendered where `astro build` puts
 * them, then the uploads those pages link (as the Astro preview build's media step, never made
 * public) and the feeds' times. Every other path of the preview is answered from the live build, as
 * for an Astro-rendered targeted preview. A test compares its pages byte for byte with Astro's.
 *
 * Only targeted previews (the live build was built from the same code); a full preview (code changed)
 * runs Astro, and its app is kept in place of the old one. Any error falls back to Astro.
 */
import { setFeedTimes } from './feedTimes.ts'
import type { Kept } from './keptApp.ts'
import { type KeptJob, renderListed } from './keptRenderer.ts'
import { type MediaSource, placePublicMedia } from './publicMedia.ts'

/** May this job be rendered by a kept preview app? A targeted preview (rendered pages only, nothing assembled). */
export const keptPreviewFits = (job: KeptJob): boolean => job.request.preview !== null && job.request.targeted?.into === null

/** Render a targeted preview into `job.outDir` with the kept app; throws on any failure (the caller runs Astro). */
export async function previewWithKept(kept: Kept, job: KeptJob, media: MediaSource, log: (line: string) => void): Promise<void> {
  if (!keptPreviewFits(job)) throw new Error('the kept preview renderer does targeted previews only')
  await renderListed(kept, job, log, () => null)
  const placed = await placePublicMedia(job.outDir, { ...media, preview: true })
  log(`[campaign:media] /media/: ${placed.local} files linked by the preview's pages`)
  log(`[campaign:feed-times] ${setFeedTimes(job.outDir)} feeds dated by their newest change`)
}
