import { Route, Routes } from 'react-router';
import { BusinessToolsPane } from '../business/tools/BusinessToolsPane';
import { BlockedContacts } from './blocked/BlockedContacts';
import { LinkedDevices } from './devices/LinkedDevices';
import { LanguageSettings } from './LanguageSettings';
import { ProfileSettings } from './profile/ProfileSettings';
import { SettingsHome } from './SettingsHome';
import { ThemeSettings } from './ThemeSettings';
import './settings.css';

/** Settings in the side pane, as WhatsApp Web has them: a list, each section a view of its own. */
export function SettingsPane() {
  return (
    <div className="settings">
      <Routes>
        <Route index element={<SettingsHome />} />
        <Route path="profile" element={<ProfileSettings />} />
        <Route path="language" element={<LanguageSettings />} />
        <Route path="theme" element={<ThemeSettings />} />
        <Route path="blocked" element={<BlockedContacts />} />
        <Route path="devices" element={<LinkedDevices />} />
        <Route path="business/*" element={<BusinessToolsPane />} />
      </Routes>
    </div>
  );
}
