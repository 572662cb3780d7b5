import { catalogueFor, sections, type CatalogueSection } from './activate';
import { i18n, setCatalogue } from './i18n';

/** Imported only by lazy chunks, so the first bundle carries neither these messages nor this code. */
export async function addCatalogueSection(section: CatalogueSection): Promise<void> {
  if (sections.includes(section)) return;
  sections.push(section);
  setCatalogue(i18n.locale, await catalogueFor(i18n.locale));
}
