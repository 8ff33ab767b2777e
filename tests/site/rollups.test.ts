import { describe, expect, it } from 'vitest'
import { exposures } from '../../seed/data/exposures.ts'
import { units } from '../../seed/data/units.ts'
import { html } from './site.ts'

const published = exposures.filter((item) => item.publish === 'published')
/** A unit's code and every unit's code below it. */
function under(root: string): Set<string> {
  const found = new Set([root])
  let size = 0
  while (found.size > size) {
    size = found.size
    for (const unit of units) if (unit.parent && found.has(unit.parent)) found.add(unit.code)
  }
  return found
}
const cells = (row: { querySelectorAll: (s: string) => { text: string }[] }) =>
  row.querySelectorAll('td').map((td) => Number(td.text.trim()))

describe('roll-ups: a unit’s page and exposure list include the units below it', () => {
  it('should give 景明区 a table with one row per street that has items, and a total over all of them', () => {
    const codes = under('d-jingming')
    const mine = published.filter((item) => codes.has(item.unit))
    const table = html('units/d-jingming/index.html').querySelector('table.rollup')!
    expect(table.querySelector('caption')?.text).toContain('含下属社区、网格')
    const rows = table.querySelectorAll('tbody tr')
    const streets = [...new Set(mine.map((item) => item.unit))]
    expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href')).sort()).toEqual(
      streets.map((code) => `/exposures/unit/${code}/`).sort(),
    )
    const total = cells(table.querySelector('tfoot tr')!)
    expect(total[0]).toBe(mine.length)
    expect(rows.reduce((sum, row) => sum + cells(row)[0]!, 0)).toBe(mine.length)
    const heping = rows.find((row) => row.querySelector('th')?.text.trim() === '和平街道')!
    const own = published.filter((item) => item.unit === 's-heping')
    expect(cells(heping).slice(0, 3)).toEqual([own.length, 3, 3])
  })

  it('should list every item of the district’s streets on its exposure list, and only the street’s own on a street’s', () => {
    const count = published.filter((item) => under('d-jingming').has(item.unit)).length
    expect(html('exposures/unit/d-jingming/index.html').querySelector('.lead')?.text).toContain(`共 ${count} 个`)
    const own = published.filter((item) => item.unit === 's-heping').length
    expect(html('exposures/unit/s-heping/index.html').querySelector('.lead')?.text).toContain(`共 ${own} 个`)
    expect(html('exposures/unit/index.html').querySelector('a[href="/exposures/unit/city/"]')).toBeNull()
    expect(html('exposures/unit/index.html').querySelector('a[href="/exposures/unit/d-jingming/"]')?.parentNode?.text).toContain(
      `（${count}）`,
    )
  })
})
