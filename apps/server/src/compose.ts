import {
  createAccountsService,
  createBusinessService,
  createChatService,
  createContactsService,
  OTP_POLICY,
  createMediaService,
  createMessagingService,
  createSafetyService,
  type Clock,
} from '@parley/core';
import { createInProcessBus } from '@parley/bus';
import {
  openDatabase,
  Outbox,
  MessageStore,
  SqlChatRepository,
  SqlReceiptStore,
  SqlBlockRepository,
  SqlReportRepository,
} from '@parley/db';
import { SqlMediaRepository } from '@parley/db';
import {
  SqlAccountRepository,
  SqlBusinessProfileRepository,
  SqlContactRepository,
  SqlDeviceRepository,
  SqlLinkRequestRepository,
  SqlOtpRepository,
} from '@parley/db';
import { createLabelsService, createQuickRepliesService } from '@parley/core';
import { SqlLabelRepository, SqlQuickReplyRepository } from '@parley/db';
import { createAutoRepliesService } from '@parley/core';
import { SqlAutoReplyRepository } from '@parley/db';
import { startAutoReplies } from './business/auto-replies.job.js';
import { createCatalogMessages, createCatalogService, createOrderService } from '@parley/core';
import { SqlCollectionRepository, SqlOrderRepository, SqlProductRepository } from '@parley/db';
import { startOrderRecording } from './orders/order-recording.js';
import { createBroadcastService, createStatisticsService } from '@parley/core';
import { SqlActivityReader, SqlBroadcastListRepository, SqlBroadcastRepository } from '@parley/db';
import { createPlatformService } from '@parley/core';
import { SqlPlatformRepository } from '@parley/db';
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

  const platform = createPlatformService({
    repository: new SqlPlatformRepository(db),
    graphIds,
    secrets: nodeSecrets,
    clock,
    createNumberAccount: async (phone, verifiedName) =>
      (await accounts.createPlatformAccount(phone, verifiedName)).id,
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
    devOutbox,
    chatRepository,
    connections,
    presence,
    ready: () => ready,
    /** Republishes what a crash left in the outbox, then reports ready. */
    async start(): Promise<void> {
      await outbox.replay();
      ready = true;
    },
    /** Lets in-flight commits finish, then closes the database. */
    async stop(): Promise<void> {
      ready = false;
      stopDelivery();
      stopOrderRecording();
      await autoRepliesJob.stop();
      await presence.drain();
      await messageStore.drain();
      await receiptStore.drain();
      await close();
    },
  };
}

export type Parley = Awaited<ReturnType<typeof composeParley>>;
