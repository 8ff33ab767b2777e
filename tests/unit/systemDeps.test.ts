import { describe, expect, it } from 'vitest'
import { planSystemDeps, SYSTEM_PACKAGES } from '../../cms/cli/systemDeps.mjs'

const ALL = [...SYSTEM_PACKAGES]

describe('planSystemDeps', () => {
  describe.each([
    { isRoot: true, hasAptGet: true },
    { isRoot: false, hasAptGet: true },
    { isRoot: true, hasAptGet: false },
    { isRoot: false, hasAptGet: false },
  ])('when root=$isRoot and apt-get=$hasAptGet', (facts) => {
    it('should do nothing when nothing is missing', () => {
      expect(planSystemDeps({ missing: [], ...facts })).toEqual({ action: 'none' })
    })

    it('should ignore names it does not manage', () => {
      expect(planSystemDeps({ missing: ['left-pad'], ...facts })).toEqual({ action: 'none' })
    })
  })

  it('should update once and install every missing package in one apt-get call as root', () => {
    expect(planSystemDeps({ missing: ALL, isRoot: true, hasAptGet: true })).toEqual({
      action: 'install',
      packages: ['chromium', 'fonts-noto-cjk', 'libxml2-utils', 'python3-feedparser', 'nginx', 'postgresql', 'iproute2'],
      message:
        '▶ 安装测试所需的系统软件包 / installing system packages for the tests: chromium fonts-noto-cjk libxml2-utils python3-feedparser nginx postgresql iproute2',
      commands: [
        ['apt-get', 'update', '-qq'],
        [
          'apt-get',
          'install',
          '-y',
          '-qq',
          '-o',
          'DPkg::Lock::Timeout=120',
          'chromium',
          'fonts-noto-cjk',
          'libxml2-utils',
          'python3-feedparser',
          'nginx',
          'postgresql',
          'iproute2',
        ],
      ],
    })
  })

  it('should install only what is missing, in the canonical order', () => {
    const plan = planSystemDeps({ missing: ['python3-feedparser', 'fonts-noto-cjk'], isRoot: true, hasAptGet: true })
    expect(plan.action).toBe('install')
    expect(plan.action === 'install' && plan.commands[1]?.slice(-2)).toEqual(['fonts-noto-cjk', 'python3-feedparser'])
    expect(plan.action === 'install' && plan.message).toMatch(/: fonts-noto-cjk python3-feedparser$/)
  })

  it('should stop with the exact command to run when not root', () => {
    const plan = planSystemDeps({ missing: ALL, isRoot: false, hasAptGet: true })
    expect(plan.action).toBe('stop')
    expect(plan.action === 'stop' && plan.message).toContain(
      'sudo apt-get install -y chromium fonts-noto-cjk libxml2-utils python3-feedparser nginx postgresql iproute2',
    )
    expect(plan.action === 'stop' && plan.message.split('\n')).toHaveLength(1)
  })

  it('should name only the missing packages in the command', () => {
    const plan = planSystemDeps({ missing: ['libxml2-utils'], isRoot: false, hasAptGet: true })
    expect(plan).toEqual({
      action: 'stop',
      packages: ['libxml2-utils'],
      message:
        '✖ 缺少测试所需的系统软件包 / missing system packages for the tests: libxml2-utils. 请先运行 / run first: sudo apt-get install -y libxml2-utils',
    })
  })

  it('should stop rather than install as root without apt-get', () => {
    const plan = planSystemDeps({ missing: ['chromium'], isRoot: true, hasAptGet: false })
    expect(plan.action).toBe('stop')
    expect(plan.action === 'stop' && plan.message).toContain('sudo apt-get install -y chromium')
  })
})
