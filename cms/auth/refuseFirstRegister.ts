import { type Endpoint, headersWithCors, type PayloadHandler } from 'payload'
import { FIRST_REGISTER_REFUSED } from '../domain/firstAdmin.ts'

/**
 * Users endpoint in place of Payload's own `POST /api/users/first-register` (a collection's own
 * endpoints are matched before Payload's): always 403 in Payload's error shape, so the REST API and
 * the admin's create-first-user form both show the message, whether or not users exist. The first
 * administrator comes from `npm run user:create` (npm start creates the demo admin outside production).
 */
const refuse: PayloadHandler = (req) =>
  Response.json(
    { errors: [{ message: FIRST_REGISTER_REFUSED }] },
    { status: 403, headers: headersWithCors({ headers: new Headers({ 'cache-control': 'no-store' }), req }) },
  )

export const refuseFirstRegister: Endpoint = { path: '/first-register', method: 'post', handler: refuse }
