/** A business's grant to act through the Graph API, as the Cloud API names them. */
export type Permission = 'whatsapp_business_messaging' | 'whatsapp_business_management';
export const PERMISSIONS: readonly Permission[] = [
  'whatsapp_business_messaging',
  'whatsapp_business_management',
];

/** A business portfolio: the tenant. Everything below belongs to exactly one. */
export interface Portfolio {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

/** A WhatsApp Business Account: holds numbers, templates and app subscriptions. */
export interface Waba {
  readonly id: string;
  readonly portfolioId: string;
  readonly name: string;
  readonly timezoneId: string;
  readonly namespace: string;
  readonly createdAt: number;
  /** When the operator disabled it: its numbers may not send until reinstated. */
  readonly disabledAt: number | null;
}

export type NameStatus = 'APPROVED' | 'PENDING_REVIEW' | 'DECLINED' | 'NONE';
export type QualityRating = 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';
export type MessagingLimit = 'TIER_250' | 'TIER_2000' | 'TIER_10K' | 'TIER_100K' | 'TIER_UNLIMITED';
export type NumberStatus = 'CONNECTED' | 'PENDING' | 'DISCONNECTED' | 'FLAGGED' | 'RESTRICTED';

/**
 * A number on the Business Platform. It is an account on the same network as people's phones
 * (`accountId`, kind `platform`): what the API sends arrives like any other message.
 */
export interface PlatformNumber {
  readonly id: string;
  readonly wabaId: string;
  readonly portfolioId: string;
  readonly accountId: string;
  /** E.164. */
  readonly phone: string;
  readonly verifiedName: string;
  readonly nameStatus: NameStatus;
  readonly qualityRating: QualityRating;
  readonly messagingLimit: MessagingLimit;
  readonly throughputLevel: 'STANDARD' | 'HIGH';
  readonly status: NumberStatus;
  /** Set by `register`; a number without it cannot send (133010). */
  readonly registeredAt: number | null;
  /** The two-step verification PIN, hashed. */
  readonly pinHash: string | null;
  readonly createdAt: number;
}

/** An app: whose secret signs webhooks, and where they go. */
export interface App {
  readonly id: string;
  readonly portfolioId: string;
  readonly name: string;
  readonly secret: string;
  readonly callbackUrl: string | null;
  readonly verifyToken: string | null;
  /** The webhook fields the app subscribed to, e.g. `messages`. */
  readonly fields: readonly string[];
  readonly createdAt: number;
}

export interface SystemUser {
  readonly id: string;
  readonly portfolioId: string;
  readonly name: string;
  readonly createdAt: number;
}

/** A system user's token as stored: only its hash is kept. */
export interface AccessToken {
  readonly id: string;
  readonly systemUserId: string;
  readonly portfolioId: string;
  readonly tokenHash: string;
  readonly permissions: readonly Permission[];
  /** The WABAs the token may act on. */
  readonly wabaIds: readonly string[];
  readonly createdAt: number;
  readonly expiresAt: number | null;
  readonly revokedAt: number | null;
}

/** Who is calling the Graph API, resolved from an access token. */
export interface GraphPrincipal {
  readonly tokenId: string;
  readonly portfolioId: string;
  readonly systemUserId: string;
  readonly permissions: readonly Permission[];
  readonly wabaIds: readonly string[];
}

/** A WABA's subscription of an app, optionally to a different callback than the app's own. */
export interface AppSubscription {
  readonly wabaId: string;
  readonly appId: string;
  readonly overrideCallbackUri: string | null;
  readonly createdAt: number;
}
