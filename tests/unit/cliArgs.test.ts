import { describe, expect, it } from 'vitest'
import { type CliOption, type CliSpec, helpText, interpretArgs } from '../../cms/cli/args.ts'

const spec = {
  usage: '用法 / Usage: npm run demo -- --round <id> [--dry-run]',
  options: {
    round: { type: 'string', required: true, valueName: 'id', description: '测评 / round' },
    role: { type: 'string', choices: ['admin', 'editor'], description: '角色 / role' },
    'dry-run': { type: 'boolean', description: '只预览 / preview only' },
    limit: { type: 'string', default: '10', description: '上限 / limit' },
  },
} as const satisfies CliSpec<Record<string, CliOption>>

describe('interpretArgs', () => {
  it('should read values, default booleans to false and apply defaults', () => {
    expect(interpretArgs(spec, ['--round', 'r1', '--role=editor'])).toEqual({
      kind: 'ok',
      values: { round: 'r1', role: 'editor', 'dry-run': false, limit: '10' },
      positionals: [],
    })
    expect(interpretArgs(spec, ['--round=r1', '--dry-run', '--limit', '5'])).toMatchObject({
      kind: 'ok',
      values: { round: 'r1', 'dry-run': true, limit: '5' },
    })
  })

  it.each([['--help'], ['-h'], ['--round', 'r1', '--help'], ['--bogus', '--help']])('should answer %s with the help text', (...argv) => {
    expect(interpretArgs(spec, argv)).toEqual({ kind: 'help', text: helpText(spec) })
  })

  it('should list the usage, every option with its value name, required mark and choices, and --help', () => {
    const text = helpText(spec)
    expect(text.startsWith('用法 / Usage: npm run demo')).toBe(true)
    expect(text).toContain('--round <id>  ')
    expect(text).toMatch(/--round <id> +测评 \/ round（必填 \/ required）\n/)
    expect(text).toContain('角色 / role: admin | editor')
    expect(text).toMatch(/-h, --help +显示本帮助 \/ show this help\n$/)
  })

  describe.each([
    [['--round', 'r1', '--bogus'], '未知选项 / unknown option: --bogus'],
    [['-x', '--round', 'r1'], '未知选项 / unknown option: -x'],
    [['--no-dry-run', '--round', 'r1'], '未知选项 / unknown option: --no-dry-run'],
    [['--round'], '选项缺少值 / option needs a value: --round <id>'],
    [['--round', '--dry-run'], '选项缺少值 / option needs a value: --round <id>'],
    [['--round', 'r1', '--dry-run=yes'], '选项不带值 / option takes no value: --dry-run'],
    [['--round', 'r1', 'extra'], '多余的参数 / unexpected argument: extra'],
    [['--round', 'r1', '--', '--later'], '多余的参数 / unexpected argument: --later'],
    [['--round', 'r1', '--role', 'boss'], '--role 只能是 / must be one of: admin, editor（收到 / got “boss”）'],
    [[], '缺少选项 / missing option: --round <id>'],
    [['--dry-run'], '缺少选项 / missing option: --round <id>'],
  ])('%j', (argv, message) => {
    it(`should be refused with “${message}”`, () => {
      expect(interpretArgs(spec, argv)).toEqual({ kind: 'error', message })
    })
  })

  it('should accept positionals when the command allows them', () => {
    expect(interpretArgs({ ...spec, allowPositionals: true }, ['--round', 'r1', 'a', '--', '--b'])).toMatchObject({
      kind: 'ok',
      positionals: ['a', '--b'],
    })
  })
})
