/** Shared frame for operator commands: clean one-line errors instead of stack traces. */
import { getPayload, type Payload } from 'payload'
import type { DemoLogin } from '../accounts.ts'
import { BackupError } from '../backup/errors.ts'
import { readSettings, type Settings } from '../config/settings.ts'
import { InvalidEnvError } from '../config/source.ts'
import { DatabaseUnreachableError, describeConnectionError, ensureReachable } from '../db.ts'
import { DatabaseUrlError } from '../domain/databaseUrl.ts'
import { MissingSecretError, resolvePayloadSecret } from '../secrets.ts'

export class CliError extends Error {}

/** Open Payload (migrations are applied on init) after a quick reachability check of the database. */
export async function openPayload(settings: Settings): Promise<Payload> {
  resolvePayloadSecret(settings)
  await ensureReachable(settings.database)
  const { payloadConfig } = await import('../payloadConfig.ts')
  try {
    return await getPayload({ config: payloadConfig(settings) })
  } catch (error) {
    throw new CliError(describeConnectionError(error, settings.database, settings.paths.projectRoot))
  }
}

function messageFor(error: unknown): string | undefined {
  const known = [CliError, InvalidEnvError, DatabaseUrlError, DatabaseUnreachableError, MissingSecretError, BackupError]
  if (known.some((kind) => error instanceof kind)) {
    return (error as Error).message
  }
  return undefined
}

/**
 * Run a command with this process's settings, read here once (the CLIs' entry point); known failures
 * (a bad setting among them) print one line and exit 1, anything else keeps its stack for a bug report.
 */
export async function runCli(main: (settings: Settings) => Promise<void>): Promise<void> {
  try {
    await main(readSettings(process.env))
    process.exit(0)
  } catch (error) {
    const known = messageFor(error)
    if (known) console.error(`✖ ${known}`)
    else console.error(error)
    process.exit(1)
  }
}

/** Print a newly created demo login once (its password is kept in data/demo-admin.json). */
export function announceDemoAdmin(login: DemoLogin | undefined): void {
  if (!login?.created) return
  console.log(
    `\n  演示管理员已创建（密码只显示这一次，另存于 data/demo-admin.json）\n  Demo admin created: ${login.email} / ${login.password}\n`,
  )
}

/** How an operator creates the first administrator (cms/domain/firstAdmin.ts). */
export { FIRST_ADMIN_COMMAND } from '../domain/firstAdmin.ts'
