export function chapterLink(step: number, extra: Record<string, string> = {}): string {
  const url = new URL(window.location.href);
  url.hash = '';
  const params = new URLSearchParams();
  const data = url.searchParams.get('data');
  params.set('mode', 'present');
  if (data) params.set('data', data);
  const lang = url.searchParams.get('lang');
  if (lang) params.set('lang', lang);
  params.set('step', String(step));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  url.search = params.toString();
  return url.href;
}
