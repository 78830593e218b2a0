import { ParleyClient } from '@parley/sdk';
import { useState } from 'react';
import { CodeStep } from './CodeStep';
import { PhoneStep, type AccountKindChoice, type CodeRequest } from './PhoneStep';

/**
 * Sign-in by phone number, as a phone does it: the number, then the six-digit code sent to it.
 * The page has a client of its own: nobody is signed in yet, or (`adding`) the account being added
 * is not the one in front.
 */
export function SignInPage({ adding = false }: { adding?: boolean }) {
  const [client] = useState(() => new ParleyClient({ baseUrl: window.location.origin }));
  const [request, setRequest] = useState<CodeRequest | undefined>();
  const [last, setLast] = useState<{ phone: string; accountKind: AccountKindChoice } | undefined>();
  if (request === undefined) {
    return (
      <PhoneStep
        client={client}
        initialPhone={last?.phone}
        initialKind={last?.accountKind ?? 'personal'}
        adding={adding}
        onCodeSent={setRequest}
      />
    );
  }
  return (
    <CodeStep
      client={client}
      request={request}
      onResent={setRequest}
      onWrongNumber={() => {
        setLast({ phone: request.phone, accountKind: request.accountKind });
        setRequest(undefined);
      }}
    />
  );
}
