export const STAMPS: string;
export function buildInputsHash(root?: string): Promise<string>;
export function writeStamp(dir: string, inputs: string): Promise<void>;
export function readStamp(dir: string): Promise<string | null>;
