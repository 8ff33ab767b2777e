/**
 * The content-type table's invariants (cms/domain/contentTypes): one entry per public type, each
 * with a unique key, slug and route, a registered Payload collection, a folder of page templates
 * and its labels; and the lookups everything else reads.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { CONTENT_TYPES, contentTypes, documentPathOf, publicSlugs, sectionTypes, typeOfSlug } from '../../cms/domain/contentTypes/index.ts'
import { documentPath, paths } from '../../cms/domain/publicPaths.ts'
import { payloadConfig } from '../../cms/payloadConfig.ts'
import { slugs } from '../../cms/slugs.ts'
import { testSettings } from '../helpers/testEnv.ts'

const root = path.resolve(import.meta.dirname, '../..')
/** The collections of the Payload config as it is built (cms/payloadConfig.ts from test settings; nothing connects). */
let built: Promise<CollectionConfig[]> | undefined
function registeredCollections(): Promise<CollectionConfig[]> {
  built ??= payloadConfig(testSettings({ DATABASE_URL: 'file:/tmp/content-types-unused.db' })).then((config) => config.collections)
  return built
}

const unique = (values: readonly string[]) => new Set(values).size === values.length
const filled = (label: { zh: string; en: string }) => label.zh.trim().length > 0 && label.en.trim().length > 0

describe('the content-type table', () => {
  it('should have unique keys, slugs and section routes', () => {
    expect(unique(contentTypes.map((type) => type.key))).toBe(true)
    expect(unique(contentTypes.map((type) => type.slug))).toBe(true)
    expect(unique(sectionTypes.map((type) => type.site.route))).toBe(true)
    expect(unique(sectionTypes.map((type) => type.feed))).toBe(true)
  })

  it('should order the navigation sections by distinct navOrder values', () => {
    const orders = sectionTypes.map((type) => type.site.section.navOrder)
    expect(unique(orders.map(String))).toBe(true)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
  })

  it('should give every public slug to cms/slugs.ts under the type key', () => {
    for (const type of contentTypes) expect(slugs[type.key]).toBe(type.slug)
    expect(publicSlugs).toEqual(contentTypes.map((type) => type.slug))
  })
})

describe.each(contentTypes.map((type) => [type.key, type] as const))('content type %s', (key, type) => {
  it('should be a collection registered in the Payload config (cms/payloadConfig.ts), with the table labels', async () => {
    const collection = (await registeredCollections()).find((item) => item.slug === type.slug)
    expect(collection?.slug).toBe(type.slug)
    expect(collection?.labels).toEqual(type.labels)
    expect(collection?.admin?.useAsTitle).toBe(type.titleField)
  })

  it('should have the table option lists as its select options, values unchanged', async () => {
    const collection = (await registeredCollections()).find((item) => item.slug === type.slug)
    const fields = new Map<string, unknown>()
    const walk = (list: readonly unknown[], prefix: string): void => {
      for (const field of list as { name?: string; type: string; options?: unknown; fields?: unknown[] }[]) {
        const name = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
        if (field.type === 'select') fields.set(name, field.options)
        if (field.fields) walk(field.fields, field.name ? `${name}.` : prefix)
      }
    }
    walk(collection?.fields ?? [], '')
    for (const [field, options] of Object.entries(type.options)) {
      expect(fields.get(field), `${type.slug}.${field}`).toEqual(Object.entries(options).map(([value, label]) => ({ value, label })))
    }
  })

  it('should have its page templates in site/pages/<route>/ and, with a section, its feed there', () => {
    // A generic type's pages are the generic routes, site/pages/[section]/ (cms/domain/contentTypes/generic.ts).
    const route = type.generic ? '[section]' : type.site.route
    const dir = path.join(root, 'site/pages', route)
    expect(fs.statSync(dir).isDirectory()).toBe(true)
    if (type.feed) expect(fs.existsSync(path.join(dir, 'rss.xml.ts'))).toBe(true)
    if (type.site.detailPages) expect(fs.readdirSync(dir).some((file) => /^\[slug\](\.astro)?$/.test(file))).toBe(true)
  })

  it('should have non-empty labels (collection, section, workbench) and option labels', () => {
    expect(filled(type.labels.singular) && filled(type.labels.plural) && filled(type.workbench.label)).toBe(true)
    if (type.site.section) expect(filled(type.site.section.label)).toBe(true)
    for (const options of Object.values(type.options)) {
      expect(Object.keys(options).length).toBeGreaterThan(0)
      expect(Object.values(options).every(filled)).toBe(true)
    }
    expect(type.titleField.length).toBeGreaterThan(0)
  })

  it('should have either a section of its own or the type it is shown within', () => {
    const within = (type.site as { within?: string }).within
    if (type.site.section === null) {
      expect(within && within in CONTENT_TYPES).toBe(true)
      expect(CONTENT_TYPES[within as typeof key].site.route).toBe(type.site.route)
      expect(type.feed).toBeNull()
    } else {
      expect(within).toBeUndefined()
      expect(type.feed).toBe(`/${type.site.route}/rss.xml`)
    }
  })

  it('should have a staleness threshold between 1 and 365 days', () => {
    expect(Number.isInteger(type.workbench.staleDays)).toBe(true)
    expect(type.workbench.staleDays).toBeGreaterThanOrEqual(1)
    expect(type.workbench.staleDays).toBeLessThanOrEqual(365)
  })

  it('should be found by its slug, and its documents under its route', () => {
    expect(typeOfSlug(type.slug)?.key).toBe(key)
    expect(documentPath(type.slug, 'x')).toBe(documentPathOf(type, 'x'))
    expect(documentPath(type.slug, 'x')?.startsWith(`/${type.site.route}/`)).toBe(true)
  })
})

describe('the public paths read from the table', () => {
  it.each([
    ['evaluation-rounds', 'r1', '/rankings/r1/'],
    ['tv-episodes', 'e1', '/tv/e1/'],
    ['good-people', 'p1', '/good-people/p1/'],
    ['selection-rounds', 'round-1', '/good-people/'],
    ['public-ads', 'a1', '/ads/a1/'],
    ['knowledge', 'k1', '/knowledge/k1/'],
    ['bulletins', 'b1', '/bulletins/b1/'],
    ['exposures', 'x1', '/exposures/x1/'],
    ['units', 'u1', '/units/u1/'],
    ['users', 'u1', null],
  ])('should put a %s document %s at %s', (collection, slug, expected) => {
    expect(documentPath(collection, slug)).toBe(expected)
  })

  it('should keep the site paths (URLs must not change)', () => {
    expect([paths.rankings, paths.exposures, paths.tv, paths.bulletins, paths.goodPeople, paths.ads, paths.knowledge]).toEqual([
      '/rankings/',
      '/exposures/',
      '/tv/',
      '/bulletins/',
      '/good-people/',
      '/ads/',
      '/knowledge/',
    ])
    expect(paths.goodPersonObjection('p1')).toBe('/good-people/p1/objection/')
    expect(sectionTypes.map((type) => type.feed)).toEqual([
      '/rankings/rss.xml',
      '/exposures/rss.xml',
      '/tv/rss.xml',
      '/bulletins/rss.xml',
      '/good-people/rss.xml',
      '/ads/rss.xml',
      '/knowledge/rss.xml',
      '/news/rss.xml',
      '/projects/rss.xml',
      '/volunteering/rss.xml',
      '/practice/rss.xml',
      '/titles/rss.xml',
      '/topics/rss.xml',
      '/documents/rss.xml',
      '/surveys/rss.xml',
      '/messages/rss.xml',
    ])
    expect([paths.titles, paths.title('t1'), paths.titleObjection('t1')]).toEqual(['/titles/', '/titles/t1/', '/titles/t1/objection/'])
  })
})
