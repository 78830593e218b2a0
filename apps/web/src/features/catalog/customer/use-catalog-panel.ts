import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { catalogPanelSearch, readCatalogPanel, type CatalogPanelState } from '../catalog-panel';

/** The catalog panel open over the current chat, if any, and a way to open another view or close it. */
export function useCatalogPanel() {
  const location = useLocation();
  const navigate = useNavigate();
  const state = readCatalogPanel(new URLSearchParams(location.search));
  const show = useCallback(
    (next: CatalogPanelState | undefined) =>
      void navigate({ pathname: location.pathname, search: catalogPanelSearch(next) }),
    [navigate, location.pathname],
  );
  return { state, show };
}
