import {
  type Clock,
  createAccountsService,
  createAutoRepliesService,
  createBroadcastService,
  createBusinessService,
  createCatalogMessages,
  createCatalogService,
  createChatService,
  createContactsService,
  createGraphMediaService,
  createLabelsService,
  createMediaService,
  createMessagingService,
  createOrderService,
  createPlatformMessaging,
  createPlatformService,
  createQuickRepliesService,
  createSafetyService,
  createSandboxService,
  createStatisticsService,
  createTemplatesService,
  DEFAULT_REVIEW_RULES,
  type EndpointDirectory,
  OTP_POLICY,
  TEMPLATE_CATEGORIES,
  templateStatusChange,
  banUpdateChange,
  createSendLimits,
} from '@parley/core';
import {
  MessageStore,
  openDatabase,
  Outbox,
  SqlAccountRepository,
  SqlActivityReader,
  SqlAutoReplyRepository,
  SqlBlockRepository,
  SqlBroadcastListRepository,
  SqlBroadcastRepository,
  SqlBusinessProfileRepository,
  SqlChatRepository,
  SqlCollectionRepository,
  SqlContactRepository,
  SqlDeviceRepository,
  SqlGraphMediaRepository,
  SqlLabelRepository,
  SqlLinkRequestRepository,
  SqlMediaRepository,
  SqlOrderRepository,
  SqlOtpRepository,
  SqlPlatformManagementRepository,
  SqlPlatformMessagingRepository,
  SqlPlatformRepository,
  SqlProductRepository,
  SqlQuickReplyRepository,
  SqlReceiptStore,
  SqlReportRepository,
  SqlTemplateRepository,
  SqlTestPhoneRepository,
  SqlWebhookQueue,
} from '@parley/db';
import { createInProcessBus } from '@parley/bus';
import { startAutoReplies } from './business/auto-replies.job.js';
import { startOrderRecording } from './orders/order-recording.js';
import { createHttpMediaFetcher } from './media/http-media-fetcher.js';
import { createWebhooks } from './webhooks/webhooks.js';
import { timeOrderedIds } from './platform-messaging/message-ids.js';
import { undeliverableStatusChange } from './platform-messaging/undeliverable-status.js';
import { startPlatformWebhooks } from './platform-messaging/platform-webhooks.job.js';
import { sampleTemplate } from './sandbox/sample-template.js';
import { createPlatformManagement } from './platform/platform-management.js';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { ConnectionRegistry } from './ws/connection-registry.js';
import { startDelivery } from './ws/delivery.js';
import { createPresence } from './ws/presence.js';
import { graphIds, nodeSecrets, randomIds, systemClock } from './platform/node-ports.js';
import { DevOutboxSender } from './platform/code-senders/dev-outbox-sender.js';
import { HttpCodeSender } from './platform/code-senders/http-code-sender.js';
import { MemoryRateLimiter } from './platform/memory-rate-limiter.js';
import { DiskBlobStore } from './media/disk-blob-store.js';
import { mediaInspector } from './media/media-inspector.js';

/**
 * The composition root: the only place that chooses adapters. Everything else receives ports.
 */
export async function composeParley(config: Config, logger: Logger, clock: Clock = systemClock) {
  const onError = (error: unknown) => logger.error({ err: error }, 'background work failed');
  const { db, close } = await openDatabase(config.database);
  const bus = createInProcessBus(onError);
  const outbox = new Outbox(db, bus);
  const messageStore = new MessageStore(db, outbox, clock);
  const receiptStore = new SqlReceiptStore(db, outbox, clock);
  const chatRepository = new SqlChatRepository(db, outbox, clock);
  const blocks = new SqlBlockRepository(db);
  const ids = randomIds;

  const mediaBlobs = new DiskBlobStore(join(config.dataDir, 'media'));
  await mediaBlobs.init();
  const mediaRepository = new SqlMediaRepository(db);
  const media = createMediaService({
    repository: mediaRepository,
    blobs: mediaBlobs,
    inspector: mediaInspector,
    clock,
    ids,
  });

  // The development outbox shows codes to anyone; config allows it only outside production.
  const devOutbox = config.codeSender.kind === 'dev-outbox' ? new DevOutboxSender(logger, clock) : undefined;
  const accounts = createAccountsService({
    accounts: new SqlAccountRepository(db),
    devices: new SqlDeviceRepository(db),
    otps: new SqlOtpRepository(db),
    linkRequests: new SqlLinkRequestRepository(db),
    codeSender: config.codeSender.kind === 'http' ? new HttpCodeSender(config.codeSender) : devOutbox!,
    addressLimiter: new MemoryRateLimiter(),
    imageSize: (mediaId) => mediaRepository.get(mediaId),
    secrets: nodeSecrets,
    ids,
    clock,
    otpPolicy: {
      ...OTP_POLICY,
      sendsPerAddress: { ...OTP_POLICY.sendsPerAddress, limit: config.otpSendsPerAddressPerHour },
    },
  });
  const accountExists = accounts.exists;
  const phoneOf = async (accountId: string) => (await accounts.getProfile(accountId)).phone;
  const contactRepository = new SqlContactRepository(db);
  const businessProfiles = new SqlBusinessProfileRepository(db);
  const business = createBusinessService({
    profiles: businessProfiles,
    kindOf: accounts.kindOf,
    clock,
  });
  const products = new SqlProductRepository(db);
  const catalog = createCatalogService({
    products,
    collections: new SqlCollectionRepository(db),
    assertBusiness: business.assertBusiness,
    mediaOf: (mediaId) => mediaRepository.get(mediaId),
    clock,
    ids,
  });
  const orders = createOrderService({
    orders: new SqlOrderRepository(db),
    assertBusiness: business.assertBusiness,
    clock,
  });
  const contacts = createContactsService({
    contacts: contactRepository,
    accountIdsByPhone: accounts.idsByPhone,
    clock,
  });

  const labels = createLabelsService({
    labels: new SqlLabelRepository(db),
    assertBusiness: business.assertBusiness,
    chats: chatRepository,
    contacts: contactRepository,
    accountIdsByPhone: accounts.idsByPhone,
    clock,
    ids,
  });
  const quickReplies = createQuickRepliesService({
    replies: new SqlQuickReplyRepository(db),
    assertBusiness: business.assertBusiness,
    media: (mediaId) => mediaRepository.get(mediaId),
    clock,
    ids,
  });

  const safety = createSafetyService({
    blocks,
    reports: new SqlReportRepository(db),
    accountExists,
    clock,
    ids,
  });
  const chats = createChatService({
    chats: chatRepository,
    accountExists,
    clock,
    ids,
    inviteCode: () => nodeSecrets.randomToken(16),
  });
  const messaging = createMessagingService({
    chats: chatRepository,
    log: messageStore,
    reader: messageStore,
    receipts: receiptStore,
    hidden: messageStore,
    isBlocked: (blocker, blocked) => blocks.isBlocked(blocker, blocked),
    missingMedia: media.missing,
    resolveCatalogContent: createCatalogMessages({
      chats: chatRepository,
      products,
      assertBusiness: business.assertBusiness,
    }),
    clock,
    ids,
  });
  const stopOrderRecording = startOrderRecording({ bus, orders, onError });

  const autoReplies = createAutoRepliesService({
    repository: new SqlAutoReplyRepository(db),
    assertBusiness: business.assertBusiness,
    hoursOf: async (businessId) => (await businessProfiles.get(businessId))?.hours ?? null,
    chats: chatRepository,
    phoneOf,
    inContacts: async (ownerId, phone) => (await contactRepository.get(ownerId, phone)) !== undefined,
    clock,
  });
  const autoRepliesJob = startAutoReplies({ bus, autoReplies, messaging, onError });
  const broadcasts = createBroadcastService({
    lists: new SqlBroadcastListRepository(db),
    broadcasts: new SqlBroadcastRepository(db),
    assertBusiness: business.assertBusiness,
    phoneOf,
    accountIdsByPhone: accounts.idsByPhone,
    whoSaved: (phone, accountIds) => contactRepository.ownersWhoSaved(phone, accountIds),
    openDirect: chats.openDirect,
    send: (sender, input) => messaging.send(sender, input),
    missingMedia: media.missing,
    clock,
    ids,
  });
  const statistics = createStatisticsService({
    activity: new SqlActivityReader(db),
    assertBusiness: business.assertBusiness,
  });

  const platformRepository = new SqlPlatformRepository(db);
  const platform = createPlatformService({
    repository: platformRepository,
    graphIds,
    secrets: nodeSecrets,
    clock,
    createNumberAccount: async (phone, verifiedName) =>
      (await accounts.createPlatformAccount(phone, verifiedName)).id,
    // `webhooks` is built below (it needs the platform's endpoints); only an operator call runs this.
    onWabaStandingChange: ({ wabaId, disabled, at }) =>
      webhooks.enqueue(banUpdateChange(wabaId, disabled, at)),
  });

  // Graph media ids over the same media store; links are fetched under the webhooks' address rule.
  const graphMedia = createGraphMediaService({
    repository: new SqlGraphMediaRepository(db),
    media,
    fetcher: createHttpMediaFetcher({ allowPrivate: config.webhookAllowPrivate }),
    assertGrant: platform.assertGrant,
    graphIds,
    secrets: nodeSecrets,
    clock,
  });

  // An app gets the fields it subscribed to (`messages` when it named none), at the WABA
  // subscription's override URL or its own. Per-number overrides need storage: not yet.
  const webhookDirectory: EndpointDirectory = {
    endpointsFor: (wabaId, _phoneNumberId, field) => platform.endpointsFor(wabaId, field),
    secretOf: async (appId) => (await platform.getApp(appId))?.secret,
  };
  const webhooks = createWebhooks({
    directory: webhookDirectory,
    queue: new SqlWebhookQueue(db),
    clock,
    random: { next: Math.random },
    allowPrivate: config.webhookAllowPrivate,
    onError,
  });

  // Message templates (contract 4). Status changes are persisted as webhooks before the Graph
  // call answers, so an approval the caller saw is never missing from its webhooks.
  const templates = createTemplatesService({
    templates: new SqlTemplateRepository(db),
    ids: graphIds,
    clock,
    review: {
      ...DEFAULT_REVIEW_RULES,
      approveClean: config.templateReview === 'automatic' ? TEMPLATE_CATEGORIES : [],
    },
    onStatusChange: (change) => webhooks.enqueue(templateStatusChange(change.wabaId, change, change.at)),
  });

  // The Graph API's send path: recipients, conversations and windows cached, windows fed by the bus.
  const platformMessagingRepository = new SqlPlatformMessagingRepository(db);
  const platformMessaging = createPlatformMessaging({
    repository: platformMessagingRepository,
    accountIdByPhone: async (phone) => (await accounts.idsByPhone([phone])).get(phone),
    openDirect: chats.openDirect,
    send: (sender, input, options) => messaging.send(sender, input, options),
    acknowledge: messaging.acknowledge,
    onUndeliverable: (send) => void webhooks.enqueue(undeliverableStatusChange(send)).catch(onError),
    throttle: config.throughputLimits ? createSendLimits(clock).take : () => undefined,
    clock,
    messageIds: timeOrderedIds,
  });
  const stopWindows = bus.subscribe((event) => {
    if (event.type === 'message.appended') platformMessaging.noteMessage(event.message);
  });
  // Messages to and from platform numbers, and receipts of theirs, become webhook changes.
  const platformWebhooksJob = startPlatformWebhooks({
    bus,
    chat: (chatId) => chatRepository.get(chatId),
    numberOfAccount: platform.numberOfAccount,
    profileOf: (accountId) => accounts.getProfile(accountId),
    lastMessageAt: (chatId, senderId) => platformMessagingRepository.lastMessageAt(chatId, senderId),
    callbackDataOf: platformMessaging.callbackDataOf,
    reader: messageStore,
    mediaOf: (mediaId) => mediaRepository.get(mediaId),
    graphMediaFor: graphMedia.graphMediaFor,
    enqueueAll: webhooks.enqueueAll,
  });

  // `parley sandbox`: a ready business and test phones that sign in through a login link.
  const sandbox = createSandboxService({
    platform,
    platformRepository,
    testPhones: new SqlTestPhoneRepository(db),
    accountIdsByPhone: accounts.idsByPhone,
    createPersonalAccount: async (phone, name) => (await accounts.createPersonalAccount(phone, name)).id,
    signIn: accounts.signInVouched,
    verifyCallback: webhooks.verifyCallback,
    ensureSampleTemplate: sampleTemplate(templates),
    secrets: nodeSecrets,
    clock,
  });

  // Registration, display names, Block Users and Groups of platform numbers (contract 8, 10).
  const platformManagement = createPlatformManagement({
    platform,
    repository: new SqlPlatformManagementRepository(db),
    chats,
    findDirect: (directKey) => chatRepository.findDirect(directKey),
    lastMessageAt: (chatId, senderId) => platformMessagingRepository.lastMessageAt(chatId, senderId),
    accountIdsByPhone: accounts.idsByPhone,
    phoneOf,
    kindOf: accounts.kindOf,
    safety,
    enqueueWebhook: (change) => webhooks.enqueue(change),
    publicUrl: config.publicUrl,
    secrets: nodeSecrets,
    clock,
    onError,
  });

  const connections = new ConnectionRegistry();
  const presence = createPresence({
    connections,
    chats: chatRepository,
    clock,
    eitherBlocked: safety.eitherBlocked,
    lastSeen: accounts.lastSeen,
    markSeen: accounts.markSeen,
    onError,
  });
  const stopDelivery = startDelivery({
    bus,
    chats: chatRepository,
    reader: messageStore,
    connections,
    onError,
  });

  let ready = false;
  return {
    config,
    clock,
    bus,
    chats,
    messaging,
    media,
    mediaBlobs,
    safety,
    accounts,
    business,
    contacts,
    catalog,
    orders,
    labels,
    quickReplies,
    autoReplies,
    broadcasts,
    statistics,
    platform,
    graphMedia,
    webhooks,
    platformMessaging,
    sandbox,
    platformManagement,
    templates,
    devOutbox,
    chatRepository,
    connections,
    presence,
    ready: () => ready,
    /** Republishes what a crash left in the outbox, then reports ready. */
    async start(): Promise<void> {
      await outbox.replay();
      webhooks.start();
      ready = true;
    },
    /** Lets in-flight commits finish, then closes the database. */
    async stop(): Promise<void> {
      ready = false;
      stopDelivery();
      stopOrderRecording();
      stopWindows();
      await platformWebhooksJob.stop();
      await autoRepliesJob.stop();
      await presence.drain();
      await messageStore.drain();
      await receiptStore.drain();
      await webhooks.stop();
      await close();
    },
  };
}

export type Parley = Awaited<ReturnType<typeof composeParley>>;
