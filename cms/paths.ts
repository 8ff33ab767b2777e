import path from 'node:path'
import { processSettings } from './config/processSettings.ts'

/**
 * The project's folders for the publisher (PROJECT_ROOT, DATA_DIR, MEDIA_DIR, SITE_OUT_DIR: cms/config/paths.ts),
 * from this process's settings. Code that has settings uses `settings.paths` instead.
 */
export const projectRoot = (): string => processSettings().paths.projectRoot
export const dataDir = (): string => processSettings().paths.dataDir
export const mediaDir = (): string => processSettings().paths.mediaDir
export const migrationsDir = (root: string = projectRoot()): string => path.resolve(root, 'cms/migrations')
export const siteDistDir = (): string => processSettings().paths.siteOutDir
