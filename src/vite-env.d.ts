/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** True only in the build the browser tests and the benchmark drive (scripts/build/debug-handle-flag.ts). */
declare const __ATLAS_DEBUG_HANDLE__: boolean;
