import type { AstroIntegration } from 'astro'
import type { BuildRequest } from '../../site/lib/buildRequest.ts'
import type { MediaSource } from './publicMedia.ts'
import type { RenderedFacts } from './renderedFacts.ts'
import type { EarlySearch } from './searchUpdate.mjs'

/** Resolves once a targeted build's hard-link snapshot of the live build is complete at `into`; rejects with why it failed. */
export type SnapshotReady = () => Promise<void>
export function assembleAndLog(
  rendered: string,
  request: BuildRequest,
  site: string,
  media: MediaSource,
  log: (line: string) => void,
  snapshotReady: SnapshotReady,
  early?: EarlySearch | null,
  facts?: RenderedFacts | null,
): Promise<{ replaced: string[] }>
/**
 * The new build's page manifest: the parts kept in memory for `pagesDir` (site/lib/keptFiles.ts keepPart) and the
 * part files of the other routes, each parsed once and then kept. Throws naming a damaged part file.
 */
export function readParts(pagesDir: string): Record<string, Record<string, string>>
/** The pages (pathnames) the live build has and the targeted build's new manifest does not. */
export function removedPages(request: BuildRequest): string[]
export function targetedBuild(request: BuildRequest, snapshotReady: SnapshotReady, media: MediaSource): AstroIntegration
