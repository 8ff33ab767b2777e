import type { AstroIntegration } from 'astro'

export const CONTENT_STORE_KEY: string
export function contentStore(): AstroIntegration
