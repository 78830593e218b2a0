import { checkBusinessName } from '../business/index.js';
import { DomainError } from '../shared/errors.js';
import type { Clock, Secrets } from '../shared/ports.js';
import type { PlatformManagementRepository } from './management-ports.js';
import type { GraphPrincipal, PlatformNumber } from './platform.js';
import type { PlatformService } from './platform-service.js';
import { PlatformError } from './platform-error.js';
import {
  checkDataLocalizationRegion,
  checkPin,
  checkRegistrationCalls,
  checkRegistrationPin,
  REGISTRATION_CALLS,
} from './registration-policy.js';

export interface NumberManagementDeps {
  readonly platform: PlatformService;
  readonly repository: PlatformManagementRepository;
  readonly secrets: Secrets;
  readonly clock: Clock;
  /** Told when the operator decides on a display name (the `phone_number_name_update` webhook). */
  readonly onNameDecision?: (number: PlatformNumber, decision: 'APPROVED' | 'REJECTED', name: string) => void;
}

const MANAGEMENT = 'whatsapp_business_management' as const;

/**
 * Registration, two-step verification and display names of platform numbers (contract 8.2, 8.4).
 * Every call checks the caller's grant on the number first, so a foreign id looks unknown.
 */
export function createNumberManagementService(deps: NumberManagementDeps) {
  const { platform, repository, clock } = deps;
  // Salted with the number, so one PIN on two numbers hashes differently.
  const pinHashOf = (numberId: string, pin: string) => deps.secrets.hash(`2sv-pin:${numberId}:${pin}`);

  /** Counts the call against the 72-hour allowance before doing anything, as Meta counts attempts. */
  async function takeRegistrationCall(numberId: string): Promise<void> {
    const now = clock.now();
    checkRegistrationCalls(
      await repository.countRegistrationCalls(numberId, now - REGISTRATION_CALLS.windowMs),
    );
    await repository.recordRegistrationCall(numberId, now);
  }

  return {
    async register(
      principal: GraphPrincipal,
      numberId: string,
      input: { pin: string; dataLocalizationRegion?: string },
    ): Promise<PlatformNumber> {
      const number = await platform.accessNumber(principal, numberId, MANAGEMENT);
      checkPin(input.pin);
      if (input.dataLocalizationRegion !== undefined)
        checkDataLocalizationRegion(input.dataLocalizationRegion);
      await takeRegistrationCall(number.id);
      const { pinHash } = checkRegistrationPin(number.pinHash, pinHashOf(number.id, input.pin));
      return platform.updateNumber(number.id, { registeredAt: clock.now(), status: 'CONNECTED', pinHash });
    },

    /** The number stops working with the API: sends fail with 133010 until it registers again. */
    async deregister(principal: GraphPrincipal, numberId: string): Promise<PlatformNumber> {
      const number = await platform.accessNumber(principal, numberId, MANAGEMENT);
      await takeRegistrationCall(number.id);
      return platform.updateNumber(number.id, { registeredAt: null });
    },

    /** Sets or changes the two-step verification PIN; the API cannot turn it off (contract 8.2). */
    async setPin(principal: GraphPrincipal, numberId: string, pin: string): Promise<PlatformNumber> {
      const number = await platform.accessNumber(principal, numberId, MANAGEMENT);
      checkPin(pin);
      return platform.updateNumber(number.id, { pinHash: pinHashOf(number.id, pin) });
    },

    /**
     * The sandbox's numbers are verified when they are added, so `request_code` has nothing to
     * send and `verify_code` accepts any six digits: clients that run the whole flow still pass.
     */
    async requestCode(
      principal: GraphPrincipal,
      numberId: string,
      input: { codeMethod: string; language: string },
    ): Promise<void> {
      await platform.accessNumber(principal, numberId, MANAGEMENT);
      if (input.codeMethod !== 'SMS' && input.codeMethod !== 'VOICE') {
        throw new PlatformError(131009, 'Param code_method must be SMS or VOICE.');
      }
    },

    async verifyCode(principal: GraphPrincipal, numberId: string, code: string): Promise<void> {
      await platform.accessNumber(principal, numberId, MANAGEMENT);
      checkPin(code, 'code');
    },

    /** `POST /{PNID}?new_display_name=`: the name waits for the operator's review. */
    async requestDisplayName(principal: GraphPrincipal, numberId: string, name: string): Promise<void> {
      const number = await platform.accessNumber(principal, numberId, MANAGEMENT);
      let checked: string;
      try {
        checked = checkBusinessName(name);
      } catch (error) {
        if (error instanceof DomainError) throw new PlatformError(131009, error.message);
        throw error;
      }
      await repository.requestDisplayName({ numberId: number.id, name: checked, requestedAt: clock.now() });
      await platform.updateNumber(number.id, { nameStatus: 'PENDING_REVIEW' });
    },

    pendingDisplayName: (numberId: string) => repository.pendingDisplayName(numberId),

    /**
     * The operator's hook: approving makes the name the verified name (the number registers again
     * to show it, as on Meta); rejecting keeps the old name and says so in `name_status`.
     */
    async decideDisplayName(numberId: string, approve: boolean): Promise<PlatformNumber> {
      const pending = await repository.pendingDisplayName(numberId);
      if (pending === undefined) throw new DomainError('not_found', 'No display name is waiting for review');
      await repository.clearDisplayName(numberId);
      const updated = await platform.updateNumber(
        numberId,
        approve ? { verifiedName: pending.name, nameStatus: 'APPROVED' } : { nameStatus: 'DECLINED' },
      );
      deps.onNameDecision?.(updated, approve ? 'APPROVED' : 'REJECTED', pending.name);
      return updated;
    },
  };
}

export type NumberManagementService = ReturnType<typeof createNumberManagementService>;
