import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ParleyProvider } from '../data/parley-context';
import { LinkDevicePage } from '../features/auth/LinkDevicePage';
import { CatalogLinkPage } from '../features/catalog/CatalogLinkPage';
import { ProfileSetupPage } from '../features/auth/ProfileSetupPage';
import { SignInPage } from '../features/auth/SignInPage';
import { TestPhoneLoginPage } from '../features/auth/TestPhoneLoginPage';
import { JoinGroupPage } from '../features/groups/JoinGroupPage';
import { ShortLinkPage } from '../features/short-links/ShortLinkPage';
import { useSessionState } from '../session/session-context';
import { AppShell } from './AppShell';

/**
 * Signed out, only sign-in and linking exist; any other address waits behind sign-in and is
 * opened afterwards (`?next=`). Signed in, the messenger.
 */
export function AppRoutes() {
  const { session } = useSessionState();
  const location = useLocation();
  const queryClient = useQueryClient();
  // Another account's cached data must never show after a sign-out.
  useEffect(() => {
    if (session === undefined) queryClient.clear();
  }, [session, queryClient]);

  if (session === undefined) {
    const next = `${location.pathname}${location.search}`;
    return (
      <Routes>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/link" element={<LinkDevicePage />} />
        <Route path="/login/test-phone" element={<TestPhoneLoginPage />} />
        <Route
          path="*"
          element={
            <Navigate replace to={next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`} />
          }
        />
      </Routes>
    );
  }
  return (
    // Another account in front is another app: nothing of the previous one's state survives.
    <ParleyProvider key={session.deviceId} session={session}>
      <Routes>
        <Route path="/signin" element={<Navigate replace to="/" />} />
        <Route path="/link" element={<Navigate replace to="/" />} />
        {/* A test phone's link adds that account even while another is signed in. */}
        <Route path="/login/test-phone" element={<TestPhoneLoginPage />} />
        <Route path="/setup" element={<ProfileSetupPage />} />
        <Route path="/accounts/add" element={<SignInPage adding />} />
        <Route path="/invite/:inviteCode" element={<JoinGroupPage />} />
        <Route path="/l/:number" element={<ShortLinkPage />} />
        <Route path="/c/:number" element={<CatalogLinkPage />} />
        <Route path="/p/:productId/:number" element={<CatalogLinkPage />} />
        <Route path="/*" element={<AppShell />} />
      </Routes>
    </ParleyProvider>
  );
}
