/**
 * Demo content must not put invented misconduct on real places, and facts quoted from the source
 * articles (../shared/seeds/) must stay faithful. The demo city 示范市 and its units and roads are
 * fictional, and the three-strikes demo must hold whenever the seed runs.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { effectiveStatus, threeStrikes } from '../../cms/domain/exposureRules.ts'
import { ads } from '../../seed/data/ads.ts'
import { bulletins } from '../../seed/data/bulletins.ts'
import { SEED_DAY } from '../../seed/data/clock.ts'
import { episodes } from '../../seed/data/episodes.ts'
import { evaluationRounds } from '../../seed/data/evaluations.ts'
import { exposures } from '../../seed/data/exposures.ts'
import { goodPeople } from '../../seed/data/goodPeople.ts'
import { knowledge } from '../../seed/data/knowledge.ts'
import { moreBulletins } from '../../seed/data/moreBulletins.ts'
import { units } from '../../seed/data/units.ts'

const SEEDS = path.resolve(__dirname, '../../../shared/seeds')
/** Real places named in the source articles (Simplified; the check also accepts their Traditional forms in the files). */
const SEED_PLACES = [
  '淄博',
  '济南',
  '市中区',
  '历下',
  '庐阳',
  '蚌埠',
  '淮北',
  '莱芜',
  '东方美郡',
  '中海国际',
  '胜利大街',
  '民权大街',
  '济南大厦',
]
/** Other real places: the cities around the seeds, and streets, roads and communities of Jinan Shizhong and Hefei Luyang. */
const NEARBY_PLACES = [
  '合肥',
  '张店',
  '大观园',
  '杆石桥',
  '四里村',
  '魏家庄',
  '二七新村',
  '七里山',
  '六里山',
  '舜耕',
  '白马山',
  '三孝口',
  '亳州路',
  '经四路',
  '经六路',
  '经七路',
  '纬二路',
  '纬三路',
  '纬四路',
  '英雄山',
  '马鞍山路',
  '舜玉路',
  '顺河高架',
  '长江中路',
  '淮河路',
  '纬一路',
  '万紫巷',
  '兴济河',
]
const REAL_PLACES = [...SEED_PLACES, ...NEARBY_PLACES]
const TRADITIONAL: Record<string, string> = {
  济: '濟',
  历: '歷',
  庐: '廬',
  莱: '萊',
  东: '東',
  国: '國',
  胜: '勝',
  权: '權',
  厦: '廈',
  阳: '陽',
}
const traditional = (name: string) => [...name].map((ch) => TRADITIONAL[ch] ?? ch).join('')

const unitName = new Map(units.map((unit) => [unit.code, unit.name]))
const withUnit = (code: string) => `${code} ${unitName.get(code) ?? ''}`
const allBulletins = [...bulletins.map((b) => ({ ...b, units: [] as string[] })), ...moreBulletins]

/** Every invented item that names a responsible unit, with all of its text. */
const invented: [string, string][] = [
  ...exposures.map((e): [string, string] => [
    `exposure ${e.slug}`,
    [e.title, ...e.description, e.place, e.reply ?? '', withUnit(e.unit)].join(' '),
  ]),
  // Criticism and supervision findings, accountability notices, and every bulletin about the demo city's own units.
  ...allBulletins
    .filter((b) => b.series === 'criticism' || b.series === 'supervision' || /问责|批评/.test(b.title) || b.units.length > 0)
    .map((b): [string, string] => [`bulletin ${b.slug}`, [b.title, b.summary, ...b.body, ...b.units.map(withUnit)].join(' ')]),
  ...episodes.map((e): [string, string] => [
    `episode ${e.slug}`,
    [
      e.series,
      e.title,
      ...e.summary,
      ...e.officials.flatMap((o) => [o.name, o.post, withUnit(o.unit)]),
      ...e.questionedUnits.map(withUnit),
      ...e.issues.flatMap((i) => [i.title, i.promise ?? '', withUnit(i.unit), ...i.followUps.map((f) => f.text)]),
    ].join(' '),
  ]),
]

/** Everything else the demo city invents about its own places: units, ranking series, ad placements, nominees. */
const fictional: [string, string][] = [
  ...units.map((u): [string, string] => [`unit ${u.code}`, u.name]),
  ...evaluationRounds.map((r): [string, string] => [`evaluation round ${r.slug}`, [r.slug, r.title, r.series].join(' ')]),
  ...ads.map((a): [string, string] => [`ad ${a.slug}`, a.placements.flatMap((p) => [p.address, withUnit(p.unit)]).join(' ')]),
  ...goodPeople.map((g): [string, string] => [`good person ${g.slug}`, [...g.story, withUnit(g.unit)].join(' ')]),
]

describe('the real places list', () => {
  it.runIf(fs.existsSync(SEEDS))('should take every seed place from the source articles', () => {
    const text = fs
      .readdirSync(SEEDS)
      .map((file) => fs.readFileSync(path.join(SEEDS, file), 'utf8'))
      .join('\n')
    for (const place of SEED_PLACES) expect(text.includes(place) || text.includes(traditional(place)), place).toBe(true)
  })
})

describe('invented misconduct names no real place', () => {
  it.each(invented)('should keep %s on fictional units and roads', (_name, text) => {
    expect(REAL_PLACES.filter((place) => text.includes(place))).toEqual([])
  })
})

describe('the demo city names only fictional places', () => {
  it.each(fictional)('should keep %s in the fictional demo city', (_name, text) => {
    expect(REAL_PLACES.filter((place) => text.includes(place))).toEqual([])
  })

  it('should give invented exposures no coordinates (a real point would put them on a real place)', () => {
    expect(exposures.filter((e) => e.lat !== undefined || e.lng !== undefined).map((e) => e.slug)).toEqual([])
  })
})

describe('the three-strikes demo holds whenever the seed runs', () => {
  const now = new Date()
  const published = exposures.filter((e) => e.publish === 'published')
  const items = published.map((e) => ({
    id: e.slug,
    unit: e.unit,
    title: e.title,
    foundAt: e.foundAt,
    deadline: e.deadline ?? e.foundAt,
    status: e.status,
    rectifiedAt: e.rectifiedAt ?? null,
  }))

  it('should date the data from the day it is loaded', () => {
    expect(SEED_DAY).toBe(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10))
  })

  it('should flag exactly the three unrectified items of 和平街道 within the default 90-day window', () => {
    const flagged = threeStrikes(items, now, 90)
    const strikes = published.filter((e) => e.status === 'accountability')
    expect(strikes.map((e) => e.unit)).toEqual(['s-heping', 's-heping', 's-heping'])
    expect(flagged).toEqual([{ unit: 's-heping', items: strikes.map((e) => ({ id: e.slug, title: e.title })) }])
  })

  it('should seed every status as the rules show it today (open items not yet past their deadline)', () => {
    const shown = items.map((item) => [item.id, effectiveStatus(item, now)])
    expect(shown).toEqual(items.map((item) => [item.id, item.status]))
    for (const status of ['pending', 'in-progress', 'overdue', 'accountability', 'rectified']) {
      expect(items.filter((item) => item.status === status).length, status).toBeGreaterThan(0)
    }
  })

  it('should date the criticism bulletin and the reporter’s return visit after the third strike’s deadline', () => {
    const strikes = published.filter((e) => e.status === 'accountability')
    const lastDeadline = strikes
      .map((e) => e.deadline as string)
      .sort()
      .at(-1) as string
    const criticism = moreBulletins.filter((b) => b.series === 'criticism')
    expect(criticism).toHaveLength(1)
    expect(criticism[0]!.date > lastDeadline).toBe(true)
    expect(criticism[0]!.date <= SEED_DAY).toBe(true)
    for (const strike of strikes) {
      expect(criticism[0]!.body[0]).toContain(`${Number(strike.foundAt.slice(5, 7))}月${Number(strike.foundAt.slice(8, 10))}日`)
    }
    const visits = episodes.flatMap((e) => e.issues.flatMap((i) => i.followUps)).filter((f) => f.text.includes('第三次曝光'))
    expect(visits).toHaveLength(1)
    expect(visits[0]!.date > criticism[0]!.date && visits[0]!.date <= SEED_DAY).toBe(true)
  })
})

describe('facts quoted from the seeds stay faithful', () => {
  const texts = [
    ...allBulletins.flatMap((b) => [b.title, b.summary, ...b.body]),
    ...knowledge.flatMap((k) => [k.question, ...k.answer]),
    ...ads.flatMap((a) => [a.title, a.series, a.image?.alt ?? '']),
  ]
  const all = texts.join('\n')

  it.each([
    ['Bengbu rhythm 一季一观摩, not 一季一点评', '一季一点评'],
    ['《管子说·创城》 was five sets, not five posters', '5幅'],
    ['《管子说·创城》 items are not numbered as single posters', '《管子说·创城》之'],
    ['a grid leader is one of the (at least) three staff', '3名工作人员和1名网格长'],
  ])('should not say: %s', (_name, misquote) => {
    expect(all).not.toContain(misquote)
  })

  it('should quote the Bengbu 12345 rhythm in full where it is quoted', () => {
    expect(all).toContain('一日一巡查、一周一调度、一月一推进、一季一观摩、一年一奖惩')
  })

  it('should date Zibo’s 2021 national result in 2021 and not file it as a 督查专报', () => {
    const zibo = bulletins.find((b) => b.title.includes('淄博') && b.title.includes('2021'))!
    expect(zibo.date.slice(0, 4)).toBe('2021')
    expect(zibo.series ?? 'supervision').not.toBe('supervision')
  })

  it('should not hard-code issue numbers in bulletin titles (第N期 is assigned on publish)', () => {
    expect(allBulletins.map((b) => b.title).filter((title) => /第\s*\d+\s*期/.test(title))).toEqual([])
  })

  it('should not seed the talk show 《城市会客厅》 as a TV-questioning episode', () => {
    expect(episodes.filter((e) => e.series.includes('会客厅'))).toEqual([])
  })
})
