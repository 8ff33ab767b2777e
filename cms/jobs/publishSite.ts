import type { TaskConfig } from 'payload'
import { inboxFrom, PUBLISH_TASK, toPublishRequest } from '../publishPort.ts'

/**
 * A request to rebuild the public site (queued by cms/publishPort.ts requestPublish on the
 * `site-publish` queue). Only the site builder runs this queue, handing its inbox in `req.context`;
 * run anywhere else the job fails loudly and stays in the table instead of being dropped.
 */
export const publishSiteTask: TaskConfig<'publishSite'> = {
  slug: PUBLISH_TASK as 'publishSite',
  label: '发布网站 / Publish the site',
  retries: 0,
  inputSchema: [
    { name: 'reason', type: 'text', required: true },
    { name: 'changed', type: 'json' },
  ],
  handler: ({ input, req }) => {
    const inbox = inboxFrom(req.context)
    if (!inbox) throw new Error('只有网站构建服务处理发布请求 / only the site builder runs the site-publish queue')
    inbox.accept(toPublishRequest(input as { reason?: unknown; changed?: unknown }))
    return { output: {} }
  },
}
