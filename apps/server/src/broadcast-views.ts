import type {
  BroadcastListSummaryView,
  BroadcastListView,
  BroadcastView,
  StatisticsView,
} from '@parley/contracts';
import type { BroadcastList, BroadcastListDetails, BroadcastReport, Statistics } from '@parley/core';

export const broadcastListSummaryView = (list: BroadcastList): BroadcastListSummaryView => ({
  id: list.id,
  name: list.name,
  recipientCount: list.recipients.length,
  createdAt: list.createdAt,
  updatedAt: list.updatedAt,
});

export const broadcastListView = (list: BroadcastListDetails): BroadcastListView => ({
  id: list.id,
  name: list.name,
  recipients: list.recipients.map((r) => ({
    accountId: r.accountId,
    phone: r.phone,
    savedNumber: list.savedBy.has(r.accountId),
  })),
  createdAt: list.createdAt,
  updatedAt: list.updatedAt,
});

export const broadcastSummaryView = (report: BroadcastReport): Omit<BroadcastView, 'recipients'> => ({
  id: report.id,
  listId: report.listId,
  listName: report.listName,
  type: report.contentType,
  preview: report.preview,
  createdAt: report.createdAt,
  totals: { ...report.totals },
});

export const broadcastView = (report: BroadcastReport): BroadcastView => ({
  ...broadcastSummaryView(report),
  recipients: report.recipients.map((r) => ({
    accountId: r.accountId,
    phone: r.phone,
    status: r.status,
    chatId: r.chatId,
    messageId: r.messageId,
  })),
});

export const statisticsView = (statistics: Statistics): StatisticsView => ({
  from: statistics.from,
  to: statistics.to,
  timeZone: statistics.timeZone,
  days: statistics.days.map((d) => ({ ...d })),
  totals: { ...statistics.totals },
});
