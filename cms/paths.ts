import path from 'node:path'

/**
 * Every entry point (npm scripts, the Next server started by publisher/server.ts, Astro, Vitest)
 * runs with the project root as its working directory, so paths hang off process.cwd()
 * (Next's server bundle rewrites import.meta.url, which makes it unusable here).
 */
export const projectRoot = (): string => process.env.PROJECT_ROOT ?? process.cwd()
export const dataDir = (): string => path.resolve(projectRoot(), process.env.DATA_DIR ?? 'data')
export const mediaDir = (): string => path.resolve(projectRoot(), process.env.MEDIA_DIR ?? 'media')
export const migrationsDir = (): string => path.resolve(projectRoot(), 'cms/migrations')
export const siteDistDir = (): string => path.resolve(projectRoot(), process.env.SITE_OUT_DIR ?? 'dist/site')
