import { refreshCatalogue, sections, type CatalogueSection } from './activate';

/** Imported only by lazy chunks, so the first bundle carries neither these messages nor this code. */
export async function addCatalogueSection(section: CatalogueSection): Promise<void> {
  if (sections.includes(section)) return;
  sections.push(section);
  await refreshCatalogue();
}
