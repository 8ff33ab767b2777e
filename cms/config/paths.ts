/**
 * Where the project keeps its files (README "Configuration"), as absolute paths:
 *   PROJECT_ROOT  default: the working directory when the settings are read (every entry point starts there)
 *   DATA_DIR      default data/      (SQLite file and secrets)
 *   MEDIA_DIR     default media/     (uploads)
 *   SITE_OUT_DIR  default dist/site  (the live site: a symlink to the current build)
 * Relative values hang off PROJECT_ROOT.
 */
import path from 'node:path'
import { type Env, InvalidEnvError, setValue } from './source.ts'

export type Paths = { projectRoot: string; dataDir: string; mediaDir: string; siteOutDir: string }

function folder(env: Env, name: string, fallback: string, root: string): string {
  const raw = setValue(env, name) ?? fallback
  if (raw.includes('\0')) throw new InvalidEnvError(name, raw, 'a folder path')
  return path.resolve(root, raw)
}

export function readPaths(env: Env, cwd: string): Paths {
  const rootRaw = setValue(env, 'PROJECT_ROOT')
  if (rootRaw !== undefined && !path.isAbsolute(rootRaw)) throw new InvalidEnvError('PROJECT_ROOT', rootRaw, 'an absolute folder path')
  const projectRoot = rootRaw ?? cwd
  return {
    projectRoot,
    dataDir: folder(env, 'DATA_DIR', 'data', projectRoot),
    mediaDir: folder(env, 'MEDIA_DIR', 'media', projectRoot),
    siteOutDir: folder(env, 'SITE_OUT_DIR', 'dist/site', projectRoot),
  }
}
