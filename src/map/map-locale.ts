import { t } from '../i18n';

export const mapLibreLocale = (): Record<string, string> => ({
  'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
  'CooperativeGesturesHandler.MacHelpText': t('map.gestureMac'),
  'CooperativeGesturesHandler.MobileHelpText': t('map.gestureMobile'),
  'CooperativeGesturesHandler.WindowsHelpText': t('map.gestureWindows'),
  'FullscreenControl.Enter': t('map.fullscreenEnter'),
  'FullscreenControl.Exit': t('map.fullscreenExit'),
  'Map.Title': t('map.title'),
  'NavigationControl.ZoomIn': t('map.zoomIn'),
  'NavigationControl.ZoomOut': t('map.zoomOut'),
  'ScaleControl.Kilometers': t('map.kilometres'),
  'ScaleControl.Meters': t('map.metres'),
});
