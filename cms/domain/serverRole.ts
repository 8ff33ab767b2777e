/**
 * What one `publisher/server.ts` process does (ROLE, README "Running apart"). Pure.
 *   all      admin, API, site and the builder in one process (default; what `npm start` runs)
 *   api      admin, API and site; never builds: its publishes only enqueue
 *   builder  the site builder and its clock, serving only GET /health
 * Any number of processes may run api or all; the builder lease lets exactly one build at a time.
 */
export const SERVER_ROLES = ['all', 'api', 'builder'] as const
export type ServerRole = (typeof SERVER_ROLES)[number]

export function parseRole(value: string | undefined): ServerRole {
  const role = (value ?? '').trim().toLowerCase() || 'all'
  if ((SERVER_ROLES as readonly string[]).includes(role)) return role as ServerRole
  throw new Error(`环境变量 ROLE 无效："${value}"，应为 all、api 或 builder。 / ROLE must be all, api or builder.`)
}

export const servesHttp = (role: ServerRole): boolean => role !== 'builder'
export const runsBuilder = (role: ServerRole): boolean => role !== 'api'
