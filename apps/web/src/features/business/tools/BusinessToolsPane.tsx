import { Route, Routes } from 'react-router';
import { BUSINESS_TOOLS } from './business-tools';
import { BusinessToolsList } from './BusinessToolsList';

/** Settings → Business tools (/settings/business/…): the list, and each tool at its own path. */
export function BusinessToolsPane() {
  return (
    <Routes>
      <Route index element={<BusinessToolsList />} />
      {BUSINESS_TOOLS.map((tool) => (
        <Route key={tool.path} path={`${tool.path}/*`} element={tool.element} />
      ))}
    </Routes>
  );
}
