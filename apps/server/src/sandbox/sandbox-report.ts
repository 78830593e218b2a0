import type { Sandbox } from '@parley/core';
import { DEFAULT_GRAPH_VERSION } from '../http/graph/graph-url.js';
import { phoneNumberNode, waIdOf } from '../http/graph/phone-number-view.js';

/** The web messenger's page that exchanges a test phone's login token (kept after `#`, never sent). */
export const TEST_PHONE_LOGIN_PATH = '/login/test-phone';

/** What `parley sandbox --json` prints: the values Meta's getting-started page hands a developer. */
export interface SandboxReport {
  readonly graph_base_url: string;
  readonly graph_version: string;
  readonly access_token: string;
  readonly business_id: string;
  readonly waba_id: string;
  readonly phone_number_id: string;
  readonly display_phone_number: string;
  readonly verified_name: string;
  readonly app_id: string;
  readonly app_secret: string;
  readonly webhook_verify_token: string;
  /** The app's callback URL, or null until one is set with `--webhook-url`. */
  readonly webhook_url: string | null;
  readonly test_phones: ReadonlyArray<{
    readonly name: string;
    readonly phone: string;
    readonly wa_id: string;
    readonly login_url: string;
  }>;
}

export function sandboxReport(sandbox: Sandbox, publicUrl: string): SandboxReport {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    graph_base_url: base,
    graph_version: DEFAULT_GRAPH_VERSION,
    access_token: sandbox.accessToken,
    business_id: sandbox.portfolio.id,
    waba_id: sandbox.waba.id,
    phone_number_id: sandbox.number.id,
    display_phone_number: String(phoneNumberNode(sandbox.number).display_phone_number),
    verified_name: sandbox.number.verifiedName,
    app_id: sandbox.app.id,
    app_secret: sandbox.app.secret,
    webhook_verify_token: sandbox.verifyToken,
    webhook_url: sandbox.app.callbackUrl,
    test_phones: sandbox.testPhones.map((testPhone) => ({
      name: testPhone.name,
      phone: testPhone.phone,
      wa_id: waIdOf(testPhone.phone),
      login_url: `${base}${TEST_PHONE_LOGIN_PATH}#${testPhone.loginToken}`,
    })),
  };
}
