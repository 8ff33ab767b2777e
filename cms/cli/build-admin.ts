/** npm run build:admin — build the admin (Next.js); `npm start` does this by itself when cms/ changed. */
import { resolvePayloadSecret } from '../secrets.ts'
import { ensureAdminBuilt } from './adminBuild.ts'
import { parseCliArgs } from './args.ts'
import { runTool } from './processes.ts'
import { runCli } from './runCli.ts'

parseCliArgs({
  usage: `用法 / Usage: npm run build:admin

构建管理后台（Next.js，约 1 分钟）。npm start 会在 cms/ 改动后自动构建。
Builds the admin (Next.js, about a minute); npm start does it by itself when cms/ changed.`,
  options: {},
})

await runCli(async (settings) => {
  // Next builds with NODE_ENV=production, where Payload's config requires a secret: resolve it as `npm start` does.
  const env = { ...settings.source, PAYLOAD_SECRET: resolvePayloadSecret(settings), NEXT_TELEMETRY_DISABLED: '1' }
  await ensureAdminBuilt(
    settings.paths.projectRoot,
    () => runTool(settings.paths.projectRoot, '管理后台构建', 'next', ['build', 'cms'], env),
    console.log,
  )
  console.log('✔ 管理后台就绪 / admin ready')
})
