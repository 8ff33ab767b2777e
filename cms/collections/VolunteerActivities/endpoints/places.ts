/**
 * GET /api/volunteer-activities/:id/places — places left right now, for the activity page's small
 * script (the page itself shows the number as of its build). Public facts only; anyone may ask.
 */
import type { Endpoint } from 'payload'
import { placesLeft, signupState } from '../../../domain/volunteering/index.ts'
import { NOT_FOUND, placesTaken, publishedActivity } from './activity.ts'

export const placesEndpoint: Endpoint = {
  path: '/:id/places',
  method: 'get',
  handler: async (req) => {
    const activity = await publishedActivity(req.payload, req.routeParams?.id)
    if (!activity) return Response.json(NOT_FOUND.json, { status: 404, headers: { 'cache-control': 'no-store' } })
    const taken = await placesTaken(req.payload, activity)
    return Response.json(
      { places: activity.places, taken, left: placesLeft(activity.places, taken), state: signupState(activity, new Date()) },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
