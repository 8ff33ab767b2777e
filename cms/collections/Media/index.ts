import type { CollectionConfig } from 'payload'
import { mediaCreatable, mediaDeletable, mediaReadable, mediaUpdatable, pendingChangeReadable } from '../../access/media.ts'
import { serverOnlyField } from '../../access/serverOnly.ts'
import { hasReviewNote } from '../../domain/mediaReview.ts'
import { ACCEPTED_MIME_TYPES } from '../../domain/uploadRules.ts'
import { mediaReviewEndpoint } from '../../endpoints/mediaReview.ts'
import { label } from '../../fields/label.ts'
import { requestSiteRebuildForMedia, requestSiteRebuildOnDelete } from '../../hooks/requestSiteRebuild.ts'
import { slugs } from '../../slugs.ts'
import { answerStorageOutage } from './hooks/answerStorageOutage.ts'
import { attachRenditions } from './hooks/attachRenditions.ts'
import { checkMediaWords } from './hooks/checkMediaWords.ts'
import { checkVideoFile } from './hooks/checkVideoFile.ts'
import { cleanImageUpload } from './hooks/cleanImageUpload.ts'
import { holdChangeForReview } from './hooks/holdChangeForReview.ts'
import { makeVideoPoster } from './hooks/makeVideoPoster.ts'
import { recordCompanionFiles } from './hooks/recordCompanionFiles.ts'
import { recordFocalPoint } from './hooks/recordFocalPoint.ts'
import { recordUploader } from './hooks/recordUploader.ts'
import { recordVideoFacts } from './hooks/recordVideoFacts.ts'
import { refuseLiveFileChange } from './hooks/refuseLiveFileChange.ts'
import { rejectDisallowedFile } from './hooks/rejectDisallowedFile.ts'
import { settleMediaReview } from './hooks/settleMediaReview.ts'
import { syncVideoCompanions } from './hooks/syncVideoCompanions.ts'
import { writeRenditionFiles } from './hooks/writeRenditionFiles.ts'
import { PAYLOAD_IMAGE_SIZES } from './imageSizes.ts'
import { mediaResponseHeaders } from './mediaResponseHeaders.ts'
import { VIDEO_FIELDS } from './videoFields.ts'

export { IMAGE_SIZES } from './imageSizes.ts'

/** `mediaDir`: MEDIA_DIR (settings.paths.mediaDir). */
export const media = (mediaDir: string): CollectionConfig => ({
  slug: slugs.media,
  labels: { singular: label('媒体文件', 'Media file'), plural: label('媒体库', 'Media') },
  admin: {
    group: label('系统', 'System'),
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    description: label(
      '只接受图片（JPEG、PNG、WebP、GIF、AVIF）、PDF、MP4 视频（H.264/AAC，用于电视问政和公益广告）和 WebVTT 字幕，按文件内容检查。上传后自动生成缩略图、卡片、横幅和 1200×630 分享图；视频自动截取封面。',
      'Images (JPEG, PNG, WebP, GIF, AVIF), PDF, MP4 video (H.264/AAC, for TV episodes and video ads) and WebVTT captions, checked by content. Thumbnail, card, hero and a 1200×630 social image are generated on upload; a video gets a poster frame.',
    ),
    // 通过 / 退回 of a proposed alt text or credit (reviewers), and what awaits review (everyone).
    components: { edit: { beforeDocumentControls: ['/components/workbench/MediaReviewActions.tsx#MediaReviewActions'] } },
  },
  endpoints: [mediaReviewEndpoint],
  access: { read: mediaReadable, create: mediaCreatable, update: mediaUpdatable, delete: mediaDeletable },
  hooks: {
    // A file published content uses changes only through a reviewer (README "Security", cms/domain/mediaReview.ts).
    beforeOperation: [refuseLiveFileChange, rejectDisallowedFile, checkVideoFile, cleanImageUpload],
    beforeChange: [
      recordUploader,
      settleMediaReview,
      holdChangeForReview,
      checkMediaWords,
      attachRenditions,
      recordVideoFacts,
      recordCompanionFiles,
    ],
    afterChange: [writeRenditionFiles, requestSiteRebuildForMedia, makeVideoPoster, syncVideoCompanions],
    afterDelete: [requestSiteRebuildOnDelete],
    // The object storage down: 503 with the cause, the document rolled back (README "Hosts that fail").
    afterError: [answerStorageOutage],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: [...ACCEPTED_MIME_TYPES],
    // Images are read and decoded once, in cleanImageUpload: Payload stores the cleaned original made
    // there (orientation applied, EXIF/GPS and other metadata dropped, format and extension from the
    // bytes; more than 100 million pixels refused) and attachRenditions makes the sizes from the same
    // pixels. Payload itself re-encodes only GIF and WebP, crops, and makes no renditions (imageSizes.ts).
    withMetadata: false,
    modifyResponseHeaders: mediaResponseHeaders,
    imageSizes: PAYLOAD_IMAGE_SIZES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    // Payload's own focalX field (merged with its upload fields), with the hook that notes which focal point it used.
    { name: 'focalX', type: 'number', hooks: { beforeValidate: [recordFocalPoint] } },
    {
      name: 'alt',
      type: 'text',
      label: label('替代文字', 'Alt text'),
      required: true,
      maxLength: 200,
      admin: {
        description: label(
          '为看不见图片的读者描述图片内容（必填）。PDF 请填写文件名称。文件已被公开内容使用时，编辑的修改须经审核员通过。',
          'Describe the image for readers who cannot see it (required). For a PDF, give its title. Once published content uses the file, an editor’s change waits for a reviewer.',
        ),
      },
    },
    { name: 'credit', type: 'text', label: label('来源/署名', 'Credit'), maxLength: 100 },
    // A change of alt text or credit to a file that published content uses waits here for a reviewer (README "Security").
    {
      name: 'pendingChange',
      type: 'group',
      label: label('待审核的修改', 'Change awaiting review'),
      access: { read: pendingChangeReadable, create: serverOnlyField, update: serverOnlyField },
      admin: { condition: hasReviewNote, readOnly: true },
      fields: [
        { name: 'alt', type: 'text', maxLength: 200, label: label('新的替代文字', 'New alt text') },
        { name: 'credit', type: 'text', maxLength: 100, label: label('新的来源/署名', 'New credit') },
        { name: 'requestedBy', type: 'relationship', relationTo: slugs.users, label: label('提出人', 'Requested by') },
        { name: 'requestedAt', type: 'date', label: label('提出时间', 'Requested at') },
        { name: 'rejectedReason', type: 'text', maxLength: 500, label: label('退回意见', 'Reason for return') },
      ],
    },
    {
      name: 'publicUse',
      type: 'checkbox',
      label: label('已被公开内容使用', 'Used by published content'),
      defaultValue: false,
      index: true,
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label(
          '由系统维护：只有被已发布内容使用的文件才对公众可见；草稿的附件在发布前保持不公开。',
          'Kept by the system: only files used by published content are public; a draft’s attachments stay private until it is published.',
        ),
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('上传人', 'Uploaded by'),
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    ...VIDEO_FIELDS,
  ],
})
