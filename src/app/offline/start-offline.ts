import { registerSW } from 'virtual:pwa-register';
import { section } from 'virtual:atlas-catalogue-section/offline';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { t } from '../../i18n';
import { isFramed, mayRegisterServiceWorker } from './may-register';
import './update-notice.css';

/** Not a dialog: the teacher reloads when the lesson allows. */
async function showUpdateNotice(reload: () => void) {
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

/** A new version waits for that reload instead of changing under a running lesson. */
export function startOffline(mode: string): void {
  if (!mayRegisterServiceWorker(mode, isFramed(), 'serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => void showUpdateNotice(() => void update(true)),
  });
}
