import { statusChange, type UndeliverableSend, type WebhookChange } from '@parley/core';
import { toWamid } from '../http/graph/wamid.js';

/**
 * Contract 1.4 and 5.6: a send to a number that is not on Parley is accepted (HTTP 200) and then
 * reported as a `failed` status with 131026, as Meta reports a number without WhatsApp.
 */
export function undeliverableStatusChange(send: UndeliverableSend): WebhookChange {
  const { number } = send;
  return statusChange(number.wabaId, { displayPhoneNumber: number.phone, phoneNumberId: number.id }, [
    {
      id: toWamid(send.messageId),
      status: 'failed',
      timestamp: send.at,
      recipientId: send.recipient.replace(/^\+/, ''),
      ...(send.callbackData === undefined ? {} : { bizOpaqueCallbackData: send.callbackData }),
      errors: [
        {
          code: 131026,
          title: 'Message undeliverable',
          message: 'Message undeliverable',
          details: 'The recipient is not a WhatsApp user on this server.',
        },
      ],
    },
  ]);
}
