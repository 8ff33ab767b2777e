import type { CollectionConfig } from 'payload'
import { isStaff, nobody } from '../access/index.ts'
import { label } from '../fields/label.ts'
import { slugs } from '../slugs.ts'

/**
 * 问卷统计分段: the counts of a run of responses, (after, through] by response id, added up once so
 * that reading results stays cheap however many answers there are. Written only by
 * cms/collections/Surveys/results.ts; the unique (survey, after) index lets exactly one process
 * store each run, so no answer is counted twice, and responses not yet in a run are added up on read,
 * so none is lost. Hidden from the admin; staff read it through the survey's results.
 */
export const SurveyTallies: CollectionConfig = {
  slug: slugs.surveyTallies,
  labels: { singular: label('问卷统计分段', 'Survey tally'), plural: label('问卷统计分段', 'Survey tallies') },
  admin: { group: label('市民参与', 'Residents'), hidden: true },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['survey', 'after'], unique: true }],
  fields: [
    { name: 'survey', type: 'relationship', relationTo: slugs.surveys, required: true, index: true, label: label('问卷', 'Survey') },
    { name: 'after', type: 'number', required: true, label: label('起（不含）', 'After id') },
    { name: 'through', type: 'number', required: true, label: label('止（含）', 'Through id') },
    { name: 'counts', type: 'json', required: true, label: label('计数', 'Counts') },
  ],
}
