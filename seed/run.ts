/** npm run seed — add the demo content (idempotent). */
import { ensureDemoAdmin } from '../cms/accounts.ts'
import { openPayload, runCli } from '../cms/cli/runCli.ts'
import { seedDemoContent } from './index.ts'

await runCli(async () => {
  const payload = await openPayload()
  await ensureDemoAdmin(payload)
  const counts = await seedDemoContent(payload, (line) => console.log(`  ${line}`))
  console.log(`✔ 演示数据已就绪 / demo content ready: ${JSON.stringify(counts)}`)
})
