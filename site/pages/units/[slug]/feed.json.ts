import type { APIRoute } from 'astro'
import { type FeedSpec, jsonResponse } from '../../../lib/feedEndpoint.ts'
import { unitFeedPaths } from '../../../lib/unitFeedPaths.ts'

/** A unit's JSON Feed (with the units below it): /units/<slug>/feed.json. */
export const getStaticPaths = unitFeedPaths

export const GET: APIRoute = ({ site, props }) => jsonResponse(site, (props as { spec: FeedSpec }).spec)
