import type { APIRoute } from 'astro'
import { rssFeed } from '../../lib/feedEndpoint.ts'

export const GET: APIRoute = ({ site }) => rssFeed(site, 'messages')
