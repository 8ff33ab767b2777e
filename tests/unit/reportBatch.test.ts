import { describe, expect, it } from 'vitest'
import { type BatchReport, decideReports, type ReportOutcome } from '../../cms/domain/reportBatch.ts'

const r = (textHash: string, ...photoHashes: string[]): BatchReport => ({ textHash, photoHashes })
const none = { texts: new Set<string>(), photos: new Set<string>() }

describe('decideReports: a batch judged as if its reports came one after another', () => {
  const cases: [string, BatchReport[], boolean[], boolean[], typeof none, ReportOutcome[]][] = [
    ['all new', [r('a', 'p1'), r('b')], [true, true], [true, true], none, ['stored', 'stored']],
    ['no slot left: full, whatever else', [r('a')], [false], [false], none, ['full']],
    ['challenge used before: used', [r('a')], [true], [false], none, ['used']],
    ['same text stored within the day', [r('a')], [true], [true], { texts: new Set(['a']), photos: new Set() }, ['duplicate']],
    ['a photo stored within the day', [r('b', 'p9', 'p1')], [true], [true], { texts: new Set(), photos: new Set(['p1']) }, ['duplicate']],
    ['same text twice in the batch: the first stored', [r('a'), r('a')], [true, true], [true, true], none, ['stored', 'duplicate']],
    ['same photo twice in the batch', [r('a', 'p'), r('b', 'p')], [true, true], [true, true], none, ['stored', 'duplicate']],
    ['a refused report is no duplicate source', [r('a'), r('a')], [false, true], [false, true], none, ['full', 'stored']],
    ['a used challenge is no duplicate source', [r('a', 'p'), r('b', 'p')], [true, true], [false, true], none, ['used', 'stored']],
    ['full comes before used and duplicate', [r('a')], [false], [true], { texts: new Set(['a']), photos: new Set() }, ['full']],
    ['empty batch', [], [], [], none, []],
  ]
  it.each(cases)('%s', (_, reports, slotOk, challengeOk, stored, expected) => {
    expect(decideReports(reports, slotOk, challengeOk, stored)).toEqual(expected)
  })
})
