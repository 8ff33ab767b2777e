/**
 * The builder's end of the publish queue: it polls the `site-publish` job queue (rows written by
 * requestPublish in cms/publishPort.ts) and runs the jobs with itself as their inbox, so each
 * request reaches the builder as typed data. A poll is one indexed query.
 */
import { createLocalReq, type Payload } from 'payload'
import { PUBLISH_INBOX_KEY, PUBLISH_QUEUE, type PublishInbox, type PublishRequest } from '../cms/publishPort.ts'

export const POLL_MS = 100

export class PublishInboxPoller {
  #timer: ReturnType<typeof setTimeout> | undefined
  #stopped = false

  constructor(
    private readonly payload: Payload,
    private readonly accept: (request: PublishRequest) => void,
    private readonly intervalMs = POLL_MS,
  ) {}

  /** Take every waiting request now. */
  async poll(): Promise<void> {
    const inbox: PublishInbox = { accept: this.accept }
    const req = await createLocalReq({ context: { [PUBLISH_INBOX_KEY]: inbox } }, this.payload)
    await this.payload.jobs.run({ queue: PUBLISH_QUEUE, limit: 100, req, silent: true, processingOrder: 'createdAt' })
  }

  start(): void {
    const tick = () => {
      if (this.#stopped) return
      void this.poll()
        .catch((error: unknown) => console.error('publish queue poll failed:', error))
        .finally(() => {
          if (this.#stopped) return
          this.#timer = setTimeout(tick, this.intervalMs)
          this.#timer.unref?.()
        })
    }
    tick()
  }

  stop(): void {
    this.#stopped = true
    clearTimeout(this.#timer)
  }
}
