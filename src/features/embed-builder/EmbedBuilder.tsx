import { use, useEffect, useId, useRef, useState } from 'react';
import { section } from 'virtual:atlas-catalogue-section/embedBuilder';
import type { Chapter } from '../../data/chapter-schema';
import { useT } from '../../i18n';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import {
  embedScriptUrl,
  embedSearch,
  embedUrl,
  iframeSnippet,
  pymSnippet,
  scriptSnippet,
  type EmbedChoice,
} from '../../lib/embed/embed-snippet';
import type { UrlState } from '../../lib/url-state';
import { useAtlasStore } from '../../store/atlas-store';
import { EmbedOptions } from './EmbedOptions';
import { EmbedPreview } from './EmbedPreview';
import { SnippetField } from './SnippetField';
import './embed-builder.css';

const messagesLoaded = addCatalogueSection(section);

interface EmbedBuilderProps {
  /** The view when the builder was opened, as a link would hold it. */
  view: UrlState;
  /** From the explore page, which has the story already: imported here, its query code would leave the first bundle. */
  storyTitle: string;
  chapters: readonly Chapter[];
  onClose: () => void;
}

/** A modal <dialog>: the browser keeps focus inside, closes it on Esc and hands focus back on close. */
export function EmbedBuilder({ view, storyTitle, chapters, onClose }: EmbedBuilderProps) {
  use(messagesLoaded);
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const chosenLocale = useAtlasStore((state) => state.chosenLocale);
  const themePreference = useAtlasStore((state) => state.themePreference);
  const [choice, setChoice] = useState<EmbedChoice>(() => ({
    preset: { kind: 'view' },
    theme: themePreference === 'system' ? 'auto' : themePreference,
    height: null,
    interactive: true,
    legendOpen: false,
    lang: chosenLocale,
  }));

  useEffect(() => {
    const element = dialog.current;
    // No close() on clean-up: a modal dialog taken out of the page leaves the top layer by itself, and a close
    // event from StrictMode's second run would shut the builder it just opened.
    if (element && !element.open) element.showModal();
  }, []);

  const page = window.location.href;
  const src = embedUrl(embedSearch(view, choice), page);
  const preset = choice.preset;
  const chapter = preset.kind === 'chapter' ? chapters.find(({ id }) => id === preset.chapter) : undefined;
  const frame = {
    src,
    title: chapter
      ? t('embedBuilder.frameTitleChapter', { chapter: chapter.title, story: storyTitle })
      : t('embedBuilder.frameTitle', { story: storyTitle }),
    mapHeight: choice.height,
  };

  return (
    <dialog ref={dialog} className="embed-builder" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-builder__head">
        <h2 id={titleId} className="embed-builder__title">
          {t('embedBuilder.heading')}
        </h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('embedBuilder.close')}
        </button>
      </div>
      <p className="embed-builder__intro">{t('embedBuilder.intro')}</p>
      <div className="embed-builder__body">
        <EmbedOptions choice={choice} onChange={setChoice} chapters={chapters} />
        <div className="embed-builder__result">
          <EmbedPreview
            src={src}
            title={frame.title}
            mapHeight={choice.height}
            onEscape={() => dialog.current?.close()}
          />
          <SnippetField
            label={t('embedBuilder.snippetFrame')}
            hint={t('embedBuilder.snippetFrameHint')}
            copyLabel={t('embedBuilder.copyFrame')}
            value={iframeSnippet(frame)}
          />
          <SnippetField
            label={t('embedBuilder.snippetScript')}
            hint={t('embedBuilder.snippetScriptHint')}
            copyLabel={t('embedBuilder.copyScript')}
            value={scriptSnippet(frame, embedScriptUrl(page))}
          />
          <SnippetField
            label={t('embedBuilder.snippetPym')}
            hint={t('embedBuilder.snippetPymHint')}
            copyLabel={t('embedBuilder.copyPym')}
            value={pymSnippet(frame)}
          />
        </div>
      </div>
    </dialog>
  );
}
