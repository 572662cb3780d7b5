import { registerSW } from 'virtual:pwa-register';
import { section } from 'virtual:atlas-catalogue-section/offline';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { t } from '../../i18n';
import { isFramed, mayRegisterServiceWorker } from './may-register';
import './update-notice.css';

/** A quiet line, not a dialog, outside the app's tree: the teacher reloads when the lesson allows. */
async function showUpdateNotice(reload: () => void) {
  // The notice's words travel with this chunk, not the first bundle (docs/I18N.md).
  await addCatalogueSection(section);
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = t('offline.ready');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('offline.reload');
  button.addEventListener('click', reload);
  notice.append(text, button);
  document.body.append(notice);
}

/** Registers the worker; a new version waits for that reload instead of changing under a running lesson. */
export function startOffline(mode: string): void {
  if (!mayRegisterServiceWorker(mode, isFramed(), 'serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => void showUpdateNotice(() => void update(true)),
  });
}
