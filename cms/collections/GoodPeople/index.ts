import { isStaffField, isStaffOrLiaisonField, publishedOrOwnUnit, staffOrOwnUnit } from '../../access/index.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { CONTENT_TYPES, GOOD_PERSON_CATEGORIES, NOMINATION_CHANNELS } from '../../domain/contentTypes/index.ts'
import { LADDER, LADDER_LABELS } from '../../domain/ladder.ts'
import { label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { endorseEndpoint, endorsementsEndpoint, endorseReadyEndpoint } from './endpoints/endorse.ts'
import { nomineeCacheHooks } from './endpoints/notice.ts'
import { objectionEndpoint } from './endpoints/objection.ts'
import { deleteEndorsements } from './hooks/deleteEndorsements.ts'
import { recordPromotion } from './hooks/recordPromotion.ts'
import { refuseLiaisonLevel } from './hooks/refuseLiaisonLevel.ts'

const canAccess = (who: typeof isStaffOrLiaisonField) => ({ create: who, update: who })

/** 好人: a nominee with story, category, channel and the level reached on the five-level ladder. */
export const GoodPeople = publicContent(slugs.goodPeople, {
  labels: CONTENT_TYPES.goodPeople.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.goodPeople.titleField,
    defaultColumns: ['name', 'category', 'level', 'round', 'unit', '_status'],
    listSearchableFields: ['name'],
  },
  access: { read: publishedOrOwnUnit, create: staffOrOwnUnit, update: staffOrOwnUnit },
  hooks: {
    beforeChange: [recordPromotion],
    afterChange: [nomineeCacheHooks.afterChange],
    // A nominee's 点赞 go with it (./hooks/deleteEndorsements.ts).
    beforeDelete: [deleteEndorsements],
    afterDelete: [nomineeCacheHooks.afterDelete],
  },
  // 公示 (public notice): 点赞 and 异议反馈 from the nominee's page; see the endpoint files for who may call them.
  endpoints: [endorseEndpoint, endorseReadyEndpoint, endorsementsEndpoint, objectionEndpoint],
  fields: [
    { name: 'name', type: 'text', label: label('姓名', 'Name'), required: true, maxLength: 40, access: canAccess(isStaffOrLiaisonField) },
    { name: 'title', type: 'text', label: label('称号/一句话事迹', 'Headline'), maxLength: 80 },
    { name: 'photo', type: 'upload', relationTo: slugs.media, label: label('照片', 'Photo') },
    { name: 'story', type: 'richText', label: label('事迹', 'Story'), required: true },
    {
      name: 'category',
      type: 'select',
      label: label('类别', 'Category'),
      required: true,
      index: true,
      options: selectOptions(GOOD_PERSON_CATEGORIES),
    },
    {
      name: 'channel',
      type: 'select',
      label: label('推荐渠道', 'Nominating channel'),
      required: true,
      options: selectOptions(NOMINATION_CHANNELS),
    },
    { name: 'unit', type: 'relationship', relationTo: slugs.units, required: true, index: true, label: label('所在单位', 'Unit') },
    {
      name: 'round',
      type: 'relationship',
      relationTo: slugs.selectionRounds,
      required: true,
      index: true,
      label: label('评选轮次', 'Selection round'),
    },
    {
      name: 'level',
      type: 'select',
      label: label('当前层级', 'Level reached'),
      index: true,
      options: LADDER.map((value) => ({ value, label: LADDER_LABELS[value] })),
      access: canAccess(isStaffField),
      hooks: { beforeValidate: [refuseLiaisonLevel] },
      admin: {
        description: label(
          '楼道（村组）→ 社区（村）→ 街道（乡镇）→ 县区 → 市级。新推荐人选按推荐渠道的起评层级入选（群众推荐从楼道（村组）；单位、群团组织、学校推荐从社区（村）；媒体和网络推荐从县区，因为没有基层推荐人，由县区文明办核实后参评），入选依据记入推选记录；此后逐级推选，不能越级、不能降级，管理员也一样。只有编辑、审核人员和管理员可以推选。',
          "New nominees enter at their channel's entry level (residents: building; workplaces, mass organisations, schools: community; media and internet: district, verified there first), recorded with the reason; then one level at a time, never skipped or lowered, admins included. Only editors, reviewers and admins promote.",
        ),
      },
    },
    {
      name: 'promotions',
      type: 'array',
      label: label('推选记录', 'Promotion history'),
      admin: { readOnly: true, initCollapsed: true },
      access: canAccess(serverOnlyField),
      fields: [
        {
          name: 'level',
          type: 'select',
          options: LADDER.map((value) => ({ value, label: LADDER_LABELS[value] })),
          label: label('层级', 'Level'),
        },
        {
          name: 'by',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('操作人', 'By'),
          access: { read: isStaffOrLiaisonField },
        },
        { name: 'at', type: 'date', label: label('时间', 'At') },
        { name: 'reason', type: 'text', label: label('依据', 'Reason') },
      ],
    },
  ],
})
