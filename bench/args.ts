/** Command-line options of `npm run bench`: --help prints them; a wrong one prints one line and exits 2. */
import { failUsage, parseCliArgs } from '../cms/cli/args.ts'

export const STAGES = [
  'build',
  'publish',
  'api',
  'images',
  'weights',
  'words',
  'residents',
  'surveys',
  'messages',
  'snapshot',
  'endorse',
  'create',
] as const
export type Stage = (typeof STAGES)[number]

export type BenchArgs = {
  items: number
  only: Set<Stage>
  edits: number
  duration: number
  keep: boolean
  reuse: string | null
  profile: boolean
  twoStep: boolean
}

const positive = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback
  const number = Number(value.replaceAll(/[_,]/g, ''))
  if (!Number.isInteger(number) || number < 1) failUsage(`--${name} 必须是正整数 / must be a positive integer, got ${value}`)
  return number
}

export function parseBenchArgs(argv: string[] = process.argv.slice(2)): BenchArgs {
  const { values } = parseCliArgs(
    {
      usage: `用法 / Usage: npm run bench [-- --items 1000 --only ${STAGES.join(',')} --edits 20 --duration 10 --keep --reuse <dir>]

在临时数据库中生成合成站点，测量网站构建、发布上线延迟、REST 接口、图片处理和页面体积；结果写入 bench/results/。
Builds a synthetic site in a temp database and measures the site build, publish-to-live, the REST API, the
image pipeline and page weights; results go to bench/results/. Not part of npm test.`,
      options: {
        items: { type: 'string', valueName: 'n', description: '合成条目数（默认 1000）/ synthetic items (default 1000)' },
        only: { type: 'string', valueName: 'stages', description: `只跑这些阶段，逗号分隔 / only these stages: ${STAGES.join(',')}` },
        edits: { type: 'string', valueName: 'n', description: '发布上线测量的编辑次数（默认 20）/ edits for publish-to-live (default 20)' },
        duration: { type: 'string', valueName: 's', description: '每项接口压测秒数（默认 10）/ seconds per API load test (default 10)' },
        keep: { type: 'boolean', description: '保留临时目录 / keep the temp folder' },
        profile: {
          type: 'boolean',
          description: '记录被测服务器的 CPU 剖析（endorse 阶段）/ CPU-profile the server under test (endorse stage)',
        },
        'two-step': {
          type: 'boolean',
          description: "点赞按两次请求计时（先 GET 凭证再 POST）/ endorse stage: time the script's two-request way (GET the id, then POST)",
        },
        reuse: {
          type: 'string',
          valueName: 'dir',
          description:
            '复用以 --keep 保留的临时目录中的合成内容（复制数据库和媒体）/ reuse the synthetic content of a folder kept with --keep (its database and media are copied)',
        },
      },
    },
    argv,
  )
  const only = values.only ? values.only.split(',').map((stage) => stage.trim()) : [...STAGES]
  for (const stage of only)
    if (!(STAGES as readonly string[]).includes(stage)) failUsage(`--only: 未知阶段 / unknown stage ${stage} (${STAGES.join(',')})`)
  return {
    items: positive(values.items, 1000, 'items'),
    only: new Set(only as Stage[]),
    edits: positive(values.edits, 20, 'edits'),
    duration: positive(values.duration, 10, 'duration'),
    keep: values.keep,
    reuse: values.reuse ?? null,
    profile: values.profile ?? false,
    twoStep: values['two-step'] ?? false,
  }
}
