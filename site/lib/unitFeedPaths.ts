/**
 * getStaticPaths of the unit feeds (site/pages/units/[slug]/rss.xml.ts and feed.json.ts): one per unit,
 * each with a cacheKey (site/lib/cacheKey.ts: its props, the site identity its copyright line shows, the
 * page settings). Feeds are not in the page manifest (it lists HTML pages); the kept renderer renders a
 * unit's feed again only when its key differs from the one it was rendered with into the live build
 * (publisher/astro/keptRenderer.ts), and Astro's incremental build reuses it the same way — an edit
 * changes the feeds of its own units only, not all 24 (issue 26).
 */
import { getCollection } from 'astro:content'
import { withCacheKeys } from './cacheKey.ts'
import type { FeedSpec } from './feedEndpoint.ts'
import { jsonFeedPathOfUnit, rssFeedPathOfUnit } from './partners.ts'
import { SITE_NAME } from './site.ts'
import { keptSourcesBySection } from './sources.ts'
import { unitFeedLists } from './unitFeeds.ts'
import { paths } from './urls.ts'

type UnitFeedPath = { params: { slug: string }; props: { spec: FeedSpec } }

export async function unitFeedPaths(): Promise<(UnitFeedPath & { cacheKey: string })[]> {
  const units = await getCollection('units')
  const nodes = units.map((unit) => ({ slug: unit.id, parent: unit.data.parent?.slug ?? null }))
  const lists = unitFeedLists(
    units.map((unit) => unit.id),
    nodes,
    await keptSourcesBySection(),
  )
  return withCacheKeys(
    units.map((unit) => ({
      params: { slug: unit.id },
      props: {
        spec: {
          title: `${unit.data.name} · ${SITE_NAME}`,
          description: `${unit.data.name}（含下属单位）的曝光事项、通报、电视问政等内容`,
          home: paths.unit(unit.id),
          rssPath: rssFeedPathOfUnit(unit.id),
          jsonPath: jsonFeedPathOfUnit(unit.id),
          sources: lists.get(unit.id) ?? [],
        },
      },
    })),
  )
}
