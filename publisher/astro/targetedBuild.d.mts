import type { AstroIntegration } from 'astro'
import type { BuildRequest } from '../../site/lib/buildRequest.ts'
import type { EarlySearch } from './pagefindIndex.mjs'

export function assembleAndLog(
  rendered: string,
  request: BuildRequest,
  site: string,
  log: (line: string) => void,
  early?: EarlySearch | null,
): Promise<void>
/** The pages (pathnames) the live build has and the targeted build's new manifest does not. */
export function removedPages(request: BuildRequest): string[]
export function targetedBuild(): AstroIntegration
