/** npm run migrate — apply the committed migrations (Payload applies them on start; this does only that). */
import { parseCliArgs } from './args.ts'
import { openPayload, runCli } from './runCli.ts'

parseCliArgs({
  usage: `用法 / Usage: npm run migrate

执行 cms/migrations/（PostgreSQL：cms/migrations-pg/）中尚未应用的数据库迁移（DATABASE_URL 指定的数据库）。
Applies the committed migrations in cms/migrations/ (PostgreSQL: cms/migrations-pg/) to the database DATABASE_URL names.`,
  options: {},
})

await runCli(async (settings) => {
  const payload = await openPayload(settings)
  const { totalDocs } = await payload.count({ collection: 'payload-migrations', overrideAccess: true })
  console.log(`✔ 数据库已是最新 / database up to date (${totalDocs} migrations applied)`)
})
