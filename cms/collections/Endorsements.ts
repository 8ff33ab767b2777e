import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff, nobody } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'
import { forgetTallies } from './GoodPeople/endpoints/endorseTally.ts'

/**
 * 点赞记录: one row per endorsement. The unique key (nominee, day, browser) is what makes "once per
 * browser per day" exact under concurrent clicks; the count is the number of rows. Written only by
 * POST /api/good-people/:id/endorse; reviewers see rows flagged as part of a spike with the numbers
 * behind the flag (never dropped).
 */
export const Endorsements: CollectionConfig = {
  slug: slugs.endorsements,
  labels: { singular: label('点赞记录', 'Endorsement'), plural: label('公示点赞记录', 'Endorsements') },
  admin: {
    group: label('市民参与', 'Residents'),
    defaultColumns: ['nominee', 'day', 'suspicious', 'burstLastHour', 'burstPreviousWeek', 'createdAt'],
    description: label(
      '公示期间市民的点赞（只计本站发放了签名凭证的浏览器，每人选每浏览器每天一次）。点赞数只是公众意见的参考，不是评选结果。' +
        '“异常（突增）”：连同这一个，该人选一小时内的点赞达到 50 个，且超过此前一周每小时平均数的 10 倍；这些点赞照常计数，请按“前一小时点赞数”和“此前一周点赞数”核查，可按“异常”筛选。',
      'Endorsements during a public notice (only browsers holding an id this site signed; once per nominee per browser per day): a public signal, not the result. ' +
        '"Spike": with this one, at least 50 in an hour and over 10 times the hourly average of the week before; such endorsements still count — check the two numbers shown, filter by "Spike".',
    ),
  },
  defaultSort: '-createdAt',
  // A deleted vote: this process's running counts are read in full again (other processes within a minute).
  hooks: {
    afterDelete: [
      ({ req, doc }) => {
        forgetTallies(req.payload)
        return doc
      },
    ],
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  // (nominee, createdAt): each 点赞 batch counts a nominee's votes and its last hour / week from this index alone (no table reads).
  indexes: [{ fields: ['nominee', 'day', 'browser'], unique: true }, { fields: ['nominee', 'createdAt'] }],
  fields: [
    { name: 'nominee', type: 'relationship', relationTo: slugs.goodPeople, required: true, index: true, label: label('人选', 'Nominee') },
    { name: 'day', type: 'text', required: true, index: true, label: label('日期（北京时间）', 'Day (China)') },
    { name: 'browser', type: 'text', required: true, label: label('浏览器标识', 'Browser id'), admin: { hidden: true } },
    { name: 'ipHash', type: 'text', index: true, label: label('网络标识（每日变化的摘要）', 'Network digest'), admin: { hidden: true } },
    { name: 'suspicious', type: 'checkbox', index: true, defaultValue: false, label: label('异常（突增）', 'Spike') },
    // The numbers behind a spike flag, for the reviewer: endorsements of this nominee in the hour before this one, and in the week before that hour.
    { name: 'burstLastHour', type: 'number', label: label('前一小时点赞数', 'Endorsements in the last hour') },
    { name: 'burstPreviousWeek', type: 'number', label: label('此前一周点赞数', 'Endorsements in the week before') },
  ],
}
