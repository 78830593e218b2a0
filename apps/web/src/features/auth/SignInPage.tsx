import { ParleyClient } from '@parley/sdk';
import { useState } from 'react';
import { CodeStep } from './CodeStep';
import { PhoneStep, type CodeRequest } from './PhoneStep';

/**
 * Sign-in by phone number, as a phone does it: the number, then the six-digit code sent to it.
 * Nobody is signed in yet, so the page has a client of its own.
 */
export function SignInPage() {
  const [client] = useState(() => new ParleyClient({ baseUrl: window.location.origin }));
  const [request, setRequest] = useState<CodeRequest | undefined>();
  const [lastPhone, setLastPhone] = useState<string | undefined>();
  if (request === undefined) {
    return <PhoneStep client={client} initialPhone={lastPhone} onCodeSent={setRequest} />;
  }
  return (
    <CodeStep
      client={client}
      request={request}
      onResent={setRequest}
      onWrongNumber={() => {
        setLastPhone(request.phone);
        setRequest(undefined);
      }}
    />
  );
}
