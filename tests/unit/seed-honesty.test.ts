/**
 * Demo content must not put invented misconduct on real places, and facts quoted from the source
 * articles (../shared/seeds/) must stay faithful. The demo city 示范市 and its units and roads are
 * fictional, and the three-strikes demo must hold whenever the seed runs.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { genericTypes } from '../../cms/domain/contentTypes/index.ts'
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
import { siteIdentity } from '../../seed/data/siteIdentity.ts'
import { units } from '../../seed/data/units.ts'
import { REAL_DISTRICTS } from './data/realDistricts.ts'

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
  区: '區',
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

/** A division's name without its level: 东城区 → 东城, 肥西县 → 肥西, 巢湖市 → 巢湖. */
const stem = (name: string): string => name.replace(/(自治县|新区|区|县|市|旗)$/, '')
const REAL_STEMS = new Set(REAL_DISTRICTS.map(stem).filter((s) => s.length >= 2))
/**
 * Real districts the source articles report on (Jinan Shizhong and Lixia, Hefei Luyang): quoted
 * facts may name them, always as that place's own practice. Nothing the demo invents may.
 */
const QUOTED_DISTRICTS = ['市中区', '历下区', '庐阳区']
/** Two-letter names (城区, 郊区, 东区, 忠县 …) are ordinary words inside longer ones; texts are searched for the longer names. */
const SEARCHABLE = REAL_DISTRICTS.filter((name) => name.length >= 3)
const realDistrictsIn = (text: string): string[] => SEARCHABLE.filter((name) => text.includes(name))

/** Every piece of demo content with all of its text (the data as JSON: every string field, nothing left out). */
const everyText: [string, string][] = [
  ...units.map((u): [string, string] => [`unit ${u.code}`, JSON.stringify(u)]),
  ...exposures.map((e): [string, string] => [`exposure ${e.slug}`, JSON.stringify(e)]),
  ...allBulletins.map((b): [string, string] => [`bulletin ${b.slug}`, JSON.stringify(b)]),
  ...episodes.map((e): [string, string] => [`episode ${e.slug}`, JSON.stringify(e)]),
  ...evaluationRounds.map((r): [string, string] => [`evaluation round ${r.slug}`, JSON.stringify(r)]),
  ...ads.map((a): [string, string] => [`ad ${a.slug}`, JSON.stringify(a)]),
  ...goodPeople.map((g): [string, string] => [`good person ${g.slug}`, JSON.stringify(g)]),
  ...knowledge.map((k): [string, string] => [`knowledge ${k.slug}`, JSON.stringify(k)]),
  ['site identity', JSON.stringify(siteIdentity)],
  // Every generic type's seed (seed/data/<key>.ts, found by the table): a new type cannot be left out.
  ...(
    await Promise.all(
      genericTypes.map(async (type) => {
        const items = ((await import(`../../seed/data/${type.key}.ts`)) as { default: { slug: string }[] }).default
        return items.map((item): [string, string] => [`${type.key} ${item.slug}`, JSON.stringify(item)])
      }),
    )
  ).flat(),
]

describe('the real districts list', () => {
  it('should hold the names the demo once borrowed, the seed cities’ districts and well over a hundred names', () => {
    for (const name of [
      '东城区',
      '西城区',
      '朝阳区',
      '和平区',
      '新华区',
      '鼓楼区',
      '市中区',
      '历下区',
      '张店区',
      '庐阳区',
      '蚌山区',
      '相山区',
    ])
      expect(REAL_DISTRICTS, name).toContain(name)
    expect(REAL_DISTRICTS.length).toBeGreaterThan(300)
    expect(new Set(REAL_DISTRICTS).size).toBe(REAL_DISTRICTS.length)
  })

  it.runIf(fs.existsSync(SEEDS))('should take every district quoted from the source articles from the articles', () => {
    const text = fs
      .readdirSync(SEEDS)
      .map((file) => fs.readFileSync(path.join(SEEDS, file), 'utf8'))
      .join('\n')
    for (const place of QUOTED_DISTRICTS) expect(text.includes(place) || text.includes(traditional(place)), place).toBe(true)
  })
})

describe('every place the demo names is fictional', () => {
  const places = units.filter((u) => u.kind !== 'department')

  it.each(places.map((u) => [u.kind, u.name] as const))('should not give the %s %s a real district’s name', (_kind, name) => {
    expect(REAL_DISTRICTS).not.toContain(name)
    expect(realDistrictsIn(name)).toEqual([])
  })

  it.each(units.filter((u) => u.kind === 'district' || u.kind === 'city').map((u) => [u.name] as const))(
    'should name %s so that no real county, district or county-level city has that name with any level',
    (name) => {
      expect(REAL_STEMS.has(stem(name))).toBe(false)
    },
  )

  it.each(everyText)('should name no real district in %s except a seed district quoted as its own practice', (_name, text) => {
    expect(realDistrictsIn(text).filter((name) => !QUOTED_DISTRICTS.includes(name))).toEqual([])
  })

  it.each([...invented, ...fictional])('should name no real district at all in %s', (_name, text) => {
    expect(realDistrictsIn(text)).toEqual([])
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

  it.each([
    ['即时反馈，24小时处理', ['历下']],
    ['24小时', ['历下']],
    ['九无一创', ['庐阳']],
    ['巡访', ['市中区', '淄博', '庐阳']],
    ['手机报', ['市中区']],
    ['12345', ['蚌埠', '历下']],
    ['曝光三次', ['莱芜', '蚌埠', '淮北']],
    ['第三方', ['市中区', '蚌埠', '淄博', '庐阳']],
  ])('should name the seed city wherever a knowledge item gives its practice “%s”', (phrase, cities) => {
    const items = knowledge.filter((k) => k.answer.join('').includes(phrase))
    for (const item of items)
      expect(
        cities.some((city) => item.answer.join('').includes(city)),
        item.slug,
      ).toBe(true)
  })

  it('should not give the exposure board a deadline in the knowledge text (the deadline is a setting, shown on each exposure)', () => {
    const text = knowledge.find((k) => k.slug === 'exposure-rules')!.answer.join('')
    expect(text).not.toMatch(/[0-9一二三四五六七]+\s*(天|日|个工作日)内/)
    expect(text).not.toMatch(/^曝光台实行/)
  })

  it('should not say who the members of a citizen patrol are beyond what a seed city says', () => {
    const text = knowledge.find((k) => k.slug === 'citizen-patrol')!.answer.join('')
    expect(text).not.toContain('媒体记者')
    expect(text).not.toContain('政府网站')
    expect(text).not.toContain('红榜')
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

  it('should give the TV episodes titles of their own, never a real 《淄博问政·调查追踪》 episode’s', () => {
    const real = ['剪不断的城市“飞线”', '谁破坏了学校周边的“保护圈”', '校外培训乱象', '背街小巷为何屡治屡“脏”']
    expect(episodes.filter((e) => real.some((title) => e.title.includes(title) || title.includes(e.title))).map((e) => e.slug)).toEqual([])
  })

  it('should embed no third-party player with a made-up id in any episode', () => {
    expect(episodes.filter((e) => e.embedUrl !== undefined).map((e) => e.slug)).toEqual([])
  })

  it('should not seed the talk show 《城市会客厅》 as a TV-questioning episode', () => {
    expect(episodes.filter((e) => e.series.includes('会客厅'))).toEqual([])
  })
})
