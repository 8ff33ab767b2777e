/** Publishing settings (SITE_BUILD_TIMEOUT_SECONDS) are read with the others: cms/config/publish.ts. */
export { type PublishConfig, readPublishConfig } from '../cms/config/publish.ts'
