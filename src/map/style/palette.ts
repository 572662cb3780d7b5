export type Theme = 'light' | 'dark';

export interface BasemapPalette {
  sea: string;
  land: string;
  landHighlight: string;
  border: string;
  coast: string;
  label: string;
  labelHalo: string;
  /** At least 4.5:1 against `sea`. */
  waterLabel: string;
  /** At least 4.5:1 against `land`. */
  cityLabel: string;
  /** A colour no incident family uses. */
  anchor: string;
  proxyTint: string;
}

export const basemapPalettes: Record<Theme, BasemapPalette> = {
  light: {
    sea: '#d7e6ef',
    land: '#f5f2ea',
    landHighlight: '#ece6d6',
    border: '#8f8a80',
    coast: '#7f9db0',
    label: '#3b3a36',
    labelHalo: '#f5f2ea',
    waterLabel: '#2f5f7f',
    cityLabel: '#5e5d58',
    anchor: '#9f1d14',
    proxyTint: '#c9a227',
  },
  dark: {
    sea: '#0e1a24',
    land: '#1e2428',
    landHighlight: '#262d32',
    border: '#6b7378',
    coast: '#3d5566',
    label: '#d5dade',
    labelHalo: '#0e1a24',
    waterLabel: '#7fa8c4',
    cityLabel: '#a9b0b5',
    anchor: '#ff8a7a',
    proxyTint: '#d9b44a',
  },
};
