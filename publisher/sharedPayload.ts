/**
 * This process's Payload instance, for the requests publisher/server.ts answers before Next
 * (publisher/fastApi.ts). Payload's getPayload keeps ONE instance per process (its cache lives on the
 * process's global object, so Next's bundled copy of Payload and ours share it): called after the
 * server's warm-up request has started Payload inside Next, it answers that instance — same database
 * connection, and the job runner runs once. Called first, it would start the instance Next then reuses.
 * tests/int/shared-payload.test.ts fails if an upgrade changes this.
 */
import { getPayload, type Payload } from 'payload'
import type { Settings } from '../cms/config/settings.ts'
import { payloadConfig } from '../cms/payloadConfig.ts'

export const sharedPayload = (settings: Settings): Promise<Payload> => getPayload({ config: payloadConfig(settings), cron: true })
