import type { Server } from 'node:http';

export const CONTENT_SECURITY_POLICY: string;
export const SECURITY_HEADERS: Record<string, string>;
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  headers?: Record<string, string>;
}): Promise<{ server: Server; url: string }>;
