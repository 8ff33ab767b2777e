/** getStaticPaths of the unit feeds (site/pages/units/[slug]/rss.xml.ts and feed.json.ts): one per unit. */
import { getCollection } from 'astro:content'
import type { FeedSpec } from './feedEndpoint.ts'
import { jsonFeedPathOfUnit, rssFeedPathOfUnit } from './partners.ts'
import { SITE_NAME } from './site.ts'
import { allSources } from './sources.ts'
import { unitFeedSources } from './unitFeeds.ts'
import { paths } from './urls.ts'

export async function unitFeedPaths(): Promise<{ params: { slug: string }; props: { spec: FeedSpec } }[]> {
  const units = await getCollection('units')
  const nodes = units.map((unit) => ({ slug: unit.id, parent: unit.data.parent?.slug ?? null }))
  const sources = await allSources()
  return units.map((unit) => ({
    params: { slug: unit.id },
    props: {
      spec: {
        title: `${unit.data.name} · ${SITE_NAME}`,
        description: `${unit.data.name}（含下属单位）的曝光事项、通报、电视问政等内容`,
        home: paths.unit(unit.id),
        rssPath: rssFeedPathOfUnit(unit.id),
        jsonPath: jsonFeedPathOfUnit(unit.id),
        sources: unitFeedSources(unit.id, nodes, sources),
      },
    },
  }))
}
