/** Child processes for the CLI, always on the same Node as the parent (the project's Node 24). */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { CliError } from './runCli.ts'

const ENTRY = {
  tsx: 'node_modules/tsx/dist/cli.mjs',
  next: 'node_modules/next/dist/bin/next',
  astro: 'node_modules/astro/bin/astro.mjs',
} as const

export type Tool = keyof typeof ENTRY

/** `root`: the project (settings.paths.projectRoot); the tool runs there. */
export function spawnTool(root: string, tool: Tool, args: string[], env: NodeJS.ProcessEnv, ipc = false): ChildProcess {
  return spawn(process.execPath, [path.join(root, ENTRY[tool]), ...args], {
    cwd: root,
    env,
    stdio: ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
  })
}

/** Run a tool to completion; a non-zero exit becomes a one-line CliError naming the step. */
export function runTool(root: string, step: string, tool: Tool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTool(root, tool, args, env)
    child.on('error', (error) => reject(new CliError(`${step}失败 / failed: ${error.message}`)))
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new CliError(`${step}失败（退出码 ${code ?? signal}），详见上方输出 / ${step} failed, see the output above`))
    })
  })
}
