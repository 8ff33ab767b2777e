/** npm run build:site — build the public site into a new directory and switch it live atomically. */

import { getPayload } from 'payload'
import { parseCliArgs } from '../../cms/cli/args.ts'
import { CliError, runCli } from '../../cms/cli/runCli.ts'
import { resolvePayloadSecret } from '../../cms/secrets.ts'
import { INITIAL_STATUS, statusAfter } from '../builder.ts'
import { afterSwitchIdle } from '../cdnSync.ts'
import { WorkerRunner } from '../runners.ts'
import { buildSite } from '../siteBuild.ts'
import { readSiteRoutes } from '../siteRoutes.ts'
import { saveBuildStatus } from '../statusStore.ts'

parseCliArgs({
  usage: `用法 / Usage: npm run build:site

把公众网站构建到新目录，检查通过后原子切换上线；失败时线上网站保持不变。
Builds the public site into a new directory and switches it live atomically; a failed build leaves the live site as it was.`,
  options: {},
})

await runCli(async (settings) => {
  // The build worker runs with NODE_ENV=production, where a secret is required: resolve it once here,
  // as `npm start` does, from the environment the user started the command with, and hand it to the
  // worker's environment (this process's own environment is left as it was). It gets these settings with the build.
  const worker = new WorkerRunner(settings, { ...settings.source, PAYLOAD_SECRET: resolvePayloadSecret(settings) })
  console.log('▶ 构建公众网站 / building the public site')
  const payload = await getPayload({ config: (await import('../../cms/payloadConfig.ts')).payloadConfig(settings) })
  const siteRoutes = () => readSiteRoutes(payload, new Date())
  const result = await buildSite(settings, { runner: worker, full: true, siteRoutes }).finally(() => worker.close())
  // The CDN sync and public-media cleanup run after the switch; the command ends only when they did.
  await afterSwitchIdle()
  await saveBuildStatus(payload, statusAfter(INITIAL_STATUS, result, { retryAt: null, pending: false }))
  await payload.destroy()
  if (!result.ok)
    throw new CliError(
      `网站构建失败，线上网站保持不变 / site build failed, the live site is unchanged:\n${result.error}\n  日志 / log: ${result.logFile}`,
    )
  console.log(
    `✔ ${result.pages} 个页面，${(result.durationMs / 1000).toFixed(1)} 秒 / ${result.pages} pages in ${(result.durationMs / 1000).toFixed(1)} s → ${result.dir}`,
  )
})
