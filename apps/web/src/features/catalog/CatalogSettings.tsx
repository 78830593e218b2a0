import { Route, Routes } from 'react-router';
import { CatalogHome } from './owner/CatalogHome';
import { CollectionEditorPage } from './owner/CollectionEditorPage';
import { ProductEditorPage } from './owner/ProductEditorPage';
import './catalog.css';

/** Settings → Business tools → Catalog (/settings/business/catalog/…): items and collections. */
export function CatalogSettings() {
  return (
    <Routes>
      <Route index element={<CatalogHome />} />
      <Route path="items/new" element={<ProductEditorPage />} />
      <Route path="items/:productId" element={<ProductEditorPage />} />
      <Route path="collections/new" element={<CollectionEditorPage />} />
      <Route path="collections/:collectionId" element={<CollectionEditorPage />} />
    </Routes>
  );
}
