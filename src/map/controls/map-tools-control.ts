import type { IControl } from 'maplibre-gl';
import './map-tools.css';
import { i18n, t, type MessageId } from '../../i18n';
import { useAtlasStore } from '../../store/atlas-store';

function toolButton(label: MessageId, className: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'atlas-ctrl';
  button.dataset.label = label;
  const icon = document.createElement('span');
  icon.className = `maplibregl-ctrl-icon atlas-ctrl__icon ${className}`;
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon);
  button.addEventListener('click', onClick);
  return button;
}

/** The measure button mirrors the store, so the panel's "Done" and this toggle agree. */
export class MapToolsControl implements IControl {
  private container?: HTMLElement;
  private unsubscribe?: () => void;
  private unsubscribeLocale?: () => void;

  constructor(private readonly onReset: () => void) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const reset = toolButton('map.resetView', 'atlas-ctrl--reset', this.onReset);
    const measure = toolButton('map.measure', 'atlas-ctrl--measure', () => {
      const state = useAtlasStore.getState();
      state.setMeasuring(!state.measuring);
    });
    const sync = (measuring: boolean) => measure.setAttribute('aria-pressed', String(measuring));
    sync(useAtlasStore.getState().measuring);
    this.unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (state.measuring !== previous.measuring) sync(state.measuring);
    });
    const label = () => {
      for (const button of [reset, measure]) {
        const text = t(button.dataset.label as MessageId);
        button.title = text;
        button.setAttribute('aria-label', text);
      }
    };
    label();
    this.unsubscribeLocale = i18n.on('change', label);
    container.append(reset, measure);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.unsubscribeLocale?.();
    this.container?.remove();
  }
}
