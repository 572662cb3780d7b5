/**
 * The one switch between the shipped build and the build the browser tests and the benchmark drive: on, the live map
 * is put on window.flashpointAtlas (src/map/debug-handle.ts); off, the handle is dead code and leaves dist/.
 */
export const DEBUG_HANDLE_FLAG = '__ATLAS_DEBUG_HANDLE__';

export const debugHandleDefine = (on: boolean) => ({ [DEBUG_HANDLE_FLAG]: JSON.stringify(on) });
