export interface Measured {
  bytes: number;
  files: string[];
}
export type BudgetKey =
  | 'initialJs'
  | 'embedInitialJs'
  | 'embedTotalJs'
  | 'initialCss'
  | 'mapChunk'
  | 'mapWorker'
  | 'totalJs'
  | 'basemap'
  | 'storyData';
export type BuildMeasure = Record<BudgetKey, Measured> & { initialMapLibre: string[]; debugHandle: string[] };
export interface BudgetRow {
  key: string;
  label: string;
  bytes: number;
  limit: number;
  ok: boolean;
}
export interface BudgetResult {
  rows: BudgetRow[];
  lazyMap: boolean;
  /** Files that name the debug handle; a shipped build has none. */
  withHandle: string[];
  ok: boolean;
}

export const DEBUG_HANDLE: string;
export const BUDGETS: Record<BudgetKey, number>;
export function gzipSize(buffer: Uint8Array): number;
export function initialAssets(html: string): string[];
export function staticImports(code: string): string[];
export function measureBuild(dir?: string, options?: { exclude?: string[] }): Promise<BuildMeasure>;
export function checkBudgets(
  measured: BuildMeasure,
  budgets?: Partial<Record<BudgetKey, number>>,
): BudgetResult;
export function formatReport(result: BudgetResult): string;
