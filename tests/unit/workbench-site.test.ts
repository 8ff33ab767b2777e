import { describe, expect, it } from 'vitest'
import { accountabilityRecords } from '../../site/loaders/accountability.ts'
import { exposureEntry } from '../../site/loaders/exposures.ts'

const exposure = { title: 't', description: 'd', place: 'p', foundAt: '2026-11-01T00:00:00.000Z', unit: null }

describe('site loaders for the workbench', () => {
  it.each([
    [undefined, null],
    [{ state: 'none' }, null],
    [
      { state: 'issued', label: '督办〔2026〕第3号', issuedAt: '2026-11-02T01:00:00Z' },
      { label: '督办〔2026〕第3号', issuedAt: '2026-11-02', verifiedAt: null },
    ],
    [
      { state: 'closed', label: '督办〔2026〕第3号', issuedAt: '2026-11-02T01:00:00Z', verifiedAt: '2026-11-05T02:00:00Z' },
      { label: '督办〔2026〕第3号', issuedAt: '2026-11-02', verifiedAt: '2026-11-05' },
    ],
  ])('should show the supervision order %j as %j', (supervision, expected) => {
    expect(exposureEntry({ ...exposure, supervision }, new Date('2026-11-10T00:00:00Z'), '/media').supervision).toEqual(expected)
  })

  it('should list confirmed records only, newest first, with the form in Chinese', () => {
    const join = {
      docs: [
        { status: 'confirmed', date: '2026-10-01T00:00:00Z', form: 'interview', summary: '甲', exposures: [1, { id: 2 }] },
        { status: 'proposed', date: '2026-11-01T00:00:00Z', form: 'criticism', summary: '乙', exposures: [] },
        { status: 'confirmed', date: '2026-11-02T00:00:00Z', form: 'criticism', summary: '丙', exposures: [], bulletin: 7 },
      ],
    }
    expect(accountabilityRecords(join)).toEqual([
      { date: '2026-11-02', form: '通报批评', summary: '丙', exposureIds: [], bulletinId: '7' },
      { date: '2026-10-01', form: '约谈', summary: '甲', exposureIds: ['1', '2'], bulletinId: null },
    ])
    expect(accountabilityRecords(null)).toEqual([])
  })
})
