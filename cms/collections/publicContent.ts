import type { CollectionConfig, Field } from 'payload'
import { isAdminOrReviewer, isStaff, publishedOrStaff } from '../access/index.ts'
import { publishedListIndex } from '../domain/listIndexes.ts'
import { reviewEndpoint } from '../endpoints/review.ts'
import { feedIdentityFields } from '../fields/feedIdentity.ts'
import { label } from '../fields/label.ts'
import { slugField } from '../fields/slug.ts'
import { workflowFields } from '../fields/workflow.ts'
import { checkSensitiveWords } from '../hooks/checkSensitiveWords.ts'
import { enforceReviewWorkflow } from '../hooks/enforceReviewWorkflow.ts'
import { guardPublishedWrites } from '../hooks/guardPublishedWrites.ts'
import { recordAddress, recordAddressOnDelete, rememberPublishedAddress } from '../hooks/recordAddress.ts'
import { refuseStaleReview } from '../hooks/refuseStaleReview.ts'
import { requestSiteRebuild, requestSiteRebuildOnDelete } from '../hooks/requestSiteRebuild.ts'
import { syncMediaVisibility, syncMediaVisibilityOnDelete } from '../hooks/syncMediaVisibility.ts'

/** The admin's preview button opens the page as it will look, drafts included (staff only). */
const previewUrl = (slug: string) => (doc: Record<string, unknown>) => `/preview/${slug}/${String(doc.id)}`

/** 提交审核 / 通过并发布 / 退回 above the document; Payload's 发布 button only for reviewers and admins. */
const REVIEW_BUTTONS = {
  beforeDocumentControls: ['/components/workbench/ReviewActions.tsx#ReviewActions'],
  PublishButton: '/components/workbench/ReviewerPublishButton.tsx#ReviewerPublishButton',
}

type Labels = { singular: { zh: string; en: string }; plural: { zh: string; en: string } }
type Options = Omit<CollectionConfig, 'slug' | 'labels' | 'fields'> & { labels: Labels; fields: Field[] }

/**
 * A public content type: drafts and versions with scheduled publishing, the review workflow
 * (enforced before any write: editors and liaisons change published documents only as drafts),
 * a stable slug, attribution, staff-only version history, and the public reading published only.
 */
export function publicContent(slug: string, options: Options): CollectionConfig {
  const { hooks, access, admin, ...rest } = options
  return {
    slug,
    ...rest,
    admin: {
      group: label('发布内容', 'Content'),
      listSearchableFields: ['title'],
      preview: previewUrl(slug),
      ...admin,
      components: { ...admin?.components, edit: { ...REVIEW_BUTTONS, ...admin?.components?.edit } },
    },
    endpoints: [...(rest.endpoints || []), reviewEndpoint],
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 100 },
    // The public list query (published, default order) reads its first page from this index.
    indexes: [...(rest.indexes ?? []), publishedListIndex(rest.defaultSort as string | string[] | undefined)],
    access: { read: publishedOrStaff, create: isStaff, update: isStaff, delete: isAdminOrReviewer, readVersions: isStaff, ...access },
    hooks: {
      ...hooks,
      beforeOperation: [guardPublishedWrites, ...(hooks?.beforeOperation ?? [])],
      beforeChange: [
        refuseStaleReview,
        enforceReviewWorkflow,
        checkSensitiveWords,
        ...(hooks?.beforeChange ?? []),
        rememberPublishedAddress,
      ],
      afterChange: [...(hooks?.afterChange ?? []), syncMediaVisibility, recordAddress, requestSiteRebuild],
      afterDelete: [...(hooks?.afterDelete ?? []), syncMediaVisibilityOnDelete, recordAddressOnDelete, requestSiteRebuildOnDelete],
    },
    fields: [...options.fields, slugField(), ...workflowFields(), ...feedIdentityFields()],
  }
}
