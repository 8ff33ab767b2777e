import type { AstroIntegration } from 'astro'
import type { BuildRequest } from '../../cms/domain/buildRequest.ts'

export function assembleAndLog(rendered: string, request: BuildRequest, site: string, log: (line: string) => void): Promise<void>
export function targetedBuild(): AstroIntegration
