import type { APIRoute } from 'astro'
import { type FeedSpec, rssResponse } from '../../../lib/feedEndpoint.ts'
import { unitFeedPaths } from '../../../lib/unitFeedPaths.ts'

/** A unit's RSS feed (with the units below it): /units/<slug>/rss.xml. Always rendered, like every feed. */
export const getStaticPaths = unitFeedPaths

export const GET: APIRoute = ({ site, props }) => rssResponse(site, (props as { spec: FeedSpec }).spec)
