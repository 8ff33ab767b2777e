import type { AstroIntegration } from 'astro'
import type { BuildRequest } from '../../cms/domain/buildRequest.ts'
import type { EarlyIndex } from './pagefindIndex.mjs'

export function assembleAndLog(
  rendered: string,
  request: BuildRequest,
  site: string,
  log: (line: string) => void,
  early?: EarlyIndex | null,
): Promise<void>
export function targetedBuild(): AstroIntegration
