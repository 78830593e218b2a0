import type { ReactNode } from 'react';
import { SettingsHeader } from '../settings/SettingsHeader';
import { BusinessOnly } from './BusinessOnly';

/** One page of a Business app tool in the settings pane: its header, then its body for businesses only. */
export function ToolPage({ title, back, children }: { title: string; back: string; children: ReactNode }) {
  return (
    <>
      <SettingsHeader title={title} back={back} />
      <div className="settings__body">
        <BusinessOnly>{children}</BusinessOnly>
      </div>
    </>
  );
}
