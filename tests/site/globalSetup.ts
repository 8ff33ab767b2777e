/** Build the seeded site once for all site tests (real Payload, real SQLite, real Astro build). */
import fs from 'node:fs'
import type { TestProject } from 'vitest/node'
import { buildSeededSite } from '../helpers/builtSite.ts'

export default async function setup(project: TestProject) {
  const site = await buildSeededSite('site')
  project.provide('siteDir', site.out)
  return () => fs.rmSync(site.dir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string
  }
}
