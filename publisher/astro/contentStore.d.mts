import type { AstroIntegration } from 'astro'

export function contentStore(): AstroIntegration
