import { Route, Routes } from 'react-router';
import { BroadcastListPage } from './BroadcastListPage';
import { BroadcastListsPage } from './BroadcastListsPage';
import { BroadcastPage } from './BroadcastPage';
import { EditListPage } from './EditListPage';
import { NewListPage } from './NewListPage';
import { SentBroadcastsPage } from './SentBroadcastsPage';
import './broadcasts.css';

/** Settings → Business tools → Broadcast lists, each page at its own address (see broadcast-paths). */
export function BroadcastsPane() {
  return (
    <Routes>
      <Route index element={<BroadcastListsPage />} />
      <Route path="new" element={<NewListPage />} />
      <Route path="lists/:listId" element={<BroadcastListPage />} />
      <Route path="lists/:listId/edit" element={<EditListPage />} />
      <Route path="sent" element={<SentBroadcastsPage />} />
      <Route path="sent/:broadcastId" element={<BroadcastPage />} />
    </Routes>
  );
}
