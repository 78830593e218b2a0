import { GraphBusinessProfileBody } from '@parley/contracts';
import {
  isDomainError,
  isPlatformError,
  PlatformError,
  type BusinessCategory,
  type BusinessProfileChange,
} from '@parley/core';
import { Type } from '@sinclair/typebox';
import { graphPrincipalOf } from '../graph-auth.js';
import type { GraphContext } from '../graph-context.js';

const MANAGEMENT = 'whatsapp_business_management' as const;
const PROFILE_FIELDS = [
  'about',
  'address',
  'description',
  'email',
  'profile_picture_url',
  'websites',
  'vertical',
];

/** The profile's own checks (lengths, email, website URLs, categories) are bad parameter values. */
async function asGraphValues<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error) && !isPlatformError(error) && error.code === 'invalid_argument') {
      throw new PlatformError(131009, error.message);
    }
    throw error;
  }
}

/**
 * `/{PNID}/whatsapp_business_profile` (contract 8.3) over the Business app's profile: a platform
 * number is a business account, so people see on Parley what the API sets. `about` is the
 * account's about; `vertical` is the business category. `profile_picture_handle` takes a Graph
 * media id from `POST /{PNID}/media` (Parley has no Resumable Upload API).
 */
export function registerBusinessProfileRoutes({ graph, parley }: GraphContext): void {
  const { platform, accounts, business, graphMedia, config } = parley;

  graph.get(
    '/:id/whatsapp_business_profile',
    {
      schema: {
        summary: "A phone number's business profile",
        tags: ['Graph: business profile'],
        params: Type.Object({ id: Type.String() }),
        querystring: Type.Object(
          { fields: Type.Optional(Type.String({ maxLength: 2000 })) },
          { additionalProperties: true },
        ),
      },
    },
    async (request) => {
      const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MANAGEMENT);
      const account = await accounts.getProfile(number.accountId);
      const profile = await business.profile(number.accountId);
      const all: Record<string, unknown> = {
        about: account.about || undefined,
        address: profile.address || undefined,
        description: profile.description || undefined,
        email: profile.email || undefined,
        profile_picture_url:
          account.photoMediaId === null ? undefined : `${config.publicUrl}/v1/media/${account.photoMediaId}`,
        websites: profile.websites.length === 0 ? undefined : profile.websites,
        vertical: profile.category,
      };
      const wanted = request.query.fields?.split(',').map((f) => f.trim()) ?? PROFILE_FIELDS;
      const shown: Record<string, unknown> = {};
      for (const field of wanted) if (all[field] !== undefined) shown[field] = all[field];
      return { data: [{ ...shown, messaging_product: 'whatsapp' }] };
    },
  );

  graph.post(
    '/:id/whatsapp_business_profile',
    {
      schema: {
        summary: "Change a phone number's business profile; only the fields sent change",
        tags: ['Graph: business profile'],
        params: Type.Object({ id: Type.String() }),
        body: GraphBusinessProfileBody,
      },
    },
    async (request) => {
      const number = await platform.accessNumber(graphPrincipalOf(request), request.params.id, MANAGEMENT);
      const { about, address, description, email, websites, vertical, profile_picture_handle } = request.body;
      const change: { -readonly [K in keyof BusinessProfileChange]: BusinessProfileChange[K] } = {};
      if (address !== undefined) change.address = address;
      if (description !== undefined) change.description = description;
      if (email !== undefined) change.email = email;
      if (websites !== undefined) change.websites = websites;
      if (vertical !== undefined)
        change.category = (vertical === '' ? 'UNDEFINED' : vertical) as BusinessCategory;
      await asGraphValues(async () => {
        // The picture is resolved first: a bad handle changes nothing.
        const photoMediaId =
          profile_picture_handle === undefined
            ? undefined
            : await graphMedia.resolveGraphMedia(
                number,
                { id: profile_picture_handle },
                'image',
                'profile_picture_handle',
              );
        if (Object.keys(change).length > 0) await business.updateProfile(number.accountId, change);
        if (about !== undefined || photoMediaId !== undefined) {
          await accounts.updateProfile(number.accountId, {
            ...(about !== undefined && { about }),
            ...(photoMediaId !== undefined && { photoMediaId }),
          });
        }
      });
      return { success: true };
    },
  );
}
