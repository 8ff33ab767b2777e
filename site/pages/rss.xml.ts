import { getCollection } from 'astro:content'
import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { toFeedItems } from '../lib/feeds.ts'
import { bulletinPath, SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts'

export const GET: APIRoute = async ({ site }) => {
  const bulletins = await getCollection('bulletins')
  const items = toFeedItems(
    bulletins.map(({ id, data }) => ({
      title: data.title,
      path: bulletinPath(id),
      date: data.date,
      summary: data.summary,
      html: data.html,
      category: '通报',
      image: data.cover,
    })),
    site,
  )
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site ?? 'http://localhost:3000',
    items,
    customData: `<language>zh-cn</language><lastBuildDate>${new Date().toUTCString()}</lastBuildDate>`,
  })
}
