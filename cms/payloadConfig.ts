import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type Config, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { isAdminRequest } from './access/accounts.ts'
import { restrictDocumentLocks } from './auth/lockedDocuments.ts'
import { AccountabilityRecords } from './collections/AccountabilityRecords/index.ts'
import { BuilderLeases } from './collections/BuilderLeases.ts'
import { Bulletins } from './collections/Bulletins/index.ts'
import { CivilityTitles } from './collections/CivilityTitles/index.ts'
import { DeadlineExtensions } from './collections/DeadlineExtensions/index.ts'
import { Documents } from './collections/Documents/index.ts'
import { Endorsements } from './collections/Endorsements.ts'
import { EvaluationRounds } from './collections/EvaluationRounds/index.ts'
import { exposures } from './collections/Exposures/index.ts'
import { GoodPeople } from './collections/GoodPeople/index.ts'
import { IssueClaims } from './collections/IssueClaims.ts'
import { Knowledge } from './collections/Knowledge.ts'
import { media } from './collections/Media/index.ts'
import { Messages } from './collections/Messages/index.ts'
import { News } from './collections/News.ts'
import { Objections } from './collections/Objections.ts'
import { PendingPhotos } from './collections/PendingPhotos.ts'
import { PracticeCentres } from './collections/PracticeCentres.ts'
import { Projects } from './collections/Projects/index.ts'
import { PublicAds } from './collections/PublicAds/index.ts'
import { QuizAnswers } from './collections/QuizAnswers.ts'
import { RateSlots } from './collections/RateSlots.ts'
import { ResidentReports } from './collections/ResidentReports/index.ts'
import { SelectionRounds } from './collections/SelectionRounds.ts'
import { SensitiveWords } from './collections/SensitiveWords.ts'
import { SiteAddresses } from './collections/SiteAddresses/index.ts'
import { SurveyResponses } from './collections/SurveyResponses.ts'
import { Surveys } from './collections/Surveys/index.ts'
import { SurveyTallies } from './collections/SurveyTallies.ts'
import { TitleRevocations } from './collections/TitleRevocations/index.ts'
import { Topics } from './collections/Topics.ts'
import { TvEpisodes } from './collections/TvEpisodes/index.ts'
import { Units } from './collections/Units/index.ts'
import { users as usersCollection } from './collections/Users.ts'
import { VolunteerActivities } from './collections/VolunteerActivities/index.ts'
import { VolunteerSignups } from './collections/VolunteerSignups/index.ts'
import { largestUpload } from './config/limits.ts'
import type { Settings } from './config/settings.ts'
import { applyMigrations, databaseAdapter } from './db.ts'
import { ADMIN_FALLBACK_NAME, adminTitleSuffix } from './domain/adminBrand.ts'
import { emailAdapter } from './email/adapter.ts'
import { workbenchEndpoints } from './endpoints/index.ts'
import { SiteIdentity } from './globals/SiteIdentity.ts'
import { SiteStatus } from './globals/SiteStatus.ts'
import { WorkbenchSettings } from './globals/WorkbenchSettings.ts'
import { answerWriterBusy } from './hooks/answerWriterBusy.ts'
import { withPublicQueryCaps } from './hooks/capPublicQueries.ts'
import { shouldAutoRun } from './jobs/cronGate.ts'
import { eraseReportContactsTask } from './jobs/eraseReportContacts.ts'
import { photoTasks } from './jobs/processPhotos.ts'
import { pruneRateSlotsTask } from './jobs/pruneRateSlots.ts'
import { publishSiteTask } from './jobs/publishSite.ts'
import { refreshOverdueTask } from './jobs/refreshOverdue.ts'
import { resolvePayloadSecret } from './secrets.ts'
import { mediaStorage } from './storage/plugin.ts'

/**
 * The Payload config built from one process's settings (cms/config/settings.ts); hooks, endpoints and
 * jobs read them back from `config.custom.settings` (cms/config/fromPayload.ts).
 */
export function payloadConfig(settings: Settings): Promise<SanitizedConfig> {
  const { database: target, paths } = settings
  const root = paths.projectRoot
  const users = usersCollection(settings.site.secureCookies)
  const config = buildConfig({
    secret: resolvePayloadSecret(settings),
    db: databaseAdapter(target, root, settings.sqliteSynchronous),
    onInit: (payload) => applyMigrations(payload, target),
    custom: { settings },
    // A write that waited too long for the embedded database: 503 with Retry-After on every route, never a 500.
    hooks: { afterError: [answerWriterBusy] },
    editor: lexicalEditor(),
    sharp,
    // Refused requests are one info line each (server.ts logs the status line), never an error with a stack.
    // (UnauthorizedError and our TooManyLoginAttempts/TooManyResetRequests are matched by name at run time; Payload's type lists fewer names.)
    loggingLevels: {
      AuthenticationError: 'info',
      UnauthorizedError: 'info',
      LockedAuth: 'info',
      TooManyLoginAttempts: 'info',
      TooManyResetRequests: 'info',
      UnverifiedEmail: 'info',
    } as Config['loggingLevels'],
    // Password-reset mail over SMTP (SMTP_* settings); off, with one log line, when SMTP_HOST is unset.
    email: emailAdapter(settings.email),
    // One origin (publisher/server.ts): the only origin whose requests may use the session cookie; Payload also
    // trusts a Host header for links in its e-mails only when it is on these lists. serverURL stays unset
    // on purpose: it would turn every media URL absolute.
    csrf: [settings.site.siteOrigin],
    cors: [settings.site.siteOrigin],
    graphQL: { maxComplexity: 1000, disablePlaygroundInProduction: true, disableIntrospectionInProduction: true },
    // Anonymous and non-staff REST/GraphQL reads: limit ≤ 100, depth ≤ 2 (cms/hooks/capPublicQueries.ts).
    collections: withPublicQueryCaps([
      Bulletins,
      EvaluationRounds,
      exposures(settings.terms.accountabilityWindowDays),
      TvEpisodes,
      GoodPeople,
      SelectionRounds,
      PublicAds,
      Knowledge,
      Units,
      media(paths.mediaDir),
      users,
      IssueClaims,
      SensitiveWords,
      AccountabilityRecords,
      DeadlineExtensions,
      ResidentReports,
      Endorsements,
      Objections,
      BuilderLeases,
      RateSlots,
      Documents,
      Projects,
      CivilityTitles,
      TitleRevocations,
      VolunteerActivities,
      PracticeCentres,
      VolunteerSignups,
      News,
      Topics,
      QuizAnswers,
      SiteAddresses,
      Surveys,
      SurveyResponses,
      SurveyTallies,
      Messages,
      PendingPhotos,
    ]),
    globals: [WorkbenchSettings, SiteStatus, SiteIdentity],
    // Uploads in S3 when S3_BUCKET is set (private bucket, served through Payload's access checks): cms/storage/plugin.ts.
    plugins: [mediaStorage(settings.storage.media)],
    jobs: {
      // /api/payload-jobs/run and friends: administrators only (the cron below runs with the system's rights).
      access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
      // publishSite: requests to rebuild the public site, on their own queue that only the site builder runs (cms/publishPort.ts).
      tasks: [
        refreshOverdueTask,
        publishSiteTask,
        eraseReportContactsTask,
        pruneRateSlotsTask,
        ...photoTasks(settings.limits.photoWorkers),
      ],
      // Scheduled publish and unpublish, the overdue refresh, erasing contact details: every minute, in
      // the one process whose site builder holds the builder lease (cms/jobs/cronGate.ts), however many API processes run.
      autoRun: [
        { cron: '* * * * *', queue: 'default', limit: 20 },
        // Residents' photos left by a restart (cms/jobs/processPhotos.ts; the accepting process runs them at once), unless photo workers run them.
        ...(settings.limits.photoWorkers > 0 ? [] : [{ cron: '* * * * *', queue: 'photos', limit: 20 }]),
      ],
      shouldAutoRun,
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        admin: { ...defaultJobsCollection.admin, hidden: true },
      }),
    },
    i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
    admin: {
      user: users.slug,
      avatar: 'default',
      // The office's site name (网站设置) replaces Payload's: in page titles (cms/app/(payload)/admin/[[...segments]]/page.tsx),
      // on the login page and in the header (cms/components/brand/).
      // No Open Graph images for the admin (it is noindex; /api/og would render our async brand Icon, which its image renderer cannot): 400.
      meta: {
        titleSuffix: adminTitleSuffix(ADMIN_FALLBACK_NAME),
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
        defaultOGImageType: 'off',
      },
      components: {
        graphics: { Logo: '/components/brand/AdminLogo.tsx#AdminLogo', Icon: '/components/brand/AdminIcon.tsx#AdminIcon' },
        // 工作台: what each role has to do, stale sections (cms/components/workbench/Dashboard.tsx).
        // No web sign-up for the first user: the create-first-user view says to run `npm run user:create` (cms/components/auth/NoFirstUser.tsx).
        views: {
          dashboard: { Component: '/components/workbench/Dashboard.tsx#Dashboard' },
          createFirstUser: { Component: '/components/auth/NoFirstUser.tsx#NoFirstUser' },
        },
      },
      importMap: {
        baseDir: path.resolve(root, 'cms'),
        importMapFile: path.resolve(root, 'cms/app/(payload)/admin/importMap.js'),
      },
    },
    upload: {
      limits: { fileSize: largestUpload(settings.limits) },
      abortOnLimit: true,
      responseOnLimit: `文件超过大小限制（${Math.round(largestUpload(settings.limits) / 1024 / 1024)} MB）。 / File size limit reached.`,
    },
    // /api/workbench/summary (staff, per role), /api/audit/export.csv (admins): cms/endpoints/index.ts.
    endpoints: workbenchEndpoints,
    typescript: { outputFile: path.resolve(root, 'cms/payload-types.ts'), autoGenerate: false },
    telemetry: false,
  })
  // Payload's document-lock collection gets owner-only access (see cms/auth/lockedDocuments.ts).
  return restrictDocumentLocks(config)
}
