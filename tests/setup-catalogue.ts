import { section as announcer } from 'virtual:atlas-catalogue-section/announcer';
import { section as details } from 'virtual:atlas-catalogue-section/details';
import { section as mapOverlays } from 'virtual:atlas-catalogue-section/map-overlays';
import { section as present } from 'virtual:atlas-catalogue-section/present';
import { addCatalogueSection } from '../src/i18n/add-catalogue-section';

// Unit tests render a panel's parts on their own, without the lazy chunk that brings the panel's words.
await Promise.all([announcer, details, mapOverlays, present].map(addCatalogueSection));
