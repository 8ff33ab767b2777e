/**
 * Rule 14: the site reads no environment. What pages show of the settings (site/lib/pageSettings.ts)
 * comes from the settings the build is given: to pages as the virtual module PAGE_SETTINGS_MODULE
 * (publisher/astro/pageSettingsModule.mjs, added by siteConfig), to the loaders and the kept
 * renderer as an argument (site/loaders/index.ts loadersFor, publisher/astro/keptApp.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import { describe, expect, it } from 'vitest'
import { siteConfig } from '../../publisher/astro/siteConfig.mjs'
import { PAGE_SETTINGS_MODULE, pageSettings } from '../../site/lib/pageSettings.ts'
import { genericEntry } from '../../site/loaders/generic.ts'
import { testSettings } from '../helpers/testEnv.ts'

type Plugin = { resolveId(id: string): string | undefined; load(id: string): string | undefined }

/** The page settings module's source as the build given `settings` serves it. */
async function servedModule(settings: ReturnType<typeof testSettings>): Promise<string | undefined> {
  const integrations = (siteConfig({ settings }).integrations ?? []) as AstroIntegration[]
  const integration = integrations.find((entry) => entry.name === 'campaign:page-settings')
  let plugins: Plugin[] = []
  const setup = integration?.hooks['astro:config:setup'] as ((options: unknown) => void) | undefined
  setup?.({ updateConfig: (config: { vite: { plugins: Plugin[] } }) => (plugins = config.vite.plugins) })
  const plugin = plugins[0]
  const resolved = plugin?.resolveId(PAGE_SETTINGS_MODULE)
  return resolved ? plugin?.load(resolved) : undefined
}

const S3 = {
  S3_BUCKET: 'media',
  S3_REGION: 'us-east-1',
  S3_ENDPOINT: 'http://127.0.0.1:9',
  S3_ACCESS_KEY_ID: 'k',
  S3_SECRET_ACCESS_KEY: 's',
  S3_PUBLIC_BASE_URL: 'https://cdn.example.cn/pub/',
}

describe('page settings reach the site as data, never from the environment (rule 14)', () => {
  it("should serve the build's page settings as the site's page settings module", async () => {
    const settings = testSettings({ EXPOSURE_DEADLINE_DAYS: '9', REPORT_CONTACT_RETENTION_DAYS: '30' })
    expect(await servedModule(settings)).toBe(`export default ${JSON.stringify(pageSettings(settings))}`)
    expect(pageSettings(settings)).toMatchObject({ exposureDeadlineDays: 9, reportContactRetentionDays: 30, mediaBase: '/media' })
  })

  it('should link images under the media base the loaders are given (the bucket when uploads are in S3)', async () => {
    const settings = testSettings(S3)
    const { mediaBase } = pageSettings(settings)
    expect(await servedModule(settings)).toContain(JSON.stringify(mediaBase))
    const doc = {
      id: 1,
      slug: 'a',
      title: 'T',
      date: '2026-12-01',
      updatedAt: '2026-12-01',
      cover: { filename: 'a b.jpg', width: 800, height: 600 },
    }
    const shape = { title: 'title', date: 'date', image: 'cover' } as const
    expect(genericEntry(shape as never, doc, mediaBase).image?.src).toBe(`${mediaBase}/a%20b.jpg`)
    expect(genericEntry(shape as never, doc, '/media').image?.src).toBe('/media/a%20b.jpg')
  })

  it('should read no process.env anywhere in the site', () => {
    const root = path.join(import.meta.dirname, '..', '..', 'site')
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|mts|mjs|astro)$/.test(file))
    expect(files.length).toBeGreaterThan(50)
    const readers = files.filter((file) => /process\.env|import\.meta\.env/.test(fs.readFileSync(path.join(root, file), 'utf8')))
    expect(readers).toEqual([])
  })
})
