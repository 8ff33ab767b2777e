/** npm run migrate — apply the committed migrations (Payload applies them on start; this does only that). */
import { openPayload, runCli } from './runCli.ts'

await runCli(async () => {
  const payload = await openPayload()
  const { totalDocs } = await payload.count({ collection: 'payload-migrations', overrideAccess: true })
  console.log(`✔ 数据库已是最新 / database up to date (${totalDocs} migrations applied)`)
})
